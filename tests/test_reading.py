"""Reading the law on a date: the consolidated text (`kg text`), what changed between two dates
(`kg changes`, word-level redlines), and full-text search (`kg search`, the index `kg build`
keeps in step with the store)."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from kg.build import build
from kg.consolidate import consolidate, render
from kg.queries import rows_of, run_named
from kg.redline import redline, redline_text
from kg.resolve import resolve_act
from kg.search import INDEX_DIR, SearchIndex, stem
from kg.store import GraphStore

from .conftest import DATA, load_synth
from .test_lineage import WORDS

KG = [sys.executable, "-m", "kg.cli"]
PAR_116 = "/553/app/1/ch/2/sec/2/par/116"


def kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def amended(tmp_path_factory):
    """The corpus and an order that replaces words in point 653-6 (inserted by order 207)."""
    root = tmp_path_factory.mktemp("reading")
    (root / "extra").mkdir()
    (root / "extra" / "300_words.txt").write_text(WORDS, encoding="utf-8")
    store = GraphStore(root / "store")
    assert not build([DATA, root / "extra"], store).failed
    del store
    return root / "store"


# --- consolidated text ---------------------------------------------------------------------

def test_text_of_553_the_day_after_and_before_order_207(corpus_store):
    after = kg("text", "553", "--date", "2024-06-21", "--store", corpus_store.path)
    assert after.returncode == 0, after.stderr
    assert "§ 116. Нутрициолог" in after.stdout and "653-4. Лауазымдық міндеттері:" in after.stdout
    assert "551. Біліктілікке қойылатын талаптар:" in after.stdout and "551. 551." not in after.stdout
    before = kg("text", "553", "--date", "2024-06-19", "--store", corpus_store.path)
    assert before.returncode == 0, before.stderr
    assert "§ 116" not in before.stdout and "Нутрициолог" not in before.stdout
    # point 551 belongs to the act that day; its wording then is not in the corpus, and the text says so in place
    assert "§ 80. Механик\n\n        551. [бұл күнгі мәтіні корпуста жоқ]" in before.stdout


def test_text_is_in_document_order_with_headings(corpus_store):
    act = resolve_act(corpus_store, "553").value
    pieces = consolidate(corpus_store, act, "2024-06-21").pieces
    labels = [p.label() for p in pieces]
    assert labels.index("§ 115") < labels.index("point 653-1") < labels.index("point 653-3") < labels.index("§ 116")
    assert labels.index("point 653-17") > labels.index("point 653-14")  # 653-17 after 653-2 … 653-16
    chapter = next(p for p in pieces if p.label() == "Chapter 2")
    assert chapter.status == "structure" and chapter.heading.startswith("Кәсіпорындарда")
    assert all(p.text is None for p in pieces if p.status != "text")


def test_text_formats_and_bad_options(corpus_store):
    md = kg("text", "553", "--date", "2024-06-21", "--format", "markdown", "--store", corpus_store.path)
    assert md.returncode == 0 and md.stdout.startswith("# № 553")
    assert re.search(r"^#{2,6} § 116\. Нутрициолог$", md.stdout, re.M)
    html = kg("text", "553", "--date", "2024-06-21", "--format", "html", "--store", corpus_store.path)
    assert html.returncode == 0 and 'class="unit depth-' in html.stdout and "<script" not in html.stdout
    for bad in (["--lang", "en"], ["--date", "2024-13-01"], ["--format", "pdf"]):
        p = kg("text", "553", *bad, "--store", corpus_store.path)
        assert p.returncode == 2 and "error:" in p.stderr, (bad, p.stderr)
    assert kg("text", "99999", "--store", corpus_store.path).returncode == 2


def test_text_in_the_language_asked(tmp_path):
    """The kk and ru texts of one act are two chains: --lang picks one."""
    synth = load_synth()
    synth.generate(30, tmp_path / "corpus", seed=7)
    store = GraphStore(tmp_path / "store")
    build([tmp_path / "corpus"], store)
    acts = [r["a"].value for r in store.query("""PREFIX kzl: <https://w3id.org/kzlex/ontology#>
        SELECT DISTINCT ?a WHERE { GRAPH ?g { ?g kzl:describes ?a ; <http://purl.org/dc/terms/language> "ru" } }""")]
    assert acts
    ru = [p for a in acts for p in consolidate(store, a, "2030-01-01", "ru").pieces if p.status == "text"]
    # Kazakh letters only inside quoted titles (a Russian order cites a Kazakh title as the generator writes it)
    assert ru and all(not re.search("[әіңғүұқө]", re.sub(r'"[^"]*"', "", p.text)) for p in ru)


def _built_act(tmp_path, folder: str, name: str, text: str, meta: str) -> GraphStore:
    """A store built from one act folder of the corpus layout (07-ministerial/`folder`: the text `name`, meta.yaml)."""
    return _built_texts(tmp_path, folder, {name: text}, meta)


def _order_meta(code: str, requisite: str, day: str, agency: str) -> str:
    """meta.yaml of an order: the portal's code, its requisite line, its day and the approving agency's code."""
    return f"act_code: '{code}'\nrequisite: {requisite}\nform: ПРИК\napproved_on: {day}\napproved_by:\n- '{agency}'\n"


def _built_texts(tmp_path, folder: str, texts: dict[str, str], meta: str) -> GraphStore:
    """A store built from one act folder of the corpus layout (07-ministerial/`folder`: its texts by file name, and
    meta.yaml)."""
    where = tmp_path / "corpus" / "07-ministerial" / folder
    where.mkdir(parents=True)
    for name, text in texts.items():
        (where / name).write_text(text, encoding="utf-8")
    (where / "meta.yaml").write_text(meta, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert not build([tmp_path / "corpus"], store).failed
    return store


def test_a_heading_a_note_changed_reads_as_the_text_states_it(tmp_path):
    """A MinJust order (2001) whose notes changed its rules' title ("Нұсқаулықтың атауына өзгерту енгізілді - … N 128
    бұйрығымен"): the title's wording now is the heading the consolidated text states (it had been a wording "not in
    the corpus"), shown once, under its appendix."""
    text = ("# Нұсқаулығы бекітілуі туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Нұсқаулық бекітілсін.\n\nМинистр\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2001 жылғы 11 желтоқсандағы*  \n"
            "> *№ 148 бұйрығымен бекітілген*\n\n## Қазақстан Республикасы Әділет Министрлігі түзеу мекемелерінде "
            "ұсталатын адамдарды қадағалауды ұйымдастыру жөніндегі НҰСҚАУЛЫҚ\n\n> *Ескерту: Нұсқаулықтың атауына өзгерту "
            "енгізілді - ҚР Әділет министрінің 2005 жылғы 12 мамырдағы N 128бұйрығымен.*\n\n## 1-ТАРАУ. ЖАЛПЫ "
            "ЕРЕЖЕЛЕР\n\n1. Қадағалау сотталғандардың жаза өтеуiнiң белгiленген режимiн қамтамасыз ету құралдарының бiрi "
            "болып табылады.\n")
    store = _built_act(tmp_path, "103001000000-adilet/2001/1211-x-11191", "kaz.md", text,
                       "act_code: '11191'\nrequisite: Приказ Министра юстиции Республики Казахстан от 11 декабря 2001 "
                       "года № 148\nform: ПРИК\napproved_on: 2001-12-11\napproved_by:\n- '103001000000'\n"
                       "version_date:\n  kaz: 2010-02-25\n")
    act = resolve_act(store, "148/2001-12-11").value
    c = consolidate(store, act, "2020-01-01", "kk")
    heading = "Қазақстан Республикасы Әділет Министрлігі түзеу мекемелерінде ұсталатын адамдарды қадағалауды " \
              "ұйымдастыру жөніндегі НҰСҚАУЛЫҚ"
    assert [p.heading for p in c.pieces if p.kind == "Appendix"] == [heading]
    assert not [p for p in c.pieces if p.status == "unknown"]
    assert [p for p in c.pieces if p.kind == "Title"] == []  # (its wording is the heading, shown once)
    before = consolidate(store, act, "2003-01-01", "kk")
    assert [p.status for p in before.pieces if p.kind == "Title"] == ["unknown"]  # (the wording before 2005)


def test_a_heading_reads_in_the_language_of_its_text_whatever_its_letters(tmp_path):
    """The MVD's rules of vehicle registration (1998 N 343): chapter 1 is "Жалпы ережелер" in the Kazakh text,
    "Общие положения" in the Russian, and the Kazakh heading has no letter only Kazakh has: each language's text
    shows its own heading (the Russian had shown the Kazakh one)."""
    body = {"kaz.md": ("# Ережелерді бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Ережелер бекітілсін.\n\n"
                       "Министр\n\n## Көлiк құралдарын тiркеудiң Ережелері\n\n## 1. Жалпы ережелер\n\n"
                       "1. Осы Ережелер бiрыңғай тәртiп орнатады.\n"),
            "rus.md": ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\nМинистр\n\n"
                       "## Правила регистрации транспортных средств\n\n## 1. Общие положения\n\n"
                       "1. Настоящие Правила устанавливают единый порядок.\n")}
    requisite = "Приказ Министра внутренних дел Республики Казахстан от 12 октября 1998 года № 343"
    store = _built_texts(tmp_path, "103003000000-qriim/1998/1011-x-2430", body,
                         _order_meta("2430", requisite, "1998-10-11", "103003000000"))
    act = resolve_act(store, "343").value
    chapters = {lang: [p.heading for p in consolidate(store, act, "2000-01-01", lang).pieces if p.kind == "Chapter"]
                for lang in ("kk", "ru")}
    assert chapters == {"kk": ["Жалпы ережелер"], "ru": ["Общие положения"]}


def test_headings_in_plain_words_between_points_read_where_the_text_sets_them(tmp_path):
    """The MVD's fire service charter of 1993: under chapter II, headings in plain words over the points they group
    ("Силы и средства" / "5. …" / "7. …" / "Выезд и следование" / "16. …"), each a text paragraph of the chapter: the
    text shows each where the charter does (they had all come before the chapter's first point)."""
    text = ("# Об утверждении Боевого устава пожарной охраны\n\n1. Утвердить Боевой устав пожарной охраны (прилагается)."
            "\n\n   Министр\n\n   Боевой устав\n\n   пожарной охраны\n\n## ГЛАВА I ОБЩИЕ ПОЛОЖЕНИЯ\n\n"
            "1. Пожарная охрана осуществляет надзор за состоянием пожарной безопасности.\n\n"
            "## ГЛАВА II БОЕВЫЕ ДЕЙСТВИЯ ПОДРАЗДЕЛЕНИЙ\n\nСилы и средства\n\n5\\. Для выполнения боевых задач "
            "используются силы пожарной охраны.\n\n7\\. Пожарные машины подразделяются на основные, специальные и "
            "вспомогательные.\n\nВыезд и следование\n\n16\\. Пожарное подразделение обязано прибыть к месту вызова в "
            "минимальное время.\n")
    store = _built_act(tmp_path, "103003000000-qriim/1993/0704-x-2786", "rus.md", text,
                       "act_code: '2786'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 5 июля 1993 г. "
                       "N 253\nform: ПРИК\napproved_on: 1993-07-04\napproved_by:\n- '103003000000'\n")
    act = resolve_act(store, "253").value
    pieces = consolidate(store, act, "2000-01-01", "ru").pieces
    chapter = next(k for k, p in enumerate(pieces) if p.kind == "Chapter" and p.number == "2")
    order = [p.text if p.kind == "TextParagraph" else p.label() for p in pieces[chapter + 1:]]
    assert order == ["Силы и средства", "point 5", "point 7", "Выезд и следование", "point 16"]


def test_each_language_reads_in_the_divisions_of_its_own_text(tmp_path):
    """MinJust 2001 N 148, the rules of internal order of correctional institutions: the Russian sets points 3 and 4
    under "Раздел 2" and its "1. Прием осужденных …", the Kazakh under "2-Тарау" and its "1. Сотталғандарды …" (a
    chapter, then a section, in the reader's terms); points are numbered through the rules, so both texts set out the
    same points. Each language's text shows them in its own divisions, and none of the other's."""
    body = {"rus.md": ("# Об утверждении Правил\n\nприказываю:\n\n1. Утвердить прилагаемые Правила.\n\n   *Министр*\n\n"
                       "   ## Правила внутреннего распорядка исправительных учреждений\n\n## Раздел 2. Порядок приема "
                       "осужденных\n\n### 1. Прием осужденных в исправительные учреждения\n\n3. Прием осужденных "
                       "осуществляется дежурным помощником начальника.\n\n4. Дежурный помощник проверяет наличие "
                       "личных дел.\n"),
            "kaz.md": ("# Ережелерін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Ережелері бекітілсін.\n\n   *Министр*\n\n"
                       "   ## Түзеу мекемелерiнiң iшкi тәртiп Ережелері\n\n## 2-Тарау. Сотталғандарды қабылдау "
                       "тәртібі\n\n### 1. Сотталғандарды түзеу мекемелерiне қабылдау\n\n3. Сотталғандарды қабылдауды "
                       "кезекшi көмекшiсi жүзеге асырады.\n\n4. Кезекшi көмекшiсi жеке iстерiнiң түгелдiгiн анықтайды.\n")}
    store = _built_texts(tmp_path, "103001000000-adilet/2001/1211-x-11050", body, _order_meta(
        "11050", "Приказ Министра юстиции Республики Казахстан от 11 декабря 2001 года № 148", "2001-12-11", "103001000000"))
    act = resolve_act(store, "148").value
    views = {}
    for lang in ("kk", "ru"):
        pieces = consolidate(store, act, "2005-01-01", lang).pieces
        views[lang] = [(p.depth, p.label()) for p in pieces if p.kind in ("Section", "Chapter", "Point")
                       and p.label() not in ("point 1",)]
    assert views["ru"] == [(1, "Section 2"), (2, "Chapter 1"), (3, "point 3"), (3, "point 4")]
    assert views["kk"] == [(1, "Chapter 2"), (2, "Section 1"), (3, "point 3"), (3, "point 4")]


def test_an_act_changed_by_a_day_was_in_force_that_day_though_its_own_day_is_unknown(tmp_path):
    """MinJust 1998 N 539's instruction on notarial acts, published alone, states no day it came into force, and
    order N 31 of 2012 repealed it; a note says order N 206 of 7 July 2004 changed its point 8. Its status is known
    from that change on ("in force": an act changed was in force), and before it stays "unknown"."""
    text = ("# Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *1998 жылғы 28 шілдедегі*  \n> *N 539 бұйрығымен*  \n"
            "> *бекітілді*\n\n## Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "1. Осы Нұсқаулық нотариаттық іс-әрекеттер жасау тәртібін белгілейді.\n\n8. Нотариус қызметінің аумағы "
            "мұраға құқық туралы куәліктер бергенде сақталады.\n\n   > *Ескерту: 8-тармаққа өзгерту енгізілді - ҚР "
            "Әділет министрінің 2004 жылғы 7 шілдедегі N 206 бұйрығымен .*\n")
    store = _built_act(tmp_path, "103001000000-adilet/1998/0727-x-3756", "kaz.md", text, _order_meta(
        "3756", "Утверждена приказом Министра юстиции Республики Казахстан от 28 июля 1998 года № 539. Утратил силу "
        "приказом Министра юстиции Республики Казахстан от 31 января 2012 года № 31", "1998-07-27", "103001000000"))
    act = resolve_act(store, "539").value
    statuses = [consolidate(store, act, day, "kk").status for day in ("2003-01-01", "2005-01-01", "2013-01-01")]
    assert statuses == ["unknown", "in force", "repealed"]


def test_an_act_held_in_russian_only_reads_in_russian_unless_asked(tmp_path):
    """An act the corpus holds in Russian only (MinFin 2004 N 469, rus.md alone): `kg text` and `kg changes` with no
    --lang show its Russian text (in Kazakh, the default, every unit had been "not in the corpus"); --lang kk still
    gives the Kazakh chain. An IRI cut from a CSV result ("…\\r") is read; one that is no IRI is the reader's error."""
    store = _built_act(tmp_path, "103002000000-minfin/2004/1230-x-22824", "rus.md",
        "# Об утверждении Правил выдачи разрешений на принятие государственными учреждениями обязательств\n\n"
        "В соответствии со статьей 103 Бюджетного кодекса Республики Казахстан, ПРИКАЗЫВАЮ:\n\n"
        "1\\. Утвердить прилагаемые Правила выдачи разрешений на принятие государственными учреждениями "
        "обязательств.\n\n2\\. Настоящий приказ вводится в действие с 1 января 2005 года.\n\n*Министр*\n\n"
        "> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
        "> *от 30 декабря 2004 года N 469*\n\n## Правила выдачи разрешений на принятие государственными учреждениями "
        "обязательств\n\n1. Разрешения действительны по 31 декабря текущего финансового года.\n\n"
        "2. Разрешения выдаются один раз в месяц.\n\n"
        "> *Сноска. Пункт 2 в новой редакции - приказом Министра финансов Республики Казахстан от 20 марта 2006 года "
        "N 92.*\n",
        "act_code: '22824'\nrequisite: Приказ Министра финансов Республики Казахстан от 30 декабря 2004 года N 469\n"
        "form: ПРИК\napproved_on: 2004-12-30\napproved_by:\n- '103002000000'\nversion_date:\n  rus: 2007-06-20\n")
    iri = resolve_act(store, "469").value
    from kg.pagedata import act_page

    page = act_page(store, iri, "2008-01-01")  # (the act's page, served with no ?lang=)
    assert page["lang"] == "ru" and any("Разрешения действительны" in (p["text"] or "") for p in page["pieces"])
    del store
    shown = kg("text", "469", "--date", "2008-01-01", "--store", tmp_path / "store")
    assert shown.returncode == 0, shown.stderr
    assert "(ru)" in shown.stdout and "1. Разрешения действительны по 31 декабря" in shown.stdout
    assert "корпуста жоқ" not in shown.stdout
    kazakh = kg("text", "469", "--date", "2008-01-01", "--lang", "kk", "--store", tmp_path / "store")
    assert "(kk)" in kazakh.stdout and "Разрешения действительны" not in kazakh.stdout
    changed = kg("changes", iri + "\r", "--from", "2005-01-01", "--store", tmp_path / "store")
    assert changed.returncode == 0, changed.stderr
    assert "point 2 rewritten by order № 92 of 2006-03-20" in changed.stdout
    bad = kg("text", "http://example.org/a b", "--store", tmp_path / "store")
    assert bad.returncode == 2 and "is not an IRI" in bad.stderr and "Traceback" not in bad.stderr


def test_a_law_cited_by_title_is_labelled_by_its_title_and_day(corpus_store):
    """Order 152-Ө stands on article 13, point 5 of the law on civil service of 1999, a node with no number: the pages
    had labelled the law "law № ?" and the basis "point 5"; the law reads as its title names it, with the day it was
    passed where the title was enacted anew, and the basis with the units above it and its law."""
    from kg.pagedata import facts, labels
    from kg.resolve import resolve_act

    act = resolve_act(corpus_store, "152-Ө/2014-04-07").value
    basis = next(f for f in facts(corpus_store, act) if f["label"] == "Based on")
    law = basis["values"][0]["iri"].split("/art/")[0]
    assert labels(corpus_store, [law])[law] == "law «Мемлекеттік қызмет туралы» of 1999-07-23"
    assert basis["values"][0]["text"] == "Article 13, point 5 — law «Мемлекеттік қызмет туралы» of 1999-07-23"


def test_a_laws_page_says_who_stands_on_it_and_which_provisions_cite_it(corpus_store):
    """A law is a node with no text of its own in the corpus; its page is where a reader asks who relies on it. The law
    on civil service of 1999 is the basis of order 152-Ө (its article 13, point 5); the Labour Code of 2015 is cited
    by subpoint 3 of point 8 of the rules order 399 approved, under their chapter 2. The page is headed by the law's
    title and day, not "Order № None"."""
    from kg.pagedata import act_page

    base = "https://w3id.org/kzlex/id/"
    law = act_page(corpus_store, base + "law/o-gosudarstvennoi-sluzhbe-respubliki-kazakhstan-1999-07-23", "2024-01-01")
    assert law["heading"] == "law «Мемлекеттік қызмет туралы» of 1999-07-23"
    assert [(c["src_label"], c["rel"], c["target_label"]) for c in law["cited_by"]] == [
        ("order № 152-Ө of 2014-04-07", "stands on", "Article 13, point 5 — law «Мемлекеттік қызмет туралы» of 1999-07-23")]
    assert law["cited_more"] == 0
    # (a law many provisions cite lists the first of them and says how many more: the appeals law, seven tables)
    from kg.pagedata import _cited_by
    shown, more = _cited_by(corpus_store, base + "law/o-poriadke-rassmotreniia-obrashchenii-fizicheskikh-i-iuridicheskikh-"
                                              "lits", "kk", shown=3)
    assert len(shown) == 3 and more == 4
    code = act_page(corpus_store, base + "code/trudovoi-kodeks-2015-11-23", "2024-01-01")
    assert [(c["src_label"], c["rel"]) for c in code["cited_by"]] == [
        ("Appendix 1, Chapter 2 · Тізілімді қалыптастыру, жаңарту және жүргізу тәртібі, point 8, subpoint 3 — order № 399 "
         "of 2023-09-21", "cites")]


# --- changes between two dates -------------------------------------------------------------

def test_changes_lists_the_25_changes_of_order_207(corpus_store):
    p = kg("changes", "553", "--from", "2024-06-19", "--to", "2024-06-21", "--format", "json", "--store", corpus_store.path)
    assert p.returncode == 0, p.stderr
    found = json.loads(p.stdout)
    assert len(found) == 25 and {c["by_number"] for c in found} == {"207"}
    assert "§ 116 · Нутрициолог inserted by order № 207 of 2024-06-20" in [c["summary"] for c in found]
    assert sum(c["effect"] == "Substitution" for c in found) == 8
    text = kg("changes", "553", "--from", "2024-06-19", "--to", "2024-06-21", "--store", corpus_store.path)
    assert text.stdout.startswith("25 changes after 2024-06-19 up to 2024-06-21")
    none = kg("changes", "553", "--from", "2024-06-21", "--to", "2025-01-01", "--store", corpus_store.path)
    assert none.stdout.startswith("0 changes")


def test_changes_named_query_agrees(corpus_store):
    names, rows = rows_of(run_named("act-changes", {"act": "553/2020-12-30", "from": "2024-06-19", "to": "2024-06-21"},
                                    corpus_store))
    assert len({r[names.index("unit")] for r in rows}) == 25


def test_changes_show_a_word_level_redline(amended):
    p = kg("changes", "553", "--from", "2025-03-01", "--to", "2025-03-31", "--store", amended)
    assert p.returncode == 0, p.stderr
    assert "point 653-6 words replaced by order № 300 of 2025-03-03 (in force from 2025-03-10)" in p.stdout
    assert "[-сертификаттау-]{+біліктілікті арттыру+} курстары." in p.stdout


def test_redline_words():
    assert redline("A b c d.", "A b x d.") == [("same", "A b "), ("del", "c"), ("ins", "x"), ("same", " d.")]
    assert redline_text("сертификаттау курстары", "біліктілікті арттыру курстары") == \
        "[-сертификаттау-]{+біліктілікті арттыру+} курстары"
    assert redline(None, "new") == [("ins", "new")] and redline("old", None) == [("del", "old")]


words = st.lists(st.sampled_from(["тармақ", "пункт", "жыл", "3", "5", ",", ".", "жұмыс", "өтілі", "\n"]), max_size=30)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_redline_rebuilds_both_texts(a, b):
    old, new = " ".join(a), " ".join(b)
    parts = redline(old, new)
    assert "".join(t for op, t in parts if op != "ins") == old
    assert "".join(t for op, t in parts if op != "del") == new


# --- search --------------------------------------------------------------------------------

def _hits(store_path, query, **kw):
    index = SearchIndex(store_path, read_only=True)
    try:
        return index.search(query, **kw)
    finally:
        index.close()


@pytest.mark.parametrize("query", ["нутрициолог", "нутрициологтың", "Нутрициологқа", "НУТРИЦИОЛОГ"])
def test_search_finds_paragraph_116_in_any_form(corpus_store, query):
    hits = _hits(corpus_store.path, query)
    assert any(h.iri.endswith(PAR_116) for h in hits), [h.iri for h in hits]
    assert any(h.kind == "position" and h.text == "Нутрициолог" for h in hits)


def test_search_by_date_and_act(corpus_store):
    assert not any(h.iri.endswith(PAR_116) for h in _hits(corpus_store.path, "нутрициолог", date="2024-06-19"))
    assert any(h.iri.endswith(PAR_116) for h in _hits(corpus_store.path, "нутрициолог", date="2024-06-21"))
    act_399 = resolve_act(corpus_store, "399").value
    only = _hits(corpus_store.path, "министрлігінің", act=act_399)
    assert only and all(h.act == act_399 for h in only)
    # "министрлігі" finds "министрлігінің" (a case ending) and the other way round
    assert "министрлігінің" in " ".join(h.text for h in _hits(corpus_store.path, "министрлігі", limit=50))


def test_search_limits_and_reversed_dates_are_the_reader_s_errors(corpus_store):
    """A limit under 1 finds nothing in the library and is a usage error on the command line (both had been the
    engine's crash: an overflow, a panic); a --to before --from is a usage error, not "0 changes"."""
    assert _hits(corpus_store.path, "нутрициолог", limit=0) == [] and _hits(corpus_store.path, "нутрициолог", limit=1)
    for bad in ("0", "-1"):
        p = kg("search", "нутрициолог", "--limit", bad, "--store", corpus_store.path)
        assert p.returncode == 2 and "Traceback" not in p.stderr and "limit" in p.stderr, p.stderr
    p = kg("changes", "553", "--from", "2024-06-21", "--to", "2024-06-19", "--store", corpus_store.path)
    assert p.returncode == 2 and "is before --from" in p.stderr, p.stderr


def test_stems():
    assert stem("нутрициологтың") == stem("нутрициолог") == "нутрициолог"
    assert stem("министрлігінің") == stem("министрлігі") == "министрліг"
    assert stem("министерства") == stem("министерство") == "министерств"
    assert stem("ISO") == "iso"


def test_search_cli_and_russian_texts(tmp_path):
    synth = load_synth()
    synth.generate(30, tmp_path / "corpus", seed=7)
    assert kg("build", tmp_path / "corpus", "--store", tmp_path / "store", "-q").returncode == 0
    p = kg("search", "уполномоченным органом", "--store", tmp_path / "store", "--format", "json")
    assert p.returncode == 0, p.stderr
    hits = json.loads(p.stdout)
    assert hits and all(h["lang"] == "ru" for h in hits if h["kind"] == "unit")
    assert all("[" in h["snippet"] for h in hits)
    missing = kg("search", "x", "--store", tmp_path / "nowhere")
    assert missing.returncode == 2 and "error:" in missing.stderr


def test_position_query_goes_through_the_index(corpus_store):
    names, rows = rows_of(run_named("position", {"position": "нутрициологтың"}, corpus_store))
    assert rows and {r[names.index("label")].value for r in rows} == {"Нутрициолог"}


def test_index_is_kept_in_step_with_the_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(DATA.glob("*.txt")):
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "300_words.txt").write_text(WORDS, encoding="utf-8")
    store_path = tmp_path / "store"
    build([corpus], GraphStore(store_path))
    assert any(h.valid_from == "2025-03-10" for h in _hits(store_path, "біліктілікті арттыру курстары"))
    # the order is gone: its version of 653-6 leaves the index with it
    (corpus / "300_words.txt").unlink()
    build([corpus], GraphStore(store_path), prune=True)
    assert not _hits(store_path, "біліктілікті арттыру курстары")
    assert any(h.iri.endswith("/p/653-6") for h in _hits(store_path, "сертификаттау курстары"))
    # a build that stopped while writing the index leaves the store's state saying so: the next
    # build rewrites the index whole, though no document changed
    store = GraphStore(store_path)
    store.set_state(search="incomplete")
    index = SearchIndex(store_path)
    index.clear()  # what a half-written index might hold
    index.commit()
    assert index.count() == 0
    report = build([corpus], store)
    assert report.changed == 0 and any(h.iri.endswith(PAR_116) for h in _hits(store_path, "нутрициолог"))
    del store
    # an index deleted by hand is rebuilt from the store, even when no document changed
    SearchIndex.remove(store_path)
    assert not (store_path / INDEX_DIR).exists()
    report = build([corpus], GraphStore(store_path))
    assert report.changed == 0 and any(h.iri.endswith(PAR_116) for h in _hits(store_path, "нутрициолог"))




def test_a_partial_rewrite_of_the_index_gives_the_rows_of_a_full_one(corpus_store, tmp_path):
    """reindex(acts) reads rows from the acts down, reindex_all by one pass over the store: the same rows."""
    acts = sorted({r["a"].value for r in corpus_store.query(
        "SELECT DISTINCT ?a WHERE { ?a a <http://data.europa.eu/eli/ontology#LegalResource> }")})
    whole, parts = SearchIndex(tmp_path / "a"), SearchIndex(tmp_path / "b")
    whole.reindex_all(corpus_store)
    whole.commit()
    parts.reindex(corpus_store, acts, chunk=3)
    parts.commit()
    rows = whole.rows()
    assert rows == parts.rows()
    kinds = {r[0] for r in rows}
    assert kinds == {"unit", "title", "position"}
    nutritionist = [r for r in rows if r[0] == "position" and r[6] == "Нутрициолог"]
    assert nutritionist and nutritionist[0][4] == "2024-06-20"  # valid from its § 116's insertion



def test_a_figure_reads_with_its_number_and_caption_in_each_language(tmp_path):
    """MVD 2008 N 389: `kg text` shows each figure of the appendix as its text names it, "рисунок 1. Рубашка с коротким
    рукавом" / "1-сурет. Қысқа жеңді жейде", the words printed in place of the drawing under it, after the rules'
    points; the Kazakh and Russian figures are one unit each."""
    from .test_parse_genres import FIGURES_2008

    requisite = ("Приказ Министра внутренних дел Республики Казахстан от 17 октября 2008 года № 389. Зарегистрирован в "
                 "Министерстве юстиции Республики Казахстан 6 ноября 2008 года № 5352")
    store = _built_texts(tmp_path, "103003000000-qriim/2008/1017-x-42218",
                         {"rus.md": FIGURES_2008["ru"], "kaz.md": FIGURES_2008["kk"]},
                         _order_meta("42218", requisite, "2008-10-17", "103003000000"))
    act = resolve_act(store, "5352").value
    ru, kk = (consolidate(store, act, "2009-01-01", lang) for lang in ("ru", "kk"))
    assert [p.unit for p in ru.pieces if p.kind == "Figure"] == [p.unit for p in kk.pieces if p.kind == "Figure"]
    assert len([p for p in ru.pieces if p.kind == "Figure"]) == 2
    assert "  рисунок 1. Рубашка с коротким рукавом\n  (см. бумажный вариант)\n" in render(ru)
    assert "  2-сурет. Галстук\n  РҚАО-ның ескертуі: Суретті қағаз мәтінінен қараңыз\n" in render(kk)
    assert render(ru).index("2. Сроки носки") < render(ru).index("рисунок 1.")
    assert '<span class="num">рисунок 2. Галстук<br></span>' in render(ru, "html")
    # (… and the act's page says so, the figure's caption after its number, as the unit's page names the figure)
    from jinja2 import Environment, PackageLoader, select_autoescape
    from kg.pagedata import act_page, labels

    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    env.filters.update(local=lambda iri: iri or "", linkable=bool, short=lambda iri: iri)
    page = env.get_template("act.html").render(**act_page(store, act, "2009-01-01", "ru"))
    figure = next(p.unit for p in ru.pieces if p.kind == "Figure")
    assert f'title="рисунок 1">рисунок 1</a>. Рубашка с коротким рукавом<br></span>' in page
    assert labels(store, [figure], "ru")[figure] == "Figure 1 · Рубашка с коротким рукавом"
    assert labels(store, [figure], "kk")[figure] == "Figure 1 · Қысқа жеңді жейде"
