"""The amendment grammar: one case per effect and per target form, in Kazakh and Russian.

Every example is written for the test in the drafting formulas (not copied from the corpus).
"""
from __future__ import annotations

import pytest

from kg.parse import parse_text

KK = ("Т\n\nҚазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылғы 5 мамырдағы № 140 бұйрығы\n\n"
      "БҰЙЫРАМЫН:\n\n"
      "1. \"Қағидаларды бекіту туралы\" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің "
      "2020 жылғы 30 желтоқсандағы № 553 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде "
      "№ 22003 болып тіркелген) мынадай өзгерістер енгізілсін:\n\n{pre}"
      "көрсетілген бұйрықпен бекітілген Қағидаларда:\n\n{body}\n\n"
      "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n\nМинистр\n\nА. Ертаев\n")
RU = ("Т\n\nПриказ Министра труда и социальной защиты населения Республики Казахстан от 5 мая 2025 года № 140\n\n"
      "ПРИКАЗЫВАЮ:\n\n"
      "1. Внести в приказ Министра труда и социальной защиты населения Республики Казахстан от 30 декабря 2020 года "
      "№ 553 \"Об утверждении Правил\" (зарегистрирован в Реестре государственной регистрации нормативных правовых "
      "актов под № 22003) следующие изменения и дополнения:\n\n{pre}"
      "в Правилах, утвержденных указанным приказом:\n\n{body}\n\n"
      "2. Настоящий приказ вводится в действие со дня его подписания.\n\nМинистр\n\nТ. Дуйсенова\n")

A1 = ("appendix", "1")

# (id, language, body, effect, target paths, expected new texts or words)
CASES = [
    ("unit-loses-force", "kk", "5-тармақтың күші жойылды деп танылсын;", "Deletion", [(A1, ("point", "5"))], []),
    ("unit-loses-force", "ru", "пункт 5 признать утратившим силу;", "Deletion", [(A1, ("point", "5"))], []),
    ("point", "kk", '5-тармақ мынадай редакцияда жазылсын:\n\n"5. Жаңа мәтін.";',
     "Substitution", [(A1, ("point", "5"))], ["Жаңа мәтін."]),
    ("point", "ru", 'пункт 5 изложить в следующей редакции:\n\n"5. Новый текст.";',
     "Substitution", [(A1, ("point", "5"))], ["Новый текст."]),
    ("subpoint", "kk", '2-тармақтың 7) тармақшасы мынадай редакцияда жазылсын:\n\n"7) жаңа анықтама;";',
     "Substitution", [(A1, ("point", "2"), ("subpoint", "7"))], ["7) жаңа анықтама;"]),
    ("subpoint", "ru", 'подпункт 7) пункта 2 изложить в следующей редакции:\n\n"7) новое понятие;";',
     "Substitution", [(A1, ("point", "2"), ("subpoint", "7"))], ["7) новое понятие;"]),
    ("parts", "kk", '28-тармақтың екінші және үшінші бөліктері мынадай редакцияда жазылсын:\n\n"Бірінші жаңа бөлік.\n\nЕкінші жаңа бөлік.";',
     "Substitution", [(A1, ("point", "28"), ("part", "2")), (A1, ("point", "28"), ("part", "3"))],
     ["Бірінші жаңа бөлік.", "Екінші жаңа бөлік."]),
    ("parts", "ru", 'части вторую и третью пункта 28 изложить в следующей редакции:\n\n"Первая новая часть.\n\nВторая новая часть.";',
     "Substitution", [(A1, ("point", "28"), ("part", "2")), (A1, ("point", "28"), ("part", "3"))],
     ["Первая новая часть.", "Вторая новая часть."]),
    ("text-paragraph", "kk", '11-тармақтың 1) тармақшасының екінші абзацы мынадай редакцияда жазылсын:\n\n"жаңа абзац";',
     "Substitution", [(A1, ("point", "11"), ("subpoint", "1"), ("textparagraph", "2"))], ["жаңа абзац"]),
    ("text-paragraph", "ru", 'абзац второй подпункта 1) пункта 11 изложить в следующей редакции:\n\n"новый абзац";',
     "Substitution", [(A1, ("point", "11"), ("subpoint", "1"), ("textparagraph", "2"))], ["новый абзац"]),
    ("chapter-title", "kk", '3-тараудың тақырыбы мынадай редакцияда жазылсын:\n\n"3-тарау. Жаңа тақырып";',
     "Substitution", [(A1, ("chapter", "3"), ("title", ""))], ["3-тарау. Жаңа тақырып"]),
    ("chapter-title", "ru", 'заголовок главы 3 изложить в следующей редакции:\n\n"Глава 3. Новый заголовок";',
     "Substitution", [(A1, ("chapter", "3"), ("title", ""))], ["Глава 3. Новый заголовок"]),
    ("appendix-corner", "kk", 'көрсетілген Қағидаларға қосымшаның жоғарғы оң жақ бұрышы мынадай редакцияда жазылсын:\n\n"Қағидаларға қосымша";',
     "Substitution", [(A1, A1, ("title", "header"))], ["Қағидаларға қосымша"]),
    ("appendix-corner", "ru", 'правый верхний угол приложения к Правилам изложить в следующей редакции:\n\n"Приложение к Правилам";',
     "Substitution", [(A1, A1, ("title", "header"))], ["Приложение к Правилам"]),
    ("several-points", "kk", '9 және 9-1-тармақтар мынадай редакцияда жазылсын:\n\n"9. Бір.\n\n9-1. Екі.";',
     "Substitution", [(A1, ("point", "9")), (A1, ("point", "9-1"))], ["Бір.", "Екі."]),
    ("several-points", "ru", 'пункты 9 и 9-1 изложить в следующей редакции:\n\n"9. Один.\n\n9-1. Два.";',
     "Substitution", [(A1, ("point", "9")), (A1, ("point", "9-1"))], ["Один.", "Два."]),
    ("context-subpoints", "kk", '2-тармақта:\n\n11) және 12) тармақшалар мынадай редакцияда жазылсын:\n\n"11) бір;\n\n12) екі;";',
     "Substitution", [(A1, ("point", "2"), ("subpoint", "11")), (A1, ("point", "2"), ("subpoint", "12"))], ["11) бір;", "12) екі;"]),
    ("context-subpoints", "ru", 'в пункте 2:\n\nподпункты 11) и 12) изложить в следующей редакции:\n\n"11) один;\n\n12) два;";',
     "Substitution", [(A1, ("point", "2"), ("subpoint", "11")), (A1, ("point", "2"), ("subpoint", "12"))], ["11) один;", "12) два;"]),
    ("insert-point", "kk", 'мынадай мазмұндағы 8-1-тармақпен толықтырылсын:\n\n"8-1. Жаңа тармақ.";',
     "Insertion", [(A1, ("point", "8-1"))], ["Жаңа тармақ."]),
    ("insert-point", "ru", 'дополнить пунктом 8-1 следующего содержания:\n\n"8-1. Новый пункт.";',
     "Insertion", [(A1, ("point", "8-1"))], ["Новый пункт."]),
    ("insert-subpoint", "kk", '2-тармақ мынадай мазмұндағы 5-1) тармақшамен толықтырылсын:\n\n"5-1) жаңа тармақша;";',
     "Insertion", [(A1, ("point", "2"), ("subpoint", "5-1"))], ["5-1) жаңа тармақша;"]),
    ("insert-subpoint", "ru", 'пункт 2 дополнить подпунктом 5-1) следующего содержания:\n\n"5-1) новый подпункт;";',
     "Insertion", [(A1, ("point", "2"), ("subpoint", "5-1"))], ["5-1) новый подпункт;"]),
    ("insert-paragraph-in-section", "kk", '1-бөлім мынадай мазмұндағы 102-параграфпен толықтырылсын:\n\n"102-параграф. Талдаушы\n\n311-1. Лауазымдық міндеттері:\n\nталдайды.";',
     "Insertion", [(A1, ("section", "1"), ("paragraph", "102"))], ["Талдаушы"]),
    ("insert-paragraph-in-section", "ru", 'раздел 1 дополнить параграфом 102 следующего содержания:\n\n"Параграф 102. Аналитик\n\n311-1. Должностные обязанности:\n\nанализирует.";',
     "Insertion", [(A1, ("section", "1"), ("paragraph", "102"))], ["Аналитик"]),
    ("delete-point", "kk", "5-тармақ алып тасталсын;", "Deletion", [(A1, ("point", "5"))], []),
    ("delete-point", "ru", "пункт 5 исключить;", "Deletion", [(A1, ("point", "5"))], []),
    ("delete-subpoint", "kk", "2-тармақтың 3) тармақшасы алып тасталсын;", "Deletion", [(A1, ("point", "2"), ("subpoint", "3"))], []),
    ("delete-subpoint", "ru", "подпункт 3) пункта 2 исключить;", "Deletion", [(A1, ("point", "2"), ("subpoint", "3"))], []),
    ("replace-words", "kk", '7-тармақтағы "ақпараттық" деген сөз "цифрлық" деген сөзбен ауыстырылсын;',
     "WordReplacement", [(A1, ("point", "7"))], [("ақпараттық", "цифрлық")]),
    ("replace-words", "ru", 'в пункте 7 слово "информационный" заменить словом "цифровой";',
     "WordReplacement", [(A1, ("point", "7"))], [("информационный", "цифровой")]),
    ("delete-words", "kk", '8-тармақтағы "және (немесе)" деген сөздер алып тасталсын;',
     "Deletion", [(A1, ("point", "8"))], [("және (немесе)", None)]),
    ("delete-words", "ru", 'в пункте 8 слова "и (или)" исключить;', "Deletion", [(A1, ("point", "8"))], [("и (или)", None)]),
    ("paragraph-context", "kk", '"80. Механик" деген параграфта:\n\n551-тармақ алып тасталсын;',
     "Deletion", [(A1, ("paragraph", "80"), ("point", "551"))], []),
    ("paragraph-context", "ru", 'в параграфе 80 "Механик":\n\nпункт 551 исключить;',
     "Deletion", [(A1, ("paragraph", "80"), ("point", "551"))], []),
]


def _parse(lang: str, body: str, pre: str = ""):
    return parse_text((KK if lang == "kk" else RU).format(body=body, pre=pre), f"{lang}.txt")


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_instruction(case):
    _, lang, body, effect, paths, expect = case
    d = _parse(lang, body)
    assert d.instructions_failed == [] and d.instructions_found >= 1
    got = [m for m in d.amendments if m.target_act.number == "553"]
    assert [m.effect for m in got] == [effect] * len(paths)
    assert [m.path for m in got] == [tuple(p) for p in paths]
    for m, e in zip(got, expect):
        if isinstance(e, tuple):
            assert (m.old_words, m.new_words) == e
        else:
            assert e in m.new_text
            # a point's wording is stored without its own number, as the point's own text is
            assert not (m.path[-1][0] == "point" and m.new_text.startswith(m.path[-1][1] + ".")), m.new_text
    assert d.coverage == 1.0


@pytest.mark.parametrize("lang,pre,kind", [
    ("kk", 'тақырыбы мынадай редакцияда жазылсын:\n\n"Жаңа тақырып";\n\n', "title"),
    ("ru", 'заголовок изложить в следующей редакции:\n\n"Новый заголовок";\n\n', "title"),
    ("kk", 'кіріспесі мынадай редакцияда жазылсын:\n\n"Жаңа заңның 5-бабына сәйкес БҰЙЫРАМЫН:";\n\n', "preamble"),
    ("ru", 'преамбулу изложить в следующей редакции:\n\n"В соответствии со статьей 5 нового закона ПРИКАЗЫВАЮ:";\n\n',
     "preamble"),
])
def test_the_order_itself_versus_its_rules(lang, pre, kind):
    body = "5-тармақ алып тасталсын;" if lang == "kk" else "пункт 5 исключить;"
    d = _parse(lang, body, pre)
    assert [m.path for m in d.amendments] == [((kind, ""),), (A1, ("point", "5"))]


@pytest.mark.parametrize("lang,context", [
    ("kk", ("көрсетілген бұйрықпен бекітілген Қағидаларда:", '"80. Механик" деген параграфта:')),
    ("ru", ("в Правилах, утвержденных указанным приказом:", 'в параграфе 80 "Механик":')),
])
def test_an_instruction_keeps_the_lines_that_place_it(lang, context):
    body = ('"80. Механик" деген параграфта:\n\n551-тармақ алып тасталсын;' if lang == "kk"
            else 'в параграфе 80 "Механик":\n\nпункт 551 исключить;')
    [m] = [m for m in _parse(lang, body).amendments if m.target_act.number == "553"]
    assert m.context == context


def test_the_next_document_s_line_ends_the_context_of_the_one_before():
    # "көрсетілген бұйрықпен бекітілген Қағидаларда:" / … / "көрсетілген бұйрықпен бекітілген Нұсқаулықта:" / …: the
    # second document's instructions are placed by its line alone
    d = _parse("kk", '"80. Механик" деген параграфта:\n\n551-тармақ алып тасталсын;\n\nкөрсетілген бұйрықпен '
                     'бекітілген Нұсқаулықта:\n\n7-тармақ алып тасталсын;')
    assert [m.context for m in d.amendments if m.target_act.number == "553"] == [
        ("көрсетілген бұйрықпен бекітілген Қағидаларда:", '"80. Механик" деген параграфта:'),
        ("көрсетілген бұйрықпен бекітілген Нұсқаулықта:",)]
    # (the first document's units named by the instructions alone: the path the lines give is the same)
    d = _parse("kk", "5-тармақ алып тасталсын;\n\nкөрсетілген бұйрықпен бекітілген Нұсқаулықта:\n\n7-тармақ алып тасталсын;")
    assert [m.context for m in d.amendments if m.target_act.number == "553"] == [
        ("көрсетілген бұйрықпен бекітілген Қағидаларда:",), ("көрсетілген бұйрықпен бекітілген Нұсқаулықта:",)]


def test_heading_given_by_context_names_the_unit():
    d = _parse("kk", '"80. Механик" деген параграфта:\n\n551-тармақ алып тасталсын;')
    [par] = [u for u in d.units if u.path == (A1, ("paragraph", "80"))]
    assert par.heading == "Механик" and not par.defined


def _with_point_2(lang: str, line: str):
    """The amending order of the cases above, its point 2 replaced by `line` (and an entry into force)."""
    tail = ("3. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі." if lang == "kk"
            else "3. Настоящий приказ вводится в действие со дня его подписания.")
    text = (KK if lang == "kk" else RU).format(body="5-тармақ алып тасталсын;" if lang == "kk" else "пункт 5 исключить;", pre="")
    return parse_text(text.replace(text[text.index("2. "):text.index("\n\nМинистр")], line + "\n\n" + tail), "r.txt")


@pytest.mark.parametrize("lang,line", [
    ("kk", '2. "Ескі қағидалар туралы" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің '
           "2019 жылғы 1 наурыздағы № 100 бұйрығының (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде "
           "№ 18000 болып тіркелген) күші жойылды деп танылсын."),
    ("ru", "2. Признать утратившим силу приказ Министра труда и социальной защиты населения Республики Казахстан "
           "от 1 марта 2019 года № 100 \"Об утверждении правил\" (зарегистрирован в Реестре государственной "
           "регистрации нормативных правовых актов под № 18000)."),
])
def test_repeal_of_an_act(lang, line):
    d = _with_point_2(lang, line)
    [rep] = [m for m in d.amendments if m.effect == "Repeal"]
    assert (rep.target_act.number, rep.target_act.date, rep.path) == ("100", "2019-03-01", ())
    assert rep.target_act.issuer.kk == "Еңбек және халықты әлеуметтік қорғау министрлігі"


@pytest.mark.parametrize("lang,line", [
    ("kk", '2. "Ескі қағидалар туралы" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің '
           "2019 жылғы 1 наурыздағы № 100 бұйрығының (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде "
           "№ 18000 болып тіркелген) 2-тармағының күші жойылды деп танылсын."),
    ("ru", "2. Признать утратившим силу пункт 2 приказа Министра труда и социальной защиты населения Республики "
           "Казахстан от 1 марта 2019 года № 100 \"Об утверждении правил\" (зарегистрирован в Реестре государственной "
           "регистрации нормативных правовых актов под № 18000)."),
])
def test_a_unit_of_another_act_that_loses_force_is_deleted_and_that_act_stays(lang, line):
    d = _with_point_2(lang, line)
    assert not [m for m in d.amendments if m.effect == "Repeal"]
    [gone] = [m for m in d.amendments if m.target_act.number == "100"]
    assert (gone.effect, gone.path) == ("Deletion", (("point", "2"),)) and not d.instructions_failed


def test_an_act_cited_inside_new_text_is_not_a_target():
    body = ('17-тармақ мынадай редакцияда жазылсын:\n\n"17. Интеграция Қазақстан Республикасы Ақпарат және '
            'коммуникациялар министрінің 2018 жылғы 29 наурыздағы № 123 бұйрығымен бекітілген қағидаларда '
            'айқындалған тәртіппен жүзеге асырылады.";')
    d = _parse("kk", body)
    assert {m.target_act.number for m in d.amendments} == {"553"}


def test_one_order_amends_several_acts():
    second = ('\n\n2. "Басқа қағидалар туралы" Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрінің '
              "2015 жылғы 25 желтоқсандағы № 1019 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу "
              "тізілімінде № 12665 болып тіркелген) мынадай өзгеріс енгізілсін:\n\n"
              "көрсетілген бұйрықпен бекітілген қағидаларда:\n\n3-тармақ алып тасталсын;")
    d = parse_text(KK.format(body="5-тармақ алып тасталсын;" + second, pre="").replace(
        "2. Осы бұйрық", "3. Осы бұйрық"), "o.txt")
    acts = {(m.target_act.number, m.target_act.issuer.kk, m.path) for m in d.amendments}
    assert acts == {("553", "Еңбек және халықты әлеуметтік қорғау министрлігі", (A1, ("point", "5"))),
                    ("1019", "Денсаулық сақтау және әлеуметтік даму министрлігі", (A1, ("point", "3")))}


def test_instruction_without_new_text_is_counted_as_unparsed():
    d = _parse("kk", "5-тармақ мынадай редакцияда жазылсын:\n\n6-тармақ алып тасталсын;")
    assert len(d.instructions_failed) == 1 and d.instructions_failed[0][1].startswith("5-тармақ")
    assert [m.path for m in d.amendments] == [(A1, ("point", "6"))]


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_corpus_instructions_all_parse(corpus_docs, key):
    d = corpus_docs[key]
    assert d.instructions_failed == []
    expected = {"000": 14, "001": 9, "002": 31, "003": 0, "004": 0}[key]
    assert d.instructions_found == expected


@pytest.mark.parametrize("lang,body,path,words,after,appended", [
    # (MinFin 1996 № 209: "Пункт 2 дополнить текстом следующего содержания:" / "2-тармақ мынадай мазмұндағы мәтiнмен
    # толықтырылсын:", two paragraphs added to point 2 of the instruction it amends)
    ("ru", 'пункт 2 дополнить текстом следующего содержания:\n\n"Услуги не являются объектом обложения.\n\n'
           'Объектом обложения является выручка.";', ("point", "2"), "Услуги не являются", None, "words"),
    ("kk", '2-тармақ мынадай мазмұндағы мәтiнмен толықтырылсын:\n\n"Қызметі салық салу объектісі болып табылмайды.";',
     ("point", "2"), "Қызметі салық салу", None, "words"),
    ("ru", 'пункт 3 дополнить абзацем следующего содержания:\n\n"Новый абзац.";', ("point", "3"), "Новый абзац.", None,
     "paragraph"),
    ("kk", '3-тармақ мынадай мазмұндағы абзацпен толықтырылсын:\n\n"Жаңа абзац.";', ("point", "3"), "Жаңа абзац.",
     None, "paragraph"),
    ("ru", 'в пункте 5 после слов "в срок" дополнить словами "не позднее десяти дней";', ("point", "5"),
     "не позднее десяти дней", "в срок", None),
    ("kk", '5-тармақтағы "мерзімде" деген сөзден кейін "кешіктірмей" деген сөзбен толықтырылсын;', ("point", "5"),
     "кешіктірмей", "мерзімде", None),
    ("ru", 'пункт 7 дополнить словами ", а также иные лица";', ("point", "7"), ", а также иные лица", None, "words"),
    ("kk", '7-тармақ ", сондай-ақ өзге де тұлғалар" деген сөздермен толықтырылсын;', ("point", "7"),
     ", сондай-ақ өзге де тұлғалар", None, "words"),
    # (MinFin 1997 № 322: a note put under a sub-point, 'подпункт "а" дополнить примечанием следующего содержания:')
    ("ru", 'пункт 12 дополнить примечанием следующего содержания:\n\n"Примечание: К доходам относятся выплаты.";',
     ("point", "12"), "Примечание: К доходам", None, "paragraph"),
    ("kk", '12-тармақ мынадай мазмұндағы ескертумен толықтырылсын:\n\n"Ескерту: Зейнеткерлік төлемдер жатады.";',
     ("point", "12"), "Ескерту: Зейнеткерлік", None, "paragraph"),
    # (a unit added, and a part numbered, are units of their own: no words added to a wording)
    ("ru", 'дополнить пунктом 8-1 следующего содержания:\n\n"8-1. Новый пункт.";', ("point", "8-1"), "Новый пункт.",
     None, None),
    ("ru", 'пункт 4 дополнить частью второй следующего содержания:\n\n"Новая часть.";', ("point", "4"), "Новая часть.",
     None, None),
    ("kk", '4-тармақ мынадай мазмұндағы екінші бөлікпен толықтырылсын:\n\n"Жаңа бөлік.";', ("point", "4"), "Жаңа бөлік.",
     None, None),
])
def test_words_added_to_a_unit_s_wording_say_where_they_go(lang, body, path, words, after, appended):
    d = _parse(lang, body)
    (m,) = [m for m in d.amendments if m.target_act.number == "553"]
    assert (m.effect, m.path[1], m.after, m.appended) == ("Insertion", path, after, appended)
    assert words in m.new_text
    # (words added to a unit's wording are no text of it: the unit is named, its text the act's own; a unit added has
    # its text)
    texts = {u.text for u in d.units if u.act.number == "553" and u.path == m.path}
    assert texts == ({None} if after or appended else {m.new_text})


@pytest.mark.parametrize("lang,body,before,words", [
    ("ru", 'в пункте 5 перед словами "в срок" дополнить словами "не позднее";', "в срок", "не позднее"),
    ("ru", 'пункт 6 перед словом "лица" дополнить словом "иные";', "лица", "иные"),
    ("kk", '5-тармақтағы "мерзімде" деген сөздің алдынан "кешіктірмей" деген сөзбен толықтырылсын;', "мерзімде",
     "кешіктірмей"),
    ("kk", '6-тармақтағы "тұлғалар" деген сөздің алдына "өзге" деген сөзбен толықтырылсын;', "тұлғалар", "өзге"),
])
def test_words_added_before_words_of_a_unit_say_so(lang, body, before, words):
    # (they had been read as words added at the wording's end)
    (m,) = [m for m in _parse(lang, body).amendments if m.target_act.number == "553"]
    assert (m.effect, m.before, m.after, m.appended, m.new_text) == ("Insertion", before, None, None, words)


# (MinFin 1999 № 323, in both languages: a line of several clauses had been its first clause's change alone, the words
# of the next one read as the first's new text or lost)
@pytest.mark.parametrize("lang,body,changes", [
    ("ru", 'в пункте 28:\n\nв абзаце третьем слово "Законом" заменить словом "законами", после слов "Республики '
           'Казахстан" дополнить словами "о бюджетной системе,";',
     [("WordReplacement", "3", "Законом", "законами", None, None),
      ("Insertion", "3", None, None, "Республики Казахстан", "о бюджетной системе,")]),
    ("ru", 'в пункте 28:\n\nв абзаце пятом слово "размеры" и слова "совместно с налоговыми органами" исключить, после '
           'слова "налогов" дополнить словами ", сборов и обязательных платежей";',
     [("Deletion", "5", "размеры", None, None, None),
      ("Deletion", "5", "совместно с налоговыми органами", None, None, None),
      ("Insertion", "5", None, None, "налогов", ", сборов и обязательных платежей")]),
    ("ru", 'в пункте 28:\n\nв абзаце восьмом после слов "(городов республиканского значения)" дополнить словами "(и '
           'столицы республики)", слова "расположенных на территории соответствующей области" исключить;',
     [("Insertion", "8", None, None, "(городов республиканского значения)", "(и столицы республики)"),
      ("Deletion", "8", "расположенных на территории соответствующей области", None, None, None)]),
    ("ru", 'в пункте 28:\n\nв абзаце девятом слово "местным" заменить словом "вышестоящим", слова "доходов, '
           'поступающих" заменить словом "поступлений", второе предложение исключить;',
     [("WordReplacement", "9", "местным", "вышестоящим", None, None),
      ("WordReplacement", "9", "доходов, поступающих", "поступлений", None, None),
      ("Modification", "9", None, None, None, None)]),
    ("kk", '28-тармақта:\n\nбесінші абзацтағы "мөлшерлерін" деген сөз және "салық органдарымен бірлесіп" деген сөздер '
           'алынып тасталсын және "салықтарды" деген сөзден кейін ", алымдарды және міндетті төлемдерді" деген '
           'сөздермен толықтырылсын;',
     [("Deletion", "5", "мөлшерлерін", None, None, None),
      ("Deletion", "5", "салық органдарымен бірлесіп", None, None, None),
      ("Insertion", "5", None, None, "салықтарды", ", алымдарды және міндетті төлемдерді")]),
    ("kk", '28-тармақта:\n\nсегізінші абзацтағы "(республикалық бағыныстағы қалалар)" деген сөздерден кейін "(және '
           'республиканың астанасы)" деген сөздермен толықтырылсын, "тиісті облыстардың аумағында" деген сөздер '
           'алынып тасталсын;',
     [("Insertion", "8", None, None, "(республикалық бағыныстағы қалалар)", "(және республиканың астанасы)"),
      ("Deletion", "8", "тиісті облыстардың аумағында", None, None, None)]),
    ("kk", '28-тармақта:\n\nтоғызыншы абзацтағы "жергілікті" деген сөз "жоғары тұрған" деген сөздермен, "түсетін '
           'кірістердің" деген сөздер "түсетін түсімдердің" деген сөздермен ауыстырылсын, екінші сөйлем алынып '
           'тасталсын;',
     [("WordReplacement", "9", "жергілікті", "жоғары тұрған", None, None),
      ("WordReplacement", "9", "түсетін кірістердің", "түсетін түсімдердің", None, None),
      ("Modification", "9", None, None, None, None)]),
])
def test_each_clause_of_one_instruction_line_is_a_change_of_the_unit_it_names_first(lang, body, changes):
    d = _parse(lang, body)
    got = [(m.effect, m.path[-1][1], m.old_words, m.new_words, m.after, m.new_text)
           for m in d.amendments if m.target_act.number == "553"]
    assert got == changes
    assert {m.path[:2] for m in d.amendments if m.target_act.number == "553"} == {(A1, ("point", "28"))}
    assert not d.instructions_failed and not d.unparsed


@pytest.mark.parametrize("lang,body", [
    ("ru", 'в пункте 33:\n\nв абзаце втором первое предложение изложить в следующей редакции:\n\n"Местные исполнительные '
           'органы предоставляют кредиты в пределах сумм, предусмотренных в местном бюджете.";'),
    ("kk", '33-тармақта:\n\nекінші абзацтағы бірінші сөйлем мынадай редакцияда жазылсын:\n\n"Жергілікті атқарушы '
           'органдар жергілікті бюджетте көзделген сомалар шегінде несие береді.";'),
    ("ru", 'в пункте 33:\n\nво втором абзаце второе предложение исключить;'),
    ("kk", '33-тармақта:\n\nекінші абзацтағы екінші сөйлем алынып тасталсын;'),
])
def test_a_sentence_rewritten_or_struck_out_changes_its_unit_neither_replaced_nor_deleted(lang, body):
    # (MinFin 1999 № 323: the paragraph had been replaced by the sentence, or deleted; no sentence is a unit, the
    # paragraph is changed and its new wording is not the corpus's)
    d = _parse(lang, body)
    (m,) = [m for m in d.amendments if m.target_act.number == "553"]
    assert (m.effect, m.path, m.new_text) == ("Modification", (A1, ("point", "33"), ("textparagraph", "2")), None)
    assert not d.instructions_failed and not d.unparsed
    # (a new sentence given stays with the instruction's words, as written)
    assert body.split("\n\n")[-1].rstrip(";") in m.instruction


def test_kazakh_words_struck_out_that_quote_a_title_inside_them_are_those_words():
    # (MinFin 1999 № 323 in Kazakh: the words had been read with a quote before them, as words opening with a title)
    d = _parse("kk", '52-тармақта:\n\nбірінші абзацтағы "1996 жылғы 24 желтоқсандағы N 52-1 "Қазақстан Республикасының '
                     'бюджет жүйесі туралы" заңына сәйкес" деген сөздер алынып тасталсын;')
    (m,) = [m for m in d.amendments if m.target_act.number == "553"]
    assert (m.effect, m.path[1:], m.old_words) == (
        "Deletion", (("point", "52"), ("textparagraph", "1")),
        '1996 жылғы 24 желтоқсандағы N 52-1 "Қазақстан Республикасының бюджет жүйесі туралы" заңына сәйкес')


# (MinFin 1999 № 239, its changes to the instruction on budget organisations' reports: lines opened by a dash)
@pytest.mark.parametrize("body,changes", [
    # words of a sentence named are the paragraph's words, no change of a sentence
    ('в пункте 3.4:\n\n- в абзаце первом в предложении первом слова "внебюджетные средства" заменить словами "средства '
     'от платных услуг", в предложении втором слово "внебюджетных" исключить;',
     [("WordReplacement", (("point", "3.4"), ("textparagraph", "1")), "внебюджетные средства", "средства от платных услуг",
       None, None),
      ("Deletion", (("point", "3.4"), ("textparagraph", "1")), "внебюджетных", None, None, None)]),
    # words added quoted whole on the line, words of the instruction after them: the next line's instruction is read
    ('в пункте 4.6:\n\n- в абзаце первом слово "внебюджетных" исключить, после слова "софинансированию" дополнить '
     'словами "на счетах для спонсорской помощи, депозитных счетах," далее по тексту;\n\n- в пункте 4.7:\n\n- в абзаце '
     'семнадцатом числа "321" и "681" заменить соответственно числами "322" и "682", слова "пенсионным взносам" '
     'заменить словами "взносам в накопительный пенсионный фонд";',
     [("Deletion", (("point", "4.6"), ("textparagraph", "1")), "внебюджетных", None, None, None),
      ("Insertion", (("point", "4.6"), ("textparagraph", "1")), None, None, "софинансированию",
       "на счетах для спонсорской помощи, депозитных счетах,"),
      ("WordReplacement", (("point", "4.7"), ("textparagraph", "17")), "321", "322", None, None),
      ("WordReplacement", (("point", "4.7"), ("textparagraph", "17")), "681", "682", None, None),
      ("WordReplacement", (("point", "4.7"), ("textparagraph", "17")), "пенсионным взносам",
       "взносам в накопительный пенсионный фонд", None, None)]),
    # figures added after figures
    ('- в пункте 4.18 после числа "235" дополнить числом "239";',
     [("Insertion", (("point", "4.18"),), None, None, "235", "239")]),
])
def test_a_dashed_line_of_clauses_of_words_and_figures_is_each_clause_s_change(body, changes):
    d = _parse("ru", body)
    got = [(m.effect, m.path[1:], m.old_words, m.new_words, m.after, m.new_text)
           for m in d.amendments if m.target_act.number == "553"]
    assert got == changes
    assert not d.instructions_failed and not d.unparsed
