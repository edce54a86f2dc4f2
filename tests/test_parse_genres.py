"""One test per genre-specific difficulty, each on a small example written for it (kk and ru)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ParseError
from kg.parse import parse_bytes, parse_text

from .test_normalise import OLD_FENCE_RU

FIX = Path(__file__).parent / "fixtures"

KK_HEAD = ("Кейбір бұйрықтарға өзгерістер енгізу туралы\n\n"
           "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылғы 5 мамырдағы № 140 бұйрығы. "
           "Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 7 мамырда № 35001 болып тіркелді\n\n")


def doc(text: str, name: str = "t.txt"):
    return parse_text(text, name)


def doc_meta(text: str, name: str, number: str, date: str, agency: str):
    """A text of the corpus layout, its identity given as meta.yaml gives it (number, date, agency code)."""
    from kg.model import ActMeta, ActRef
    from kg.orgs import by_code

    return parse_text(text, name, meta=ActMeta(ActRef(number, date, by_code(agency), "order")))


def _point_texts(d) -> dict:
    """{number: text} of the points a document read, whatever they are points of."""
    return {u.path[-1][1]: u.text for u in d.units if u.path and u.path[-1][0] == "point"}


def _requisites(requisite: str, agency: str):
    """An act's requisites as meta.yaml gives them: its requisite line and the approving agency's code."""
    from kg.corpus import act_meta

    return act_meta({"requisite": requisite, "approved_by": [agency]}, "meta.yaml")


def _read_kk(text: str, requisite: str, agency: str):
    """A Kazakh text read as the act its requisites name."""
    return parse_bytes(text.encode(), "kaz.md", _requisites(requisite, agency), "kk")


# --- header ---------------------------------------------------------------------------------

def test_kk_header_identity_registration_and_in_force():
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Осы бұйрық 2025 жылғы 1 шілдеден бастап қолданысқа енгізіледі.\n\nМинистр\n\nА. Ертаев\n")
    a = d.act
    assert (a.ref.number, a.ref.date, a.ref.registration, a.ref.registration_date) == ("140", "2025-05-05", "35001", "2025-05-07")
    assert a.ref.issuer.kk == "Еңбек және халықты әлеуметтік қорғау министрлігі"
    assert a.in_force == "2025-07-01"
    assert d.signatories[0].name == "А. Ертаев" and d.signatories[0].role == "Министр"


def test_ru_header_identity_registration_and_in_force():
    d = doc((FIX / "ru_amending.txt").read_text(encoding="utf-8"))
    a = d.act
    assert (a.ref.number, a.ref.date, a.ref.registration, a.ref.registration_date) == ("140", "2025-05-05", "35001", "2025-05-07")
    assert a.in_force == "2025-05-05"  # со дня подписания
    assert d.lang == "ru"
    assert [ap.org.kk for ap in d.approvals] == ["Қаржы министрлігі", "Денсаулық сақтау министрлігі"]
    assert d.signatories[0].name == "Т. Дуйсенова"


def test_acting_minister_is_the_ministry():
    d = doc("Тақырып\n\nҚазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі міндетін атқарушының "
            "2017 жылғы 25 қазандағы № 360 бұйрығы\n\nБҰЙЫРАМЫН:\n\n1. Бекітілсін.\n")
    assert d.act.ref.issuer.kk == "Еңбек және халықты әлеуметтік қорғау министрлігі"


def test_number_with_letter_is_one_form():
    a = doc("Т\n\nҚР Еңбек және халықты әлеуметтік қорғау министрінің 2014 жылғы 7 сәуірдегі № 152-ө бұйрығы\n\nБҰЙЫРАМЫН:\n\n1. Х.\n")
    b = doc("Т\n\nҚР Еңбек және халықты әлеуметтік қорғау министрінің 2014 жылғы 7 сәуірдегі № 152-Ө бұйрығы\n\nБҰЙЫРАМЫН:\n\n1. Х.\n")
    assert a.act.ref.ident == b.act.ref.ident and a.act.ref.number == "152-Ө"


def test_in_force_rule_without_date_is_kept_as_text():
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
            "қолданысқа енгізіледі.\n")
    assert d.act.in_force is None and "он күн" in d.act.in_force_rule


# a temporary order (wording of a 2023 order of the Presidential Affairs Administration): its history
# note and its entry-into-force point both fix the last day it applies
KK_TEMPORARY = ("Т\n\nҚазақстан Республикасы Президенті Іс басқармасы Басқарушысының 2023 жылғы 25 сәуірдегі "
                "№ 05/110 бұйрығы\n\nЕскерту. 31.12.2023 дейін қолданылады – осы бұйрықтың 4-тармағымен.\n\n"
                "БҰЙЫРАМЫН:\n\n1. Тәртібі бекітілсін.\n\n4. Осы бұйрық алғашқы ресми жарияланған күнінен кейін "
                "күнтізбелік он күн өткен соң қолданысқа енгізіледі және 2023 жылғы 31 желтоқсанға дейін қолданылады.\n")
RU_TEMPORARY = ("Т\n\nПриказ Управляющего Делами Президента Республики Казахстан от 25 апреля 2023 года № 05/110\n\n"
                "Сноска. Действует до 31.12.2023 в соответствии с пунктом 4 настоящего приказа.\n\nПРИКАЗЫВАЮ:\n\n"
                "1. Утвердить Порядок.\n\n4. Настоящий приказ вводится в действие по истечении десяти календарных дней "
                "после дня его первого официального опубликования и действует до 31 декабря 2023 года.\n")


@pytest.mark.parametrize("text", [KK_TEMPORARY, RU_TEMPORARY], ids=["kk", "ru"])
def test_a_temporary_act_records_its_last_day_and_its_expiry(text):
    d = doc(text)
    assert d.act.until == "2023-12-31"
    (ev,) = d.amendments
    assert (ev.effect, ev.from_note, ev.until, ev.path) == ("Expiry", True, "2023-12-31", ())
    assert ev.amending == ev.target_act == d.act.ref  # its own point, no other act
    assert d.coverage == 1.0


def test_a_point_that_applies_until_a_day_is_not_the_act_s_end():
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n2. Осы бұйрық қолданысқа енгізіледі, осы бұйрықтың 1-тармағы "
            "2024 жылғы 1 қаңтарға дейін қолданылады.\n")
    assert d.act.until is None


def test_zqai_note_fixes_the_date():
    d = doc("Т\n\nҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 10 сәуірдегі № 129 бұйрығы\n\n"
            "**ЗҚАИ-ның ескертпесі!**\n\n**Осы бұйрық 12.07.2026 ж. бастап қолданысқа енгізіледі**\n\nБҰЙЫРАМЫН:\n\n1. Х.\n")
    assert d.act.in_force == "2026-07-12"


def test_repealed_status_and_repeal_note_kk():
    d = doc("Т\n\n*Күшін жойған*\n\nҚазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2014 жылғы 7 сәуірдегі "
            "№ 152-Ө бұйрығы. Күші жойылды - Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрінің "
            "2014 жылғы 28 қазандағы № 192 бұйрығымен\n\n"
            "**Ескерту. Бұйрықтың күші жойылды - ҚР Денсаулық сақтау және әлеуметтік даму министрінің 28.10.2014 № 192 бұйрығымен.**\n\n"
            "БҰЙЫРАМЫН:\n\n1. Х.\n")
    assert d.act.status == "repealed"
    repeals = [m for m in d.amendments if m.effect == "Repeal"]
    assert len(repeals) == 1  # the header line and the note state one event
    assert (repeals[0].amending.number, repeals[0].amending.date) == ("192", "2014-10-28")
    assert repeals[0].amending.issuer.kk == "Денсаулық сақтау және әлеуметтік даму министрлігі"


def test_repealed_status_and_repeal_note_ru():
    d = doc((FIX / "ru_repealed_table.txt").read_text(encoding="utf-8"))
    assert d.act.status == "repealed"
    [rep] = [m for m in d.amendments if m.effect == "Repeal"]
    assert (rep.amending.number, rep.amending.date) == ("192", "2014-10-28")


def test_legal_basis_kk_and_ru():
    kk = doc("Т\n\nҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 21 қыркүйектегі № 399 бұйрығы\n\n"
             '"Кәсіптік біліктілік туралы" Қазақстан Республикасы Заңының 5-бабы 6-тармағының екінші бөлігіне сәйкес '
             "БҰЙЫРАМЫН:\n\n1. Х.\n")
    ru = doc((FIX / "ru_rules.txt").read_text(encoding="utf-8"))
    for d, title in ((kk, "Кәсіптік біліктілік туралы"), (ru, "О профессиональных квалификациях")):
        [(law, path)] = d.act.based_on
        assert law.kind == "law" and law.title == title
        assert path == (("article", "5"), ("point", "6"), ("part", "2"))


def test_no_identity_is_a_parse_error_with_file_and_line():
    with pytest.raises(ParseError, match=r"x\.txt:1: no act identity"):
        doc("Бір нәрсе\n\nБҰЙЫРАМЫН:\n\n1. Х.\n", "x.txt")


def test_no_operative_part_is_a_parse_error():
    with pytest.raises(ParseError, match="no operative part"):
        doc("Тек мәтін, бұйрық жоқ.\n", "y.txt")


# --- PDF-extracted text -------------------------------------------------------------------

PDF = (
    "\"Тақырып туралы\" Қазақстан Республикасы Еңбек және халықты \n"
    "әлеуметтік қорғау министрінің 2017 жылғы 25 қазандағы № 360 \n"
    "бұйрығына өзгерістер енгізу туралы\n\n"
    "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2024 \n"
    "жылғы 15 тамыздағы № 316 бұйрығы\n"
    "      БҰЙЫРАМЫН:\n"
    "      1. \"Тақырып туралы\" Қазақстан Республикасы Еңбек және халықты әлеуметтік \n"
    "қорғау министрінің 2017 жылғы 25 қазандағы № 360 \n\n"
    " (нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 16057 бұйрығына\n"
    "болып тіркелді) мынадай өзгерістер енгізілсін:\n"
    "      көрсетілген бұйрықпен бекітілген қағидаларда:\n"
    "       мынадай редакцияда жазылсын:9-тармақ\n"
    "      \"9. Біліктілігіне қойылатын талаптар: жоғары (\n"
    "немесе жоғары оқу орнынан кейінгі) білім.\";\n"
    "      12-2. Мыналарды білуге тиіс:\n"
    "      2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n"
)


def test_pdf_wraps_and_displaced_tokens():
    d = doc(PDF)
    assert d.act.ref.number == "316"
    [m] = d.amendments
    assert m.target_act.number == "360" and m.target_act.registration == "16057"
    assert m.effect == "Substitution" and m.path == (("appendix", "1"), ("point", "9"))
    assert "жоғары (немесе жоғары оқу орнынан кейінгі) білім" in m.new_text


def test_stray_semicolons_are_moved_back():
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Х:\n\n2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    from kg.normalise import clean_line

    assert clean_line("      Қазақстан Республикасының Еңбек ;кодексі") == "Қазақстан Республикасының Еңбек кодексі;"
    assert d.act.ref.number == "140"


# --- approvals ---------------------------------------------------------------------------

APPROVALS = (
    KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n\n"
    "Министр\n\nА. Ертаев\n\n"
    "\"Келісілді\"\n\nҚазақстан Республикасының  \nЦифрлық даму, инновациялар және  \nаэроғарыш өнеркәсібі министрлігі\n\n"
    "**\"КЕЛІСІЛДІ\"**\n\nҚазақстан Республикасының\n\nБәсекелестікті қорғау және\n\nдамыту агенттігі\n\n"
    "**К Е Л І С І Л Г Е Н**\n\n**Қазақстан Республикасы  \nМемлекеттік қызмет істері**\n\nагенттігінің төрағасы\n\nА. Байменов\n\n"
    "«\\_\\_\\_» \\_\\_\\_\\_\\_ 2014 жыл\n\n"
    "СОГЛАСОВАНО\n\nМинистерство финансов Республики Казахстан\n\n"
    "\"Келісілді\"\n\n"
)


def test_approvals_in_every_layout():
    d = doc(APPROVALS)
    orgs = [a.org.kk if a.org else None for a in d.approvals]
    assert orgs == ["Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
                    "Бәсекелестікті қорғау және дамыту агенттігі", "Мемлекеттік қызмет істері агенттігі",
                    "Қаржы министрлігі", None]
    assert d.approvals[2].person == "А. Байменов" and d.approvals[2].blank_date
    assert d.coverage == 1.0



def test_agreements_of_a_court_a_prosecutor_and_a_ministry_each_with_its_day():
    # Ministry of Internal Affairs, 2012 (list 93): the Supreme Court's chairman agrees, a prosecutor with the day
    # left blank, a minister with a day
    text = ("# Об утверждении Перечня заболеваний\n\nПРИКАЗЫВАЮ:\n\n1\\. Утвердить Перечень.\n\n"
            "*Министр внутренних дел*\n\n*Республики Казахстан*\n\n*генерал-лейтенант полиции К. Касымов*\n\n"
            "СОГЛАСОВАНО\n\n*Председатель Верховного Суда*\n\n*Республики Казахстан*\n\n"
            "____________________ Б. Бекназаров\n\n27 февраля 2012 года\n\n"
            "СОГЛАСОВАНО\n\n*Генеральный прокурор*\n\n*Республики Казахстан*\n\n*____________________ А. Даулбаев*\n\n"
            "«____»_____________ 2012 года\n\n"
            "СОГЛАСОВАНО\n\n*Министр здравоохранения*\n\n*Республики Казахстан*\n\n*__________________ С. Каирбекова*\n\n"
            "25 мая 2012 года\n")
    d = doc_meta(text, "rus.md", "93", "2012-02-17", "103003000000")
    assert [(a.org.en, a.person, a.date, a.blank_date) for a in d.approvals] == [
        ("Supreme Court", "Б. Бекназаров", "2012-02-27", False),
        ("Prosecutor General's Office", "А. Даулбаев", None, True),
        ("Ministry of Health", "С. Каирбекова", "2012-05-25", False)]
    assert d.coverage == 1.0



@pytest.mark.parametrize("lang, head, knowledge", [
    ("ru", "### Параграф 1. Начальник высшего учебного заведения",
     "7. Необходимо знать: Конституцию Республики Казахстан, Кодексы Республики Казахстан, трудовое законодательство."),
    ("kk", "### 1-параграф. Жоғары оқу орнының бастығы",
     "7. Мыналарды: Қазақстан Республикасының Конституциясын, Қазақстан Республикасының кодекстерін, еңбек "
     "заңнамасын білуі қажет."),
])
def test_a_characteristic_s_knowledge_with_the_verb_first_or_last(lang, head, knowledge):
    # Ministry of Internal Affairs, 2016 (order 34), characteristics of teaching positions: "Необходимо знать: …" and
    # in Kazakh "Мыналарды: … білуі қажет." name what the holder must know
    text = ("# Біліктілік сипаттамаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2016 жылғы 16 қаңтардағы*  \n"
            "> *№ 34 бұйрығымен*  \n> *бекітілген*\n\n# Біліктілік сипаттамалары\n\n## 2. Сипаттамалар\n\n"
            + head + "\n\n6. " + ("Должностные обязанности: осуществляет общее руководство вузом." if lang == "ru"
                                 else "Лауазымдық міндеттері: ЖОО-да жалпы басшылықты жүзеге асырады.")
            + "\n\n" + knowledge + "\n")
    d = doc_meta(text, f"{'rus' if lang == 'ru' else 'kaz'}.md", "34", "2016-01-16", "103003000000")
    [p] = d.positions
    assert len(p.duties) == 1 and len(p.knowledge) == 1 and p.knowledge[0].startswith(knowledge.split(": ", 1)[1][:20])

# --- structure ---------------------------------------------------------------------------

def test_rules_structure_definitions_and_history_notes_ru():
    d = doc((FIX / "ru_rules.txt").read_text(encoding="utf-8"))
    paths = {u.path for u in d.units}
    assert (("appendix", "1"), ("chapter", "1"), ("point", "2"), ("subpoint", "3")) in paths
    assert (("appendix", "1"), ("chapter", "2"), ("point", "3"), ("part", "2")) in paths
    notes = {(m.amending.number, m.effect, m.path[-1]) for m in d.amendments if m.from_note}
    assert notes == {("22", "Substitution", ("point", "3")), ("99", "Insertion", ("point", "3-1"))}
    assert all(m.in_force_rule and "десяти" in m.in_force_rule for m in d.amendments)


def test_position_table_ru():
    d = doc((FIX / "ru_repealed_table.txt").read_text(encoding="utf-8"))
    p1, p2 = d.positions
    assert (p1.category, p1.staff_units, p1.codes, p1.department_code) == ("С-4", 2, ("14-01-02", "14-01-03"), "14-01")
    assert p1.min_years == 2 and p1.duties == ("Подготовка предложений по квоте.",)
    assert p2.category == "С-5"  # a Latin C in the source is read as Cyrillic С
    assert p2.staff_units == 3 and len(p2.codes) == 3


def test_index_rows_and_announced_numbers_kk():
    text = (KK_HEAD + "БҰЙЫРАМЫН:\n\n1. \"Анықтамалық туралы\" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау "
            "министрінің 2020 жылғы 30 желтоқсандағы № 553 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу "
            "тізілімінде № 22003 болып тіркелген) мынадай өзгерістер енгізілсін:\n\n"
            "көрсетілген бұйрықпен бекітілген анықтамалыққа 1-қосымшада:\n\n"
            "\"2. Мамандар лауазымдары\" деген бөлім мынадай мазмұнындағы реттік нөмірлері 300-1, 300-2 және 300-3 "
            "жолдармен толықтырылсын:\n\n\"\n\n300-1\tИнженер\t§ 10\n300-2\tЗаңгер\t§ 11\n\n\";\n\n"
            "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    d = doc(text)
    assert [(e.row, e.title, e.refers_to) for e in d.index_entries] == [("300-1", "Инженер", "10"), ("300-2", "Заңгер", "11")]
    assert d.amendments[0].announced == ("300-1", "300-2", "300-3")
    assert d.index_entries[0].path == (("appendix", "1"), ("appendix", "1"), ("section", "2"))


def test_qualification_characteristic_kk_with_categories():
    text = (KK_HEAD + "БҰЙЫРАМЫН:\n\n1. \"А\" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің "
            "2020 жылғы 30 желтоқсандағы № 553 бұйрығына мынадай толықтыру енгізілсін:\n\n"
            "көрсетілген бұйрықпен бекітілген анықтамалықта:\n\n"
            "мынадай мазмұндағы 200-параграфпен толықтырылсын:\n\n"
            "\"200-параграф. Деректер талдаушысы\n\n900-1. Лауазымдық міндеттері:\n\nдеректерді жинайды;\n\nесеп береді.\n\n"
            "900-2. Білуге тиіс:\n\nстатистика негіздері.\n\n900-3. Біліктілікке қойылатын талаптар:\n\n"
            "I санатты талдаушы: жоғары білім және жұмыс өтілі кемінде 2 жыл;\n\n"
            "санаты жоқ талдаушы: жоғары білім, жұмыс өтіліне талаптар қойылмайды.\";\n\n"
            "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n")
    d = doc(text)
    [p] = d.positions
    assert p.label == "Деректер талдаушысы" and p.path[-1] == ("paragraph", "200")
    assert p.duties == ("деректерді жинайды", "есеп береді") and p.knowledge == ("статистика негіздері",)
    assert len(p.requirements) == 2 and p.min_years == 0


# --- repeal orders ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["kk_repeal_list.txt", "ru_repeal_list.txt"])
def test_repeal_order_with_a_list_of_acts(name):
    d = doc((FIX / name).read_text(encoding="utf-8"), name)
    repealed = sorted((m.target_act.number, m.target_act.date) for m in d.amendments if m.effect == "Repeal")
    expected = [("200", "2020-06-01"), ("70", "2018-03-05")]
    if name.startswith("ru"):
        expected = [("1", "2017-01-03"), *expected]
    assert repealed == expected
    assert d.instructions_failed == []
    assert d.coverage == 1.0, d.unparsed
    reg = {m.target_act.number: m.target_act.registration for m in d.amendments}
    assert reg["70"] == "16600" and reg["200"] == "20800"


def test_signature_with_role_and_name_on_one_line():
    d = doc((FIX / "ru_repeal_list.txt").read_text(encoding="utf-8"))
    [s] = d.signatories
    assert s.name == "Т. Дуйсенова" and s.role.startswith("Министр труда")


def test_a_signature_on_one_line_ends_points_whose_last_stop_is_missing():
    # Ministry of Justice, 2012 (order 29): the point of entry into force has no full stop, the minister signs on
    # one line under it; the signature is no part of the point
    text = ("# Об утверждении Требований к помещению нотариуса\n\nВ соответствии с пунктом 2 статьи 21 Закона "
            "Республики Казахстан «О нотариате», ПРИКАЗЫВАЮ:\n\n1\\. Утвердить прилагаемые Требования к помещению "
            "нотариуса.\n\n3\\. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его "
            "первого официального опубликования\n\n*Министр Б. Имашев*\n\n> *Утверждены*  \n> *приказом Министра "
            "юстиции*  \n> *Республики Казахстан*  \n> *от 31 января 2012 года № 29*\n\n## Требования к помещению "
            "нотариуса\n\n1\\. Настоящие Требования разработаны в соответствии с пунктом 4 статьи 21 Закона.\n")
    d = doc_meta(text, "rus.md", "29", "2012-01-31", "103001000000")
    assert [(s.role, s.name) for s in d.signatories] == [("Министр", "Б. Имашев")]
    assert not [u.path for u in d.units if u.path[0] == ("point", "3") and len(u.path) > 1]
    assert d.coverage == 1.0

def test_an_acting_minister_signing_over_two_lines_above_a_stamp():
    # Ministry of Justice, 2005 (order 214): "Министрдің" / "міндетін атқарушы" signs, no name; the appendix's stamp
    # under it opens with the country's name; the role is the signature's, not the stamp's first lines
    text = ("# Ереже бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған ереже бекітілсін.\n\n"
            "3\\. Осы бұйрық ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n\n*Министрдің*\n\n"
            "*міндетін атқарушы*\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2005 жылғы 5 тамыздағы*  \n"
            "> *N 214 бұйрығына*  \n> *1-қосымша*\n\n## Сот сарапшысы біліктілігін беру үшін біліктілік емтиханын "
            "тапсыру ережесі\n\n1\\. Осы Ереже біліктілік емтиханын тапсыру тәртібін айқындайды.\n")
    d = doc_meta(text, "kaz.md", "214", "2005-08-05", "103001000000")
    assert [(s.role, s.name) for s in d.signatories] == [("Министрдің міндетін атқарушы", None)]
    assert [u.heading for u in d.units if u.path == (("appendix", "1"),)] == [
        "Сот сарапшысы біліктілігін беру үшін біліктілік емтиханын тапсыру ережесі"]
    assert d.coverage == 1.0

@pytest.mark.parametrize("point, day", [
    ("3. Настоящий приказ вводится в действие со дня его государственной регистрации.", "2006-09-06"),
    ("3. Осы бұйрық мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.", "2006-09-06"),
    ("3. Настоящий приказ вводится в действие по истечении десяти календарных дней со дня государственной регистрации.",
     None),
    # the Ministry of Finance's Kazakh texts of 1999-2001: "from the day it passed state registration"
    ("2. Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткен күнінен бастап күшіне "
     "енеді.", "2006-09-06"),
    ("2\\. Осы бұйрық Қазақстан Республикасының Әдiлет министрлiгінде оның мемлекеттiк тiркеуден өткiзiлген күнiнен "
     "бастап күшiне енедi.", "2006-09-06"),
    # the Ministry of Justice's Kazakh texts of 2002: "from the day of state registration"
    ("2. Осы бұйрық мемлекеттiк тiркеу күнiнен бастап күшiне енедi.", "2006-09-06"),
])
def test_an_act_in_force_from_its_registration_is_in_force_from_that_day(point, day):
    # older orders enter into force on the day the Ministry of Justice registers them (MJ 2006 order 213, MJ 2016
    # order 1214 …): the requisites give that day; some days after it, the day is not known
    from kg.model import ActMeta, ActRef
    from kg.orgs import by_code

    meta = ActMeta(ActRef("213", "2006-08-14", by_code("103001000000"), "order", None, "4380", "2006-09-06"))
    d = parse_text("# О формах\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить формы.\n\n" + point + "\n", "rus.md", meta=meta)
    assert d.act.in_force == day and d.act.in_force_rule

@pytest.mark.parametrize("point, applies, in_force", [
    ("2. Приказ вводится в действие со дня государственной регистрации в Министерстве юстиции Республики Казахстан и "
     "распространяется на отношения, возникшие с 1 января 2002 года.", "2002-01-01", "2002-07-26"),
    ("4. Настоящий приказ вводится в действие со дня первого официального опубликования и распространяется на "
     "отношения, возникающие с 1 января 2009 года.", "2009-01-01", None),
    ("4. Осы бұйрық алғашқы ресми жарияланған күнінен бастап күшіне енеді және 2009 жылдың 1 қаңтарынан бастап "
     "туындайтын қатынастарға таратылады.", "2009-01-01", None),
])
def test_an_act_applied_to_relations_from_an_earlier_day(point, applies, in_force):
    # MVD 2002 (order 223), MinFin 2009 (order 39): the day it applies from is its applicability, not its entry into
    # force (which is its registration's day, or its publication's, unknown)
    from kg.model import ActMeta, ActRef
    from kg.orgs import by_code

    meta = ActMeta(ActRef("223", "2002-04-03", by_code("103003000000"), "order", None, "1931", "2002-07-26"))
    d = parse_text("# О правилах\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n" + point + "\n", "rus.md", meta=meta)
    assert (d.act.applies_from, d.act.in_force) == (applies, in_force)
    # the rule is the sentence as written (it had lost its applicability clause, leaving "… опубликования и .")
    assert d.act.in_force_rule in (None, point.split(" ", 1)[1])
    assert in_force is not None or d.act.in_force_rule == point.split(" ", 1)[1]


def test_a_form_s_blank_date_ends_its_title():
    # MinFin 2009 (order 39): the notice's title, then its number and day to fill in, then its text
    for title, blank in (("Уведомление о представлении в налоговый орган списков участников", "«____» _________ 20__ г. № ____"),
                         ("Салық органына тапсыру туралы хабарлама", '20__ж. "___"_________ № _____')):
        text = ("# О форме\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить форму уведомления.\n\n*Министр Б. Жамишев*\n\n"
                "> *Утверждено*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
                "> *от 30 января 2009 года N 39*\n\n## " + title + "\n\n" + blank + "\n\nВ соответствии со статьей 17 "
                "Закона Республики Казахстан «Об\n\nобязательном социальном страховании» ____________________\n")
        d = doc_meta(text, "rus.md", "39", "2009-01-30", "103002000000")
        assert [u.heading for u in d.units if u.path == (("appendix", "1"),)] == [title]

def test_the_portal_s_word_to_readers_is_a_note_with_the_line_under_it():
    # Ministry of Finance, 2007 (order 218): "Қолданушылардың назарына!!!" / "Қаулының қолданысқа енгізілу тәртібін
    # 4-тармақтан қараңыз." over the preamble: one editors' note, not the act's preamble
    text = ("# N 1 ұлттық қаржылық есептілік стандартын бекіту туралы\n\nҚолданушылардың назарына!!!\n\n"
            "Қаулының қолданысқа енгізілу тәртібін 4-тармақтан қараңыз.\n\n\"Бухгалтерлік есеп пен қаржылық есептілік "
            "туралы\" Қазақстан Республикасы Заңының 20-бабы 5-тармағының 4) тармақшасын іске асыру мақсатында "
            "БҰЙЫРАМЫН:\n\n1\\. Стандарт бекітілсін.\n\n3\\. Департамент тіркелуін қамтамасыз етсін.\n\n"
            "4 Осы бұйрық 2008 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.\n")
    d = doc_meta(text, "kaz.md", "218", "2007-06-21", "103002000000")
    assert d.act.notes == ("Қолданушылардың назарына!!! Қаулының қолданысқа енгізілу тәртібін 4-тармақтан қараңыз.",)
    assert d.act.in_force == "2008-01-01" and d.coverage == 1.0

def test_a_note_that_the_appendix_is_printed_in_the_other_language_is_the_act_s_note():
    # MVD 1998 N 470 in Kazakh: the order in a fence, its signature, then the editors' word that the appendix is in the
    # Russian text only, and the editors' names: an editors' note of the act, no change of it and no text left unread
    text = ("# Әскери-дәрігерлік сараптамалау туралы ережелерді бекіту туралы\n\nЖетілдіру мақсатында:\n\nБұйырамын:\n\n"
            "1. Қазақстан Республикасының Ішкі істер органдары мен ішкі\n\n```\nәскерлерінде сараптамалау туралы ережелер "
            "(N 1 қосымша) бекітілсін.\n2. Қазақстан Республикасы Ішкіісминінің 1992 жылғы 13 тамыздағы N 258\nбұйрығы "
            "күшін жойған деп есептелсін.\nҚазақстан Республикасының\nІшкі істер министрі -\nІшкі әскерлері қолбасшысы\n"
            "Ескерту: Бұйрықтың қосымшасын орыс тіліндегі мәтіннен қараңыз.\nМамандар:\nБагарова Ж.А.\nИкебаева А.Ж.\n```\n")
    d = doc_meta(text, "kaz.md", "470", "1998-12-24", "103003000000")
    assert d.act.notes == ("Ескерту: Бұйрықтың қосымшасын орыс тіліндегі мәтіннен қараңыз.",)
    assert d.coverage == 1.0 and not d.unparsed
    assert [(a.effect, a.target_act.number) for a in d.amendments] == [("Repeal", "258")]
    assert [s.role for s in d.signatories] == ["Қазақстан Республикасының Ішкі істер министрі - Ішкі әскерлері қолбасшысы"]
    # the same note between the last point and the signature: not the point's words
    text = ("# Ережелерді бекіту туралы\n\nЖетілдіру мақсатында БҰЙЫРАМЫН:\n\n1. Ережелер (N 1 қосымша) бекітілсін.\n\n"
            "2. Осы бұйрық қол қойылған күннен бастап күшіне енеді.\n\nЕскерту: Бұйрықтың қосымшасын орыс тіліндегі "
            "мәтіннен қараңыз.\n\n*Министр*\n")
    d = doc_meta(text, "kaz.md", "470", "1998-12-24", "103003000000")
    assert d.act.notes == ("Ескерту: Бұйрықтың қосымшасын орыс тіліндегі мәтіннен қараңыз.",)
    assert [u.text for u in d.units if u.path == (("point", "2"),)] == ["Осы бұйрық қол қойылған күннен бастап күшіне енеді."]
    # MVD 2003 N 22 in Kazakh: the instruction's appendix 10 given in Russian, the institute's note under its title that
    # its Kazakh translation is missing ("РҚАО-ның ескерту: … орыс тілдегі нұсқадан қараңыз."): the act's note, not the
    # appendix's text
    text = ("# Нұсқаулықты бекіту туралы\n\nЖетілдіру мақсатында БҰЙЫРАМЫН :\n\n1. Қоса беріліп отырған нұсқаулық бекітілсін."
            "\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2003 жылғы 16 қаңтар*  \n"
            "> *N 22 бұйрығымен*  \n> *бекітілген*\n\n## Нұсқаулық\n\n1. Жүйе есеп жүргізу үшін арналған.\n\n"
            "Приложение 10\n\nк Инструкции по организации\n\nфункционирования автоматизированной\n\nинформационно-поисковой "
            "системы\n\n\"Технадзор\", утвержденной приказом\n\nМинистра внутренних дел\n\nРеспублики Казахстан\n\nот 16 января "
            "2003 г. N 22\n\n## Журнал регистрации хранения и выдачи свидетельств и талонов о прохождении технического осмотра "
            "транспортных средств\n\nРҚАО-ның ескерту: 10-косымшаның мемлекеттік тілдегі аудармасы болмағандықтан мәтінді орыс "
            "тілдегі нұсқадан қараңыз.\n")
    d = doc_meta(text, "kaz.md", "22", "2003-01-16", "103003000000")
    assert d.act.notes == ("РҚАО-ның ескерту: 10-косымшаның мемлекеттік тілдегі аудармасы болмағандықтан мәтінді орыс "
                           "тілдегі нұсқадан қараңыз.",)
    assert not any("РҚАО" in (u.text or "") for u in d.units) and d.coverage == 1.0


def test_a_form_s_addressee_in_its_corner_is_no_name_of_the_form():
    # Presidential Administration 2015 N 01-38.49, the rules' appendix 3: the word "нысан", the addressee in the
    # form's corner ("… Басшысына" / "____" / "(Т.А.Ә.)"), then the form drawn in a fence: the appendix's heading is the
    # name drawn in the form, not the addressee (it had been "Қазақстан Республикасы"), the addressee stays its text
    text = ("# Қағидаларды бекіту туралы\n\nБюджет кодексіне сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған қағидалар "
            "бекітілсін.\n\n**Н. Нығматулин**\n\n> *Қазақстан Республикасы Президенті*  \n> *Әкімшілігі Басшысының*  "
            "\n> *2015 жылғы 31 желтоқсандағы*  \n> *№ 01-38.49*  \n> *бұйрығымен*  \n> *бекітілген*\n\n## Меморандумдарды "
            "әзірлеу және бағалау қағидалары\n\n1. Есеп беретін органдар меморандумдардың жобаларын әзірлейді.\n\n"
            "> *Меморандумдарын әзірлеу және бағалау*  \n> *қағидаларына*  \n> *3-қосымша*\n\n> *нысан*\n\n"
            "> *Қазақстан Республикасы*  \n> *Президенті Әкімшілігінің*  \n> *Басшысына*  \n> *______________________*  \n"
            "> *(Т.А.Ә.)*\n\n```\n  ________________________________________________ 20__ қаржы жылы\n  бойынша "
            "меморандумды іске асыруды бағалау жөніндегі\n  (мемлекеттік органның атауы)\n  қорытынды\n```\n\n"
            "1. Жүргізілген талдауға сәйкес 20__ жылы мынадай түйінді индикаторларға қол жеткізілді:\n")
    d = doc_meta(text, "kaz.md", "01-38.49", "2015-12-31", "101001000000")
    (appendix,) = [u for u in d.units if len(u.path) == 2 and u.path[1][0] == "appendix"]
    assert appendix.heading == "бойынша меморандумды іске асыруды бағалау жөніндегі қорытынды"
    assert "Басшысына" in appendix.text
    assert d.coverage == 1.0


def test_a_note_pointing_at_the_act_s_own_points_records_their_act_s_event():
    # MVD 1995 N 263: points 1-4 (which approved the instruction) cancelled by a Government resolution of 2005; the note
    # over the instruction points at them for its act, in Russian ("см. выше п.2 приказа N 263") and in Kazakh ("N 263
    # бұйрықтың 1-4-тармақтарын қараңыз"): the instruction is deleted by that resolution (the note had been text not
    # understood, the instruction in force)
    ru = ("# Об утверждении Инструкции\n\nВо исполнение постановления Кабинета Министров Республики Казахстан от 12 января "
          "1993 г. N 31 приказываю:\n\n1-4. (Пункты отменены - постановлением Правительства РК от 9 февраля 2005 года N 124 )."
          "\n\n5. Считать утратившим силу Приказ МВД Республики Казахстан N 64 от 9 февраля 1993 года.\n\n   *Министр*\n\n"
          "   Приложение N 1\n\n   к приказу МВД\n\n   Республики Казахстан\n\n   N 263 от 20.11.1995г.\n\n   ## ИНСТРУКЦИЯ"
          "\n\n   ## О порядке изменения записи о национальности в паспортах граждан\n\n"
          "   > *Сноска. Инструкция отменена (см. выше п.2 приказа N 263).*\n")
    kk = ("# Ұлты туралы жазбаны өзгерту тәртiбi туралы\n\nҚазақстан Республикасы Министрлер Кабинетiнiң 1993 жылғы "
          "қаңтардың 12-iндегi N 31 қаулысын орындау мақсатында БҰЙЫРАМЫН :\n\n1-4. <*>\n\n> *Ескерту: 1-4-тармақтардың "
          "қолданылуы тоқтатылды - ҚР Үкіметінің 2005 жылғы 9 ақпандағы N 124 қаулысымен .*\n\n5. Қазақстан Республикасы IIМ "
          "1993 жылғы ақпанның 9-ындағы N 64 бұйрығы күшiн жойды деп саналсын.\n\n   МИНИСТР\n\n   Қазақстан Республикасы "
          "IIМ\n\n   1995 жылғы 20 қараша N 263\n\n   N 1 қосымша\n\n   ## Нұсқау Ұлты туралы жазбаны өзгерту тәртiбi "
          "туралы\n\n   > *Ескерту: Нұсқаудың қолданылуы тоқтатылды - N 263 бұйрықтың 1-4-тармақтарын қараңыз.*\n")
    for text, name in ((ru, "rus.md"), (kk, "kaz.md")):
        d = doc_meta(text, name, "263", "1995-11-20", "103003000000")
        (event,) = [a for a in d.amendments if a.path == (("appendix", "1"),)]
        assert (event.effect, event.amending.number, event.amending.date) == ("Deletion", "124", "2005-02-09"), name
        assert event.from_note and d.coverage == 1.0, name


def test_header_notes_and_title_after_identity():
    d = doc("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 21 қыркүйектегі № 399 бұйрығы\n\n"
            "Кәсіптер тізілімін қалыптастыру қағидаларын айқындау туралы\n\n"
            "Ескерту. Тақырып жаңа редакцияда - ҚР Еңбек және халықты әлеуметтік қорғау министрінің 27.01.2025 № 22 "
            "(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.\n\n"
            "Ескерту. Бұйрыққа өзгеріс енгізілді - ҚР Еңбек және халықты әлеуметтік қорғау министрінің 08.04.2024 № 99 бұйрығымен.\n\n"
            "БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n")
    assert d.act.title == "Кәсіптер тізілімін қалыптастыру қағидаларын айқындау туралы"
    notes = sorted((m.amending.number, m.effect, m.path) for m in d.amendments)
    assert notes == [("22", "Substitution", (("title", ""),)), ("99", "Modification", ())]
    assert d.coverage == 1.0


def test_code_as_legal_basis():
    d = doc("Т\n\nҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 21 қыркүйектегі № 399 бұйрығы\n\n"
            "Қазақстан Республикасы Еңбек кодексінің 16-бабының 1) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Х.\n")
    [(code, path)] = d.act.based_on
    assert (code.kind, code.title, path) == ("code", "Еңбек кодексі", (("article", "16"), ("subpoint", "1")))


def test_pipe_tables_are_tables():
    d = doc((FIX / "ru_repealed_table.txt").read_text(encoding="utf-8").replace(
        "Образование\tВысшее образование.", "| Образование | Высшее образование. |"))
    assert d.positions[0].education == ("Высшее образование.",)


def test_duplicate_numbers_are_kept_for_validation():
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n1. Тағы бір бірінші тармақ.\n\n2. Осы бұйрық қол қойылған күнінен бастап "
            "қолданысқа енгізіледі.\n")
    [p1] = [u for u in d.units if u.path == (("point", "1"),)]
    assert p1.occurrences == 2


def test_education_levels_are_structured():
    d = doc((FIX / "ru_repealed_table.txt").read_text(encoding="utf-8"))
    assert d.positions[0].education_levels == ("higher",)
    d = doc((FIX / "ru_amending.txt").read_text(encoding="utf-8"))
    assert "higher" in d.positions[0].education_levels


def test_a_temporary_act_s_last_day_in_the_graph():
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    d = doc(KK_TEMPORARY)
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    eli = "http://data.europa.eu/eli/ontology#"
    ends = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == eli + "date_no_longer_in_force"}
    amends = [q for q in quads if q.predicate.value in (eli + "amends", eli + "amended_by")]
    assert len(ends) == 1 and next(iter(ends))[1] == "2023-12-31"
    assert not amends  # its own point ends it: no act amends another


RU_HEAD = "Т\n\nПриказ Министра труда и социальной защиты населения Республики Казахстан от 5 мая 2025 года № 140\n\n"


def _kk(note: str) -> bool:
    return note.startswith("Ескерту")


def _head(note: str) -> str:
    """The header of an order in the note's language."""
    return KK_HEAD if _kk(note) else RU_HEAD


@pytest.mark.parametrize("note", [
    "Ескерту. Кіріспе жаңа редакцияда - ҚР Төтенше жағдайлар министрінің 14.08.2025 № 318 (алғашқы ресми жарияланған "
    "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.",
    "Сноска. Преамбула - в редакции приказа Министра по чрезвычайным ситуациям РК от 14.08.2025 № 318 (вводится в "
    "действие по истечении десяти календарных дней после дня его первого официального опубликования).",
], ids=["kk", "ru"])
def test_a_note_on_the_preamble_targets_the_preamble(note):
    d = doc(_head(note) + note + "\n\n" + ("БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n" if _kk(note) else
                                          "ПРИКАЗЫВАЮ:\n\n1. Утвердить.\n"))
    (ev,) = d.amendments
    assert (ev.effect, ev.path, ev.amending.number) == ("Substitution", (("preamble", ""),), "318")


def test_a_note_in_an_appendix_of_the_rules_names_that_appendix():
    # the wording of a 2014 order's consolidated text: the note sits under the appendix's own stamp
    d = doc(KK_HEAD + "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n"
            "Қазақстан Республикасы\nЕңбек және халықты әлеуметтік қорғау министрінің\n2025 жылғы 5 мамырдағы\n"
            "№ 140 бұйрығымен бекітілген\n\nҚағидалар\n\n1. Осы Қағидалар тәртібін айқындайды.\n\n"
            "Қағидаларға\n1-қосымша\n\nЕскерту. 1-қосымша жаңа редакцияда - ҚР Ішкі істер министрінің 15.01.2021 № 16 "
            "(алғаш ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.\n\n"
            "Нысан\n")
    (ev,) = d.amendments
    assert ev.path == (("appendix", "1"), ("appendix", "1")) and ev.amending.number == "16"


@pytest.mark.parametrize("note", [
    "Ескерту. 20-тармақтың қолданысы 01.01.2023 дейін тоқтатыла тұрды - ҚР Ішкі істер министрінің 24.09.2021 № 576 "
    "(01.01.2021 бастап қолданысқа енгізіледі) бұйрығымен.",
    "Сноска. Действие пункта 20 приостановлено до 01.01.2023 в соответствии с приказом Министра внутренних дел РК "
    "от 24.09.2021 № 576 (вводится в действие с 01.01.2021).",
], ids=["kk", "ru"])
def test_a_suspension_note_records_who_suspended_what_until_when(note):
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    d = doc(_head(note) + ("БҰЙЫРАМЫН:\n\n20. Мәтін.\n\n" if _kk(note) else "ПРИКАЗЫВАЮ:\n\n20. Текст.\n\n") + note + "\n")
    (ev,) = d.amendments
    assert (ev.effect, ev.path, ev.amending.number, ev.until) == ("Suspension", (("point", "20"),), "576", "2023-01-01")
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    preds = {q.predicate.value.rsplit("#", 1)[-1]: q.object.value for q in quads}
    assert preds["until"] == "2023-01-01" and "date_no_longer_in_force" not in preds  # lifted, not ended


RU_RULES = ("Т\n\nПриказ Министра внутренних дел Республики Казахстан от 2 декабря 2014 года № 862\n\nПРИКАЗЫВАЮ:\n\n"
            "1. Утвердить прилагаемые Правила.\n\n2. Признать утратившим силу некоторые приказы Министра внутренних дел "
            "Республики Казахстан согласно приложению 2 к настоящему приказу.\n\n"
            "Приложение 1\nк приказу Министра\nвнутренних дел\nРеспублики Казахстан\nот 2 декабря 2014 года № 862\n\n"
            "Правила\n\n3. В настоящих Правилах используются следующие понятия:\n\n1) понятие;\n\n{note}\n\n"
            "16. Для совершения регистрационных действий представляются:\n\n1) акт регистрации;\n\n{deleted}\n\n"
            "4) документы, подтверждающие уплату пошлин.\n")


def test_a_note_gives_each_act_the_effect_written_before_it():
    # the wording of a 2014 order's consolidated text (its Russian "Сноска")
    d = doc(RU_RULES.format(
        note="Сноска. Пункт 3 в редакции приказа Министра внутренних дел РК от 07.12.2015 № 999 (вводится в действие "
             "по истечении десяти календарных дней после дня его первого официального опубликования); с изменением, "
             "внесенным приказом Министра внутренних дел РК от 26.01.2016 № 73 (вводится в действие с 01.03.2016).",
        deleted="2) документ, удостоверяющий личность;"))
    assert sorted((a.amending.number, a.effect) for a in d.amendments if a.from_note) == [
        ("73", "Modification"), ("999", "Substitution")]


@pytest.mark.parametrize("deleted", [
    "3) исключен приказом Министра внутренних дел РК от 07.12.2015 № 999 (вводится в действие по истечении десяти "
    "календарных дней после дня его первого официального опубликования);",
    "3) алып тасталды - ҚР Ішкі істер министрінің 07.12.2015 № 999 (алғашқы ресми жарияланған күнінен кейін "
    "күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен;",
], ids=["ru", "kk"])
def test_a_point_kept_as_the_record_of_its_deletion_is_deleted_and_not_a_repealed_act(deleted):
    d = doc(RU_RULES.format(note="2) второе понятие;", deleted=deleted))
    a1, p16 = ("appendix", "1"), ("point", "16")
    (gone,) = [a for a in d.amendments if a.effect == "Deletion"]
    assert (gone.path, gone.amending.number, gone.from_note) == ((a1, p16, ("subpoint", "3")), "999", True)
    assert not [a for a in d.amendments if a.effect == "Repeal"]  # a later order is not in the list of repealed acts
    (sp3,) = [u for u in d.units if u.path == (a1, p16, ("subpoint", "3"))]
    assert sp3.text is None  # the record of the deletion is not the unit's wording


# a suspension order's operative point (wording of order № 576 of 2021 of the Ministry of Internal Affairs)
KK_SUSPENDS = ("Т\n\nҚазақстан Республикасы Ішкі істер министрінің 2021 жылғы 24 қыркүйектегі № 576 бұйрығы\n\n"
               "БҰЙЫРАМЫН:\n\n1. 1) Қазақстан Республикасы Ішкі істер министрінің 2010 жылғы 29 қарашадағы № 496 "
               "бұйрығымен (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 6681 болып тіркелген) "
               "бекітілген Босқын мәртебесін беру туралы өтінішхатты тіркеу және қарау қағидаларының 14-тармағының "
               "он бірінші абзацының, 34-1-тармағының 10) тармақшасының, 38-тармағы;\n\n"
               "2) Қазақстан Республикасы Ішкі істер министрінің 2014 жылғы 8 ақпандағы № 76 бұйрығымен бекітілген "
               "еңбекші көшіп келушілерге рұқсаттар беру қағидаларының 20-тармағы тоқтатыла тұрған кезеңде мынадай:\n\n"
               "«20. Жаңа мәтін.» деген редакцияда қолданылады деп белгіленіп, қолданысы 2023 жылғы 1 қаңтарға дейін "
               "тоқтатыла тұрсын.\n\n2. Осы бұйрық 2021 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.\n")
RU_SUSPENDS = ("Т\n\nПриказ Министра внутренних дел Республики Казахстан от 24 сентября 2021 года № 576\n\nПРИКАЗЫВАЮ:\n\n"
               "1. Приостановить до 1 января 2023 года действие:\n\n1) абзаца одиннадцатого пункта 14, подпункта 10) "
               "пункта 34-1, пункта 38 Правил регистрации и рассмотрения ходатайства о присвоении статуса беженца, "
               "утвержденных приказом Министра внутренних дел Республики Казахстан от 29 ноября 2010 года № 496 "
               "(зарегистрирован в Реестре государственной регистрации нормативных правовых актов за № 6681);\n\n"
               "2) пункта 20 Правил выдачи разрешений трудовым иммигрантам, утвержденных приказом Министра внутренних "
               "дел Республики Казахстан от 8 февраля 2014 года № 76 установив, что в период приостановления данный "
               "пункт действует в следующей редакции:\n\n«20. Новый текст.».\n\n"
               "2. Настоящий приказ вводится в действие с 1 января 2021 года.\n")


@pytest.mark.parametrize("text", [KK_SUSPENDS, RU_SUSPENDS], ids=["kk", "ru"])
def test_a_suspension_order_suspends_each_unit_it_names_until_its_day(text):
    d = doc(text)
    a1 = ("appendix", "1")
    got = sorted((a.target_act.number, a.path, a.until) for a in d.amendments if a.effect == "Suspension")
    assert got == [("496", (a1, ("point", "14"), ("textparagraph", "11")), "2023-01-01"),
                   ("496", (a1, ("point", "34-1"), ("subpoint", "10")), "2023-01-01"),
                   ("496", (a1, ("point", "38")), "2023-01-01"),
                   ("76", (a1, ("point", "20")), "2023-01-01")]
    assert all(a.amending.number == "576" for a in d.amendments)
    # the wording point 20 has while suspended, which the point quotes, is the suspension's text
    assert [a.new_text for a in d.amendments if a.target_act.number == "76"] == [
        "Жаңа мәтін." if text is KK_SUSPENDS else "Новый текст."]  # (stored, as a point's text is, without its number)
    assert {a.new_text for a in d.amendments if a.target_act.number == "496"} == {None} and not d.unparsed


# an order suspending sub-points of another and, in a point of its own, giving for that time the wording of a point of
# that order's rules (order № 452 of 2024 of the Ministry of Finance, suspending sub-points of order № 927 of 2021)
RU_INTERIM_POINT = ("Т\n\nПриказ Министра финансов Республики Казахстан от 16 июля 2024 года № 452\n\nПРИКАЗЫВАЮ:\n\n"
                    "1. Приостановить до 1 августа 2024 года действие подпунктов 3) и 4) пункта 1 приказа Министра "
                    "финансов Республики Казахстан от 13 сентября 2021 года № 927 «Об утверждении формы декларации о "
                    "доходах и имуществе физического лица и правил ее составления» (зарегистрирован в Реестре "
                    "государственной регистрации нормативных правовых актов под № 24367) (далее – Приказ).\n\n"
                    "2. На период приостановления подпунктов 3) и 4) Приказа, пункт 2 Правил составления декларации о "
                    "доходах и имуществе физического лица (форма 270.00) согласно приложению 2 к вышеуказанному Приказу "
                    "изложить в следующей редакции:\n\n   «2. Декларация представляется ежегодно.\n\n   с 2024 года:\n\n"
                    "   работниками государственных учреждений и их супругами.».\n\n"
                    "3. Настоящий приказ вводится в действие со дня его первого официального опубликования.\n")
KK_INTERIM_POINT = ("Т\n\nҚазақстан Республикасы Қаржы министрінің 2024 жылғы 16 шілдедегі № 452 бұйрығы\n\nБҰЙЫРАМЫН:\n\n"
                    "1. «Жеке тұлғаның кірістері мен мүлкі туралы декларацияның нысанын және оны жасау қағидаларын бекіту "
                    "туралы» Қазақстан Республикасы Қаржы министрінің 2021 жылғы 13 қыркүйектегі № 927 бұйрығының (бұдан "
                    "әрі - Бұйрық) (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде №24367 болып тіркелген) "
                    "1-тармағы 3) және 4) тармақшасының қолданысы 2024 жылғы 1 тамызға дейін тоқтатыла тұрсын.\n\n"
                    "2. Бұйрықтың 3) және 4) тармақшасының қолданысы тоқтатылған кезеңде Жеке тұлғаның кірістері мен "
                    "мүлкі туралы декларацияны жасау қағидаларының (270 нысан) 2-тармағы жоғарыда көрсетілген Бұйрыққа "
                    "2-қосымшаға сәйкес мынадай редакцияда жазылсын:\n\n   «2. Декларация жыл сайын ұсынылады.\n\n"
                    "   2024 жылдан бастап:\n\n   мемлекеттік мекемелердің жұмыскерлері ұсынады.».\n\n"
                    "3. Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n")


@pytest.mark.parametrize("text", [RU_INTERIM_POINT, KK_INTERIM_POINT], ids=["ru", "kk"])
def test_a_point_giving_a_unit_s_wording_while_a_suspension_lasts_is_that_unit_s_interim_wording(text):
    d = doc(text)
    got = [(a.effect, a.target_act.number, a.path, a.until) for a in d.amendments]
    assert got == [("Suspension", "927", (("point", "1"), ("subpoint", "3")), "2024-08-01"),
                   ("Suspension", "927", (("point", "1"), ("subpoint", "4")), "2024-08-01"),
                   ("Suspension", "927", (("appendix", "2"), ("point", "2")), "2024-08-01")]
    wording = d.amendments[-1].new_text
    assert wording.startswith("Декларация") and wording.endswith(("супругами.", "ұсынады.")) and not d.unparsed


def test_a_sub_point_of_a_point_s_first_part_is_the_point_s_sub_point():
    # Ministry of Finance, 2021 (order № 196): "подпункта 6) части первой пункта 36" is sub-point 6 of point 36 (the
    # first part's list is the point's own, as the reader builds a point); never part 1 of that sub-point
    text = ("# О приостановлении\n\nПриказ Министра финансов Республики Казахстан от 10 марта 2021 года № 196\n\n"
            "ПРИКАЗЫВАЮ:\n\n1. Приостановить до 1 января 2022 года действие пункта 26, подпункта 6) части первой пункта "
            "36, подпунктов 2) и 4) пункта 70, подпункта 2) части второй пункта 113, абзаца второго подпункта 3) пункта "
            "149 Правил осуществления закупок товаров, работ, услуг национальными управляющими холдингами, "
            "утвержденных приказом Первого заместителя Премьер-Министра Республики Казахстан – Министра финансов "
            "Республики Казахстан от 31 октября 2019 года № 1201 «Об утверждении Правил осуществления закупок».\n")
    d = doc(text)
    a1 = ("appendix", "1")
    assert [(a.effect, a.target_act.number, a.path, a.until) for a in d.amendments] == [
        ("Suspension", "1201", (a1, ("point", "26")), "2022-01-01"),
        ("Suspension", "1201", (a1, ("point", "36"), ("subpoint", "6")), "2022-01-01"),
        ("Suspension", "1201", (a1, ("point", "70"), ("subpoint", "2")), "2022-01-01"),
        ("Suspension", "1201", (a1, ("point", "70"), ("subpoint", "4")), "2022-01-01"),
        ("Suspension", "1201", (a1, ("point", "113"), ("part", "2"), ("subpoint", "2")), "2022-01-01"),
        ("Suspension", "1201", (a1, ("point", "149"), ("subpoint", "3"), ("textparagraph", "2")), "2022-01-01")]


@pytest.mark.parametrize("note", [
    "Сноска. Пункт 5 утратил силу приказом Министра труда и социальной защиты населения РК от 01.02.2026 № 10 "
    "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).",
    "Ескерту. 5-тармақтың күші жойылды - ҚР Еңбек және халықты әлеуметтік қорғау министрінің 01.02.2026 № 10 "
    "(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.",
], ids=["ru", "kk"])
def test_a_point_that_loses_force_is_deleted_and_its_act_stays_in_force(note):
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    d = doc(_head(note) + ("БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n5. Мәтін.\n\n" if _kk(note) else
                           "ПРИКАЗЫВАЮ:\n\n1. Утвердить.\n\n5. Текст.\n\n") + note + "\n")
    (ev,) = d.amendments
    assert (ev.effect, ev.path, ev.amending.number) == ("Deletion", (("point", "5"),), "10")
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    assert not [q for q in quads if q.predicate.value.endswith(("#repeals", "#repealed_by"))]


# an older order in the portal's preformatted runs (order № 87 of 1999 of the Ministry of Justice): the
# operative point suspends a whole act until a day ("көкек": the older name of April)
KK_SUSPENDS_ACT = ("# 1999 жылғы 8 қазандағы N 81 бұйрықтың қолданылуын тоқтата тұру туралы\n\n```\n"
                   "\"Нормативтік құқықтық актілері туралы\" 1998 жылдың 24 наурыздағы\n\nZ980213_\n\n"
                   "Қазақстан Республикасы Заңының 40-бабының 1-ші тармағына сәйкес,\nБұйырамын:\n"
                   "1. \"Қазақстан Республикасы Әділет министрінің 1998 жылғы 28 шілдедегі\n"
                   "N 539 бұйрығына өзгерістер енгізу туралы\" Қазақсан Республикасы Әділет\n"
                   "министрінің 1999 жылғы 8 қазандағы N 81\n\nV990949_\n\nбұйрығының қолданылуы\n"
                   "2000 жылдың 1 көкегіне дейін тоқтатыла тұрсын.\n2. Осы бұйрық нормативтік құқықтық акті есебінде "
                   "мемлекеттік\nтіркелген күнінен бастап күшіне енеді.\nМинистр\n```\n")


@pytest.mark.parametrize("text", [KK_SUSPENDS_ACT, OLD_FENCE_RU], ids=["kk", "ru"])
def test_a_suspension_order_naming_no_unit_suspends_the_act(text):
    d = doc_meta(text, "kaz.md", "87", "1999-11-08", "103001000000")
    (ev,) = [a for a in d.amendments if a.effect == "Suspension"]
    assert (ev.target_act.number, ev.target_act.date, ev.path, ev.until) == ("81", "1999-10-08", (), "2000-04-01")
    assert ev.target_act.issuer.kk == "Әділет министрлігі"  # "Қазақсан Республикасы Әділет министрінің" as typed


# older orders repeal with "деп есептелсін" / "считать утратившим силу", the Kazakh one with the title
# between the issuer, shortened to one word, and the date (order № 2 of 2000 of the Ministry of Internal Affairs)
@pytest.mark.parametrize("point", [
    "4. Қазақстан Республикасы Ішкіісминінің \"Қазақстан Республикасы Ішкіісминінің \"Күзет\" РМК-ның арнайы "
    "әскериленген күзет қызметтерін құру туралы\" 1999 жылғы 10 қыркүйектегі N 452 бұйрығының күші жойылды деп "
    "есептелсін.",
    "4. Приказ МВД Республики Казахстан от 10 сентября 1999 года N 452 \"О создании специальных военизированных "
    "служб охраны РГП \"Кузет\" МВД Республики Казахстан\" считать утратившим силу.",
], ids=["kk", "ru"])
def test_an_older_repeal_point_repeals_the_act_it_names(point):
    kk = "туралы" in point
    head = ("Т\n\nҚазақстан Республикасы Ішкі істер министрінің 2000 жылғы 4 қаңтардағы N 2 бұйрығы\n\nБҰЙЫРАМЫН:\n\n"
            if kk else "Т\n\nПриказ Министра внутренних дел Республики Казахстан от 4 января 2000 года N 2\n\nПРИКАЗЫВАЮ:\n\n")
    d = doc(head + "1. Создать службы.\n\n" + point + "\n")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.target_act.date, ev.path) == ("Repeal", "452", "1999-09-10", ())
    assert ev.target_act.issuer.kk == "Ішкі істер министрлігі"
    assert ev.target_act.title.endswith("Күзет\" РМК-ның арнайы әскериленген күзет қызметтерін құру туралы" if kk
                                        else "РГП \"Кузет\" МВД Республики Казахстан")


# an older order of the Ministry of Internal Affairs (№ 2 of 2000): no day of entry into force, the signature
# and the appendix's stamp in fences, "Приложение N 1" / "N 1 қосымша", chapters in Roman numerals, a chapter's
# heading wrapped over paragraphs
OLD_RULES = {
    "ru": ("# О создании специальных военизированных служб охраны\n\nВ целях совершенствования службы приказываю:\n\n"
           "1. Создать специальные военизированные службы охраны.\n\n"
           "2. Утвердить: \"Правила организации службы специальных военизированных служб охраны\" (Приложение N 1).\n\n"
           "```\nМинистр внутренних дел\nРеспублики Казахстан\n```\n\n"
           "```\nПриложение N 1\nк приказу МВД РК\nот 4 января 2000 года\nN 2\n```\n\n```\nПРАВИЛА\n```\n\n"
           "организации службы специальных военизированных\n\nслужб охраны РГП \"Кузет\" МВД Республики Казахстан\n\n"
           "I. Общие положения\n\n1. Службы являются структурными подразделениями.\n\n"
           "IV. Порядок прохождения службы в специальных\n\nвоенизированных службах охраны РГП \"Кузет\"\n\n"
           "МВД Республики Казахстан\n\n19. На службу принимаются граждане.\n"),
    "kk": ("# Арнайы әскериленген күзет қызметтерін құру туралы\n\nКүзет бөлімшелерінің жұмысын жетілдіру мақсатында\n\n"
           "БҰЙЫРАМЫН:\n\n1\\. Арнайы әскериленген күзет қызметтері құрылсын.\n\n"
           "2\\. \"Арнайы әскериленген күзет қызметтерінің қызметін ұйымдастыру ережелері\" (N 1 қосымша) бекітілсін.\n\n"
           "```\nҚазақстан Республикасының\nІшкі істер министрі\nҚазақстан Республикасы\nІшкіісминінің\n"
           "2000 жылғы 4 қаңтардағы\nN 2 бұйрығына N 1 қосымша\nАрнайы әскериленген күзет қызметтерінің қызметін "
           "ұйымдастыру\nЕРЕЖЕЛЕРІ\nI. Жалпы ережелер\n```\n\n1\\. Қызметтер құрылымдық бөлімшелер болып табылады.\n\n"
           "IV. Қазақстан Республикасы Ішкіісминінің \"Күзет\" РМК-ның\n\nарнайы әскериленген күзет қызметтерінде "
           "қызмет өткеру тәртібі.\n\n19. Қызметке азаматтар қабылданады.\n"),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_an_older_order_with_its_rules_in_fences_and_roman_chapters(lang):
    d = doc_meta(OLD_RULES[lang], "rus.md" if lang == "ru" else "kaz.md", "2", "2000-01-04", "103003000000")
    a1 = ("appendix", "1")
    by_path = {u.path: u for u in d.units}
    assert {(("point", "1"),), (("point", "2"),)} <= set(by_path) and (("point", "3"),) not in by_path
    assert (by_path[(a1, ("chapter", "1"))].heading, by_path[(a1, ("chapter", "4"))].heading) == (
        ("Общие положения", "Порядок прохождения службы в специальных военизированных службах охраны РГП "
         "\"Кузет\" МВД Республики Казахстан") if lang == "ru" else
        ("Жалпы ережелер", "Қазақстан Республикасы Ішкіісминінің \"Күзет\" РМК-ның арнайы әскериленген күзет "
         "қызметтерінде қызмет өткеру тәртібі"))
    assert {(a1, ("chapter", "1"), ("point", "1")), (a1, ("chapter", "4"), ("point", "19"))} <= set(by_path)
    assert by_path[(a1,)].heading.endswith("Республики Казахстан" if lang == "ru" else "ұйымдастыру ЕРЕЖЕЛЕРІ")
    (signatory,) = d.signatories
    assert "внутренних дел" in signatory.role if lang == "ru" else "Ішкі істер министрі" in signatory.role
    assert not any("министр" in (u.text or "").lower() for u in d.units if u.path[:1] != (a1,))
    assert not d.unparsed and d.coverage == 1.0


# approvals of an older order (№ 111 of 2003 of the Ministry of Internal Affairs): each official with a rank,
# each date in the nominative, the last one right before the appendix's stamp; the minister signs with a rank
OLD_APPROVALS = ("# Нұсқаулықты бекiту туралы\n\nЖұмысты жетiлдiру мақсатында бұйырамын:\n\n"
                 "1. Нұсқаулық бекiтiлсiн (1-қосымша).\n\n"
                 "2. Осы бұйрық мемлекеттік тiркеуден өткен күнінен бастап күшiне енедi.\n\n"
                 "*Министр*\n\n*генерал-полковник*\n\n"
                 "\"Келісілді\"\n\nҚазақстан Республикасының\n\nҰлттық қауіпсіздік\n\nкомитетiнiң төрағасы\n\n"
                 "генерал-лейтенант\n\n2003 ж. 11 наурыз\n\n\"Келісілді\"\n\nҚазақстан Республикасының\n\n"
                 "Қорғаныс министрi\n\nармия-генералы\n\n2003 ж. 27 наурыз\n\n\"Келісілді\"\n\n"
                 "Қазақстан Республикасының\n\nДенсаулық сақтау министрі\n\n2003 ж. \"__\"________\n\n\"Келісілді\"\n\n"
                 "Қазақстан Республикасының\n\nТөтенше жағдайлар жөнiндегi\n\nагенттiгінің төрағасы\n\n2003 ж. 19 наурыз\n\n"
                 "> *Қазақстан Республикасы Ішкіісминінің*  \n> *2003 жылғы 1 наурыздағы N 111*  \n"
                 "> *бұйрығына 1-қосымша*\n\n## Iшкi iстер органдарының жұмысы туралы НҰСҚАУЛЫҚ\n\n"
                 "## 1. Жалпы ережелер\n\n1. Осы Нұсқаулық әзiрлендi.\n")


def test_older_approvals_with_ranks_and_dates_before_a_stamp():
    d = doc_meta(OLD_APPROVALS, "kaz.md", "111", "2003-03-01", "103003000000")
    assert [(a.org.en, a.blank_date) for a in d.approvals] == [
        ("National Security Committee", False), ("Ministry of Defence", False), ("Ministry of Health", True),
        ("Agency for Emergency Situations", False)]
    (signatory,) = d.signatories
    assert signatory.role == "Министр генерал-полковник"
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in {u.path for u in d.units}
    assert not d.unparsed


def test_an_older_repeal_formula_in_kazakh():
    d = doc("Т\n\nҚазақстан Республикасы Ішкі істер министрінің 2003 жылғы 1 наурыздағы N 111 бұйрығы\n\n"
            "БҰЙЫРАМЫН:\n\n1. Нұсқаулық бекітілсін.\n\n4. Қазақстан Республикасы Ішкі істер министрінің 1995 жылғы "
            "17 тамыздағы N 210 бұйрығы күшін жойды деп есептелсін.\n")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.target_act.date) == ("Repeal", "210", "1995-08-17")


# rules of 1996 (order № 217 of the Ministry of Internal Affairs): the operative part ends inside a fence that also
# holds the signature, the stamp and the title; the rules open with paragraphs and footnotes ("<*>",
# "Примечание.") before chapter I, and number points in the decimal way under arabic chapter headings
RULES_1996 = ("# О совершенствовании регистрационно-экзаменационной деятельности Госавтоинспекции\n\n"
              "В целях совершенствования деятельности Госавтоинспекции\n\nприказываю:\n\n"
              "1. Утвердить Правила государственной регистрации механических транспортных средств (Приложение 1).\n\n"
              "4. Считать утратившим силу приказ МВД РК от 28 января 1994 года\n\n```\nN 17.\n"
              "5. Контроль за выполнением данного Приказа возложить на Главное\nУправление ГАИ МВД Республики "
              "Казахстан (т. Ковальчук А.В.).\nМинистр внутренних дел\nРеспублики Казахстан\nПриложение N 1\n"
              "К Приказу МВД\nРеспублики Казахстан\nот 24 июня 1996 г. N 217\nПРАВИЛА\n"
              "государственной регистрации автомототранспортных\nсредств и прицепов к ним в Республике Казахстан\n<*>\n"
              "Примечание. В дальнейшем именуются Правилами.\n```\n\n"
              "Регистрация автомоторанспортных средств с рабочим объемом двигателя более 50 куб. см и прицепов к ним "
              "<*> , производится на основании действующего законодательства Республики Казахстан.\n\n"
              "<a id=\"pi\"></a>\n\nI. Общие положения\n\n1.1 Настоящие Правила устанавливают единый порядок "
              "государственной регистрации.\n\n1.2 Правила обязательны для всех юридических лиц <*> .\n\n"
              "> *Сноска. В дальнейшем именуются владельцами.*\n\n1.4.1 В период времени, отведенного на регистрацию, "
              "разрешается эксплуатировать транспортное средство.\n\n2\\. Действия, совершаемые регистрационными "
              "пунктами\n\n2.1 Регистрационные пункты совершают следующие действия:\n\n2.1.1 Регистрируют транспортные "
              "средства.\n\n2.2 Регистрационное делопроизводство осуществляется в порядке, предусмотренном Правилами.\n")


def test_rules_of_1996_decimal_points_chapters_and_opening_paragraphs():
    d = doc_meta(RULES_1996, "rus.md", "217", "1996-06-23", "103003000000")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.target_act.date) == ("Repeal", "17", "1994-01-28")
    a1 = ("appendix", "1")
    units = {u.path: u for u in d.units}
    assert units[(a1,)].heading == ("ПРАВИЛА государственной регистрации автомототранспортных средств и прицепов к "
                                    "ним в Республике Казахстан")
    assert [units[(a1, ("textparagraph", str(k)))].text[:12] for k in (1, 2)] == ["Примечание. ", "Регистрация "]
    c1, c2 = (a1, ("chapter", "1")), (a1, ("chapter", "2"))
    assert (units[c1].heading, units[c2].heading) == ("Общие положения", "Действия, совершаемые регистрационными пунктами")
    assert {c1 + (("point", "1.1"),), c1 + (("point", "1.2"),), c1 + (("point", "1.4.1"),), c2 + (("point", "2.1"),),
            c2 + (("point", "2.1.1"),), c2 + (("point", "2.2"),)} <= set(units)
    assert (a1, ("point", "2")) not in units and units[c1 + (("point", "1.2"),)].text.endswith("владельцами.")
    assert not d.unparsed


# an order of 2001 of the Ministry of Justice (№ 105): its repeal point names the body's own earlier order by date,
# number and kind alone; the portal's editors are named under the text
OLD_JUSTICE = ("# Әділет органдарында мемлекеттік тілді одан әрі дамыту жөніндегі шаралар туралы\n\n"
               "Мемлекеттiк тiлдi одан әрi дамыту үшiн жағдай жасау мақсатында\n\nБҰЙЫРАМЫН:\n\n"
               "1\\. Қоса берiлiп отырған Конкурс өткiзу қағидалары бекiтiлсiн.\n\n```\n"
               "2. \"Қазақстан Республикасының әдiлет органдарында және соттарында\nмемлекеттiк тiлдi одан әрi "
               "дамыту жөнiндегi шаралар туралы\" 2000 жылғы 14\nсәуiрдегi N 34 бұйрықтың күшi жойылды деп танылсын.\n"
               "Министр\nҚазақстан Республикасы\nӘдiлет министрiнiң\n2001 жылғы 24 тамыздағы\nN 105 бұйрығымен бекiтiлген\n"
               "Конкурс өткiзу қағидалары\n```\n\n1\\. Конкурс әдiлет органдарының қызметкерлерi арасында өткiзiледi.\n\n"
               "```\nМамандар:\nОмарбекова А.Т.\nИкебаева Ә.Ж.\n```\n")


def test_a_repeal_of_the_body_s_own_order_and_the_portal_s_editors():
    d = doc_meta(OLD_JUSTICE, "kaz.md", "105", "2001-08-24", "103001000000")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.target_act.date, ev.target_act.issuer.en) == (
        "Repeal", "34", "2000-04-14", "Ministry of Justice")
    assert ev.target_act.title.startswith("Қазақстан Республикасының әділет органдарында және соттарында")
    last = {u.path: u for u in d.units}[(("appendix", "1"), ("point", "1"))]
    assert last.text == "Конкурс әділет органдарының қызметкерлері арасында өткізіледі."  # no editors' names
    assert not d.unparsed and [s.role for s in d.signatories] == ["Министр"]


def test_an_approval_dated_in_figures():
    text = ("Т\n\nПриказ Министра внутренних дел Республики Казахстан от 3 апреля 2002 года № 223\n\nприказываю:\n\n"
            "1\\. Утвердить прилагаемые Правила.\n\n*Министр*\n\n\"Согласовано\"\n\nМинистр труда и социальной\n\n"
            "защиты населения\n\nРеспублики Казахстан\n\n12.05.2002 г.\n\n> *Утверждены*  \n> *приказом МВД*  \n"
            "> *Республики Казахстан*  \n> *от 3 апреля 2002 г. N 223*\n\n## Правила\n\n1\\. Стаж исчисляется.\n")
    (approval,) = doc(text, "rus.md").approvals
    assert approval.org.en == "Ministry of Labour and Social Protection of the Population"


# standards of state services (Ministry of Justice, 2008): the Prosecutor General approves in the nominative, dated
# with the month in words ("8 қаңтар 2009 жыл"), the date not part of the organisation's name
@pytest.mark.parametrize("name,block", [
    ("kaz.md", '"Келісілген"\n\n*Қазақстан Республикасының*\n\n*Бас прокуроры*\n\n*Р.Т. Түсіпбеков __________*\n\n'
               "*8 қаңтар 2009 жыл*\n\n"),
    ("rus.md", "*«Согласовано»*\n\n*Генеральный прокурор*\n\n*Республики Казахстан*\n\n*Тусупбеков Р.Т.______*\n\n"
               "*8 января 2009 года*\n\n"),
], ids=["kk", "ru"])
def test_the_prosecutor_general_approves_on_a_day_in_words(name, block):
    order = ("1. Осы бұйрық алғаш ресми жарияланған күнінен бастап 14 күн өткен соң қолданысқа енгізіледі.\n\n"
             if name == "kaz.md" else
             "1. Настоящий приказ вводится в действие по истечении 14 дней со дня его первого официального опубликования.\n\n")
    text = "# Т\n\n" + ("БҰЙЫРАМЫН:" if name == "kaz.md" else "ПРИКАЗЫВАЮ:") + "\n\n" + order + "*Министр З. Балиева*\n\n" + block
    (approval,) = doc_meta(text, name, "320", "2008-11-26", "103001000000").approvals
    assert approval.org.en == "Prosecutor General's Office"
    assert "2009" not in approval.text and approval.person is not None and not approval.blank_date


# a regulation published alone, with no ordering word (Положение о Центральной аттестационной комиссии, 1998):
# its first point is a point, not a preamble
def test_a_regulation_without_an_ordering_word_keeps_its_first_point():
    text = ("# Положение о Центральной аттестационной комиссии\n\n1. Центральная аттестационная комиссия создается "
            "для рассмотрения жалоб на решения региональных аттестационных комиссий.\n\n2. Центральная комиссия "
            "образуется Министром юстиции Республики Казахстан.\n\n8. Центральная комиссия принимает одно из следующих "
            "решений:\n\n- об аттестации (с одновременной отменой решения региональной\n\n```\nаттестационной комиссии);\n"
            "- о согласии с решением региональной аттестационной комиссии\nо не аттестации.\n9. Лицо, подавшее жалобу "
            "на решение региональной аттестационной\nкомиссии вправе присутствовать на заседании Центральной комиссии.\n```\n")
    d = doc_meta(text, "rus.md", "280", "1998-04-09", "103001000000")
    units = {u.path: u.text for u in d.units}
    assert units[(("point", "1"),)].startswith("Центральная аттестационная комиссия создается")
    assert units[(("point", "9"),)] == ("Лицо, подавшее жалобу на решение региональной аттестационной комиссии вправе "
                                        "присутствовать на заседании Центральной комиссии.")
    assert "о согласии с решением региональной аттестационной комиссии о не аттестации." in units[(("point", "8"),)]
    assert not d.unparsed


@pytest.mark.parametrize("point,date,rule", [
    ("4. Осы бұйрық қол қойылған күнінен бастап күшіне енеді.", "2024-06-24", None),
    ("2. Осы бұйрық нормативтік құқықтық акті есебінде мемлекеттік тіркелген күнінен бастап күшіне енеді.", None,
     "Осы бұйрық нормативтік құқықтық акті есебінде мемлекеттік тіркелген күнінен бастап күшіне енеді."),
    ("2. Настоящий приказ вступает в силу со дня государственной регистрации в качестве нормативного правового акта.",
     None, "Настоящий приказ вступает в силу со дня государственной регистрации в качестве нормативного правового акта."),
], ids=["kk-signing", "kk-registration", "ru-registration"])
def test_entry_into_force_in_the_words_comes_into_force(point, date, rule):
    from kg.parse.header import in_force_of

    assert in_force_of(point, "2024-06-24") == (date, rule)


def test_a_long_signature_with_a_rank_ends_the_points():
    text = ("Т\n\nҚазақстан Республикасы Ішкі істер министрінің 2024 жылғы 24 маусымдағы № 516 бұйрығы\n\n"
            "БҰЙЫРАМЫН:\n\n1. Прейскурант бекітілсін.\n\n4. Осы бұйрық қол қойылған күнінен бастап күшіне енеді.\n\n"
            "**Қазақстан Республикасының Ішкі істер министрі полиция генерал-лейтенанты**\n\n**Е. Саденов**\n")
    d = doc(text, "kaz.md")
    assert d.act.in_force == "2024-06-24"
    (signatory,) = d.signatories
    assert (signatory.role, signatory.name) == (
        "Қазақстан Республикасының Ішкі істер министрі полиция генерал-лейтенанты", "Е. Саденов")
    assert {u.text for u in d.units if u.path == (("point", "4"),)} == {"Осы бұйрық қол қойылған күнінен бастап күшіне енеді."}


# a new wording given as the amending order's own appendix, under the stamp of the amended order's appendix
# (the form of amending orders: "4-қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын")
OWN_APPENDIX = {
    "kk": ("Т\n\nҚазақстан Республикасы Ішкі істер министрінің 2020 жылғы 27 қыркүйектегі № 519 бұйрығы\n\nБҰЙЫРАМЫН:\n\n"
           "1. Қазақстан Республикасы Ішкі істер министрінің 2019 жылғы 10 қарашадағы № 568 бұйрығына мынадай өзгерістер "
           "енгізілсін:\n\n4-қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын.\n\n"
           "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n\nМинистр\n\n"
           "> *Қазақстан Республикасы Ішкі істер министрінің*  \n> *2020 жылғы 27 қыркүйектегі*  \n"
           "> *№ 519 бұйрығына қосымша*\n\n> *Қазақстан Республикасы Ішкі істер министрінің*  \n"
           "> *2019 жылғы 10 қарашадағы*  \n> *№ 568 бұйрығына 4-қосымша*\n\n## Бекеттердің орналасуы\n\n"
           "1. Иртыш бекеті.\n\n2. Тенгиз бекеті.\n"),
    "ru": ("Т\n\nПриказ Министра внутренних дел Республики Казахстан от 27 сентября 2020 года № 519\n\nПРИКАЗЫВАЮ:\n\n"
           "1. Внести в приказ Министра внутренних дел Республики Казахстан от 10 ноября 2019 года № 568 следующие "
           "изменения:\n\nприложение 4 изложить в новой редакции согласно приложению к настоящему приказу.\n\n"
           "2. Настоящий приказ вводится в действие со дня его подписания.\n\nМинистр\n\n"
           "> *Приложение к приказу*  \n> *Министра внутренних дел*  \n> *от 27 сентября 2020 года № 519*\n\n"
           "> *Приложение 4 к приказу*  \n> *Министра внутренних дел*  \n> *от 10 ноября 2019 года № 568*\n\n"
           "## Размещение постов\n\n1. Пост Иртыш.\n\n2. Пост Тенгиз.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_new_wording_in_the_amending_order_s_own_appendix(lang):
    d = doc(OWN_APPENDIX[lang], "kaz.md" if lang == "kk" else "rus.md")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.path, ev.from_appendix) == ("Substitution", "568", (("appendix", "4"),), "1")
    assert ev.new_text.split("\n")[1:] == (["Иртыш бекеті.", "Тенгиз бекеті."] if lang == "kk" else
                                          ["Пост Иртыш.", "Пост Тенгиз."])
    own = {u.path for u in d.units if u.act.number == "519"}
    assert {(("appendix", "1"), ("point", "1")), (("appendix", "1"), ("point", "2"))} <= own
    assert (("appendix", "4"),) not in own  # the amended order's stamp is a heading, not a second appendix
    (target,) = [u for u in d.units if u.act.number == "568"]
    assert target.text == ev.new_text and not d.unparsed and not d.instructions_failed


# consolidation notes of older orders of the Ministry of Internal Affairs (№ 111 of 2003, № 97 of 2005)
@pytest.mark.parametrize("note,want", [
    ("> *Ескерту. Барлық мәтін бойынша \"Астана, Алматы қалаларының ІІББ\" деген сөздер \"Астана және Алматы "
     "қалаларының ІІД\" деген сөздермен ауыстырылды - ҚР Ішкі істер министрінің 2006 жылғы 25 шілдедегі N 372 (бұйрық "
     "алғаш ресми жарияланған күнінен бастап он күн өткеннен кейін қолданысқа енгізіледі) бұйрығымен.*",
     ("WordReplacement", "372", "2006-07-25", (), "Астана, Алматы қалаларының ІІББ", "Астана және Алматы қалаларының ІІД")),
    ("> *Сноска. В заголовок приказа вносятся изменения на государственном языке, текст на русском языке не меняется, "
     "в соответствии с приказом Министра внутренних дел РК от 21.06.2016 № 660 (вводится в действие по истечении десяти "
     "календарных дней после дня его первого официального опубликования).*",
     ("Modification", "660", "2016-06-21", (("title", ""),), None, None)),
], ids=["kk-words-throughout", "ru-title-in-kazakh-only"])
def test_older_consolidation_notes(note, want):
    kk = "Ескерту" in note
    text = "# Т\n\n" + note + "\n\n" + ("БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n" if kk else "ПРИКАЗЫВАЮ:\n\n1. Утвердить.\n")
    d = doc_meta(text, "kaz.md" if kk else "rus.md", "97", "2005-02-11", "103003000000")
    (ev,) = d.amendments
    assert (ev.effect, ev.amending.number, ev.amending.date, ev.path, ev.old_words, ev.new_words) == want
    assert ev.amending.issuer.en == "Ministry of Internal Affairs" and ev.from_note and not d.unparsed


# a professional standard's profession cards (order № 225 of 2015 of the Ministry of Internal Affairs), cut to
# one card and the next card's first rows, in the words of its Russian and Kazakh texts
CARDS = {
    "ru": ("КАРТОЧКА ПРОФЕССИИ «Пожарный»", "Код профессии", "5161", "Наименование профессии", "Пожарный",
           "Уровень квалификации по ОРК", "Уровень профессионального образования",
           "Общее среднее образование и специальная подготовка.\nТехническое и профессиональное на базе основного "
           "среднего образования.", "Трудовые функции", "1. Проводит работы по тушению пожаров, спасению людей.",
           "2. Проводит отработку нормативов по пожарно-спасательной подготовке.",
           "Трудовая функция 1\nПроводит работы по тушению пожаров, спасению людей.",
           "Умение и навыки:\n1. Определяет вид огнетушащего средства.\n2. Оказывает доврачебную помощь пострадавшим.",
           "Знания:\n1. Знания тактики тушения, требований безопасности.", "Требования к личностным компетенциям.",
           "Самоорганизация и дисциплина.\nКоммуникабельность.", "КАРТОЧКА ПРОФЕССИИ «Пожарный – спасатель»", "5163, 5163"),
    "kk": ("«Өрт сөндіруші» Кәсібінің карточкасы", "Кәсіп коды", "5161", "Кәсіп атауы", "Өрт сөндіруші",
           "СБШ бойынша біліктілік деңгейі", "Кәсіби білімнің деңгейі",
           "Жалпы орта білім және арнайы даярлық.\nНегізгі орта білім базасында техникалық және кәсіби білім.",
           "Еңбек функциялары", "1. Өрттерді сөндіру, адамдарды құтқару бойынша жұмыстар жүргізеді.",
           "2. Өрт сөндіру-құтқару дайындығы бойынша нормативтерді тексеруді жүргізеді.",
           "1-еңбек функциясы\nӨрттерді сөндіру, адамдарды құтқару бойынша жұмыстар жүргізеді.",
           "Машық және дағдылар:\n1. Өрт сөндіру бүріккіш құралдарының түрлерін анықтайды.\n2. Зардап шеккендерге "
           "дәрігерге дейінгі көмек көрсетеді.", "Білімі:\n1. Сөндіру тактикасын, қауіпсіздік талаптарын білу.",
           "Жеке құзыреттілікке қойылатын талаптар", "Өзін-өзі ұйымдастыру және тәртіп.\nТіл табысқыштық.",
           "«Өрт сөндіруші құтқарушы» Кәсібінің карточкасы", "5163, 5163"),
}


def _cards_text(lang: str) -> str:
    (h1, code, n1, name, label, level, edu, edu_v, duties, d1, d2, fn, skills, knows, comp, comp_v, h2, n2) = CARDS[lang]
    row = "<tr>\n<td>{}</td>\n<td colspan=\"3\">\n{}\n</td>\n</tr>\n".format
    stamp = ("> *Приложение*  \n> *к профессиональному стандарту*\n\n" if lang == "ru" else
             "> *Кәсіби стандартқа*  \n> *қосымша*\n\n")
    return ("# Т\n\n" + ("ПРИКАЗЫВАЮ:\n\n1. Утвердить профессиональный стандарт.\n\n" if lang == "ru" else
                         "БҰЙЫРАМЫН:\n\n1. Кәсіби стандарт бекітілсін.\n\n") + stamp + "<table>\n"
            f"<tr>\n<td colspan=\"4\">\n<strong>{h1}</strong>\n</td>\n</tr>\n" + row(code, n1) + row(name, label)
            + row(level, "3") + row(edu, edu_v) + f"<tr>\n<td rowspan=\"2\">{duties}</td>\n<td colspan=\"3\">{d1}</td>\n</tr>\n"
            f"<tr>\n<td colspan=\"3\">{d2}</td>\n</tr>\n<tr>\n<td rowspan=\"2\">\n{fn}\n</td>\n<td colspan=\"3\">\n{skills}\n"
            f"</td>\n</tr>\n<tr>\n<td colspan=\"3\">\n{knows}\n</td>\n</tr>\n" + row(comp, comp_v)
            + f"<tr>\n<td colspan=\"4\">\n<strong>{h2}</strong>\n</td>\n</tr>\n" + row(code, n2) + "</table>\n")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_profession_cards_of_a_professional_standard_are_positions(lang):
    d = doc_meta(_cards_text(lang), "rus.md" if lang == "ru" else "kaz.md", "225", "2015-03-16", "103003000000")
    first, second = d.positions
    assert (first.label, first.codes, second.label, second.codes) == (
        ("Пожарный", ("5161",), "Пожарный – спасатель", ("5163",)) if lang == "ru" else
        ("Өрт сөндіруші", ("5161",), "Өрт сөндіруші құтқарушы", ("5163",)))
    assert first.path == (("appendix", "1"), ("table", "1")) and first.row != second.row
    assert len(first.duties) == 2 and first.duties[0].endswith(("спасению людей.", "жұмыстар жүргізеді."))
    (knowledge,) = first.knowledge
    assert knowledge.startswith("Знания тактики" if lang == "ru" else "Сөндіру тактикасын")
    assert len(first.competencies) == 4  # two skills of the labour function, two personal competencies
    assert first.education_levels == ("technical-vocational",) and first.requirements[0].endswith(": 3")
    assert not d.unparsed


# the profession card of a professional standard of 2024 (order № 139 of the Ministry of Justice), in the words of
# its two texts: numbered as the chapter's point 9, the labour functions listed under "obligatory" and described
# skill by skill, each with its abilities and knowledge in cells of their own; the passport lists the codes of
# the classifier of activities with their meanings ("69.10 - …"), no points of the standard
CARD_2024 = {
    "ru": ("Глава 2. Паспорт профессионального стандарта", "Указание секции, раздела, группы, класса и подкласса "
           "согласно ОКЭД:", "М - Профессиональная, научная и техническая деятельность;", "69.1 - Деятельность в "
           "области права;", "69.10.9 – прочая деятельность в области права.", "Глава 3. Карточки профессий",
           "9. Карточка профессии «Специалист по интеллектуальной собственности»", "Код группы", "2611-3",
           "Код наименования занятия", "2611-3-007", "Уровень квалификации по ОРК",
           "Уровень профессионального образования (специальность)", "Высшее образование (6B042 право (юриспруденция, "
           "международное право) и/или послевузовское образование", "Перечень трудовых функций",
           "Обязательные трудовые функции:", "1. Проведение экспертизы объектов промышленной собственности",
           "2. Ведение Государственных реестров объектов промышленной собственности",
           "Дополнительные трудовые функции:", "Трудовая функция 1:\nПроведение экспертизы объектов промышленной "
           "собственности", "Навык 1:\nРассмотрение заявок на объекты промышленной собственности",
           "Умения:\n1. Проверять правильность заполнения сведений по заявкам;\n2. Вести деловую переписку по заявке.",
           "Знания:\n1. Методы бизнес-процессов в организации.", "Требования к личностным компетенциям",
           "Стратегическое и системное мышление\nНавыки эффективной коммуникации", "Глава 4. Технические данные "
           "профессионального стандарта"),
    "kk": ("2-тарау. Кәсіптік стандарттың паспорты", "ЭҚЖЖ бойынша секцияның, бөлімнің, топтың, сыныптың және кіші "
           "сыныптың көрсетілуі:", "М - Кәсіби, ғылыми және техникалық қызмет;", "69.1 - Құқық саласындағы қызмет;",
           "69.10.9 - құқық саласындағы өзге де қызмет.", "3-тарау. Кәсіп карточкалары",
           "9. «Зияткерлік меншік жөніндегі маман» мамандығының карточкасы", "Топтың коды", "2611-3",
           "Қызметтер атауының коды", "2611-3-007", "СБШ бойынша біліктілік деңгейі",
           "Кәсіптік білім\nдеңгейі (мамандық)", "Жоғары білім (6B042 құқық (құқықтану, халықаралық құқық), "
           "және/немесе жоғары оқу орнынан кейінгі білімі", "Еңбек функцияларының тізбесі",
           "Міндетті еңбек функциялары:", "1. Өнеркәсіптік меншік объектілеріне сараптама жүргізу",
           "2. Өнеркәсіптік меншік объектілерінің мемлекеттік тізілімдерін жүргізу", "Қосымша еңбек функциялары:",
           "1-еңбек функциясы:\nӨнеркәсіптік меншік объектілеріне сараптама жүргізу",
           "1-дағды:\nӨнеркәсіптік меншік объектілеріне өтінімдерді қарау",
           "Машықтар:\n1. Өтінімдер бойынша мәліметтерді толтырудың дұрыстығын тексеру;\n2. Өтінім бойынша іскерлік "
           "хат алмасуды жүргізу.", "Білім:\n1. Ұйымдағы бизнес-процестердің әдістері.",
           "Жеке құзыреттерге қойылатын талаптар", "Стратегиялық және жүйелік ойлау\nТиімді қарым-қатынас дағдылары",
           "4-тарау. Кәсіби стандарттың техникалық деректері"),
}


def _card_2024_text(lang: str) -> str:
    (ch2, p6, c1, c2, c3, ch3, head, group, n1, occupation, n2, level, edu, edu_v, duties, must, d1, d2, extra, fn,
     skill, abilities, knows, comp, comp_v, ch4) = CARD_2024[lang]
    row = "<tr>\n<td>{}</td>\n<td colspan=\"2\">{}</td>\n</tr>\n".format
    return ("# Т\n\n" + ("ПРИКАЗЫВАЮ:\n\n1. Утвердить профессиональный стандарт.\n\n> *Приложение к приказу*\n\n"
                         if lang == "ru" else "БҰЙЫРАМЫН:\n\n1. Кәсіптік стандарт бекітілсін.\n\n> *Бұйрыққа қосымша*\n\n")
            + f"## С\n\n### {ch2}\n\n6. {p6}\n\n   {c1}\n\n   {c2}\n\n   {c3}\n\n### {ch3}\n\n<table>\n"
            f"<tr>\n<td colspan=\"3\">{head}</td>\n</tr>\n" + row(group, n1) + row(occupation, n2) + row(level, "6")
            + row(edu, edu_v) + f"<tr>\n<td rowspan=\"3\">{duties}</td>\n<td rowspan=\"2\">{must}</td>\n<td>{d1}</td>\n"
            f"</tr>\n<tr>\n<td>{d2}</td>\n</tr>\n<tr>\n<td>{extra}</td>\n<td>-</td>\n</tr>\n<tr>\n<td rowspan=\"2\">\n"
            f"{fn}\n</td>\n<td rowspan=\"2\">\n{skill}\n</td>\n<td>\n{abilities}\n</td>\n</tr>\n<tr>\n<td>\n{knows}\n"
            f"</td>\n</tr>\n" + row(comp, "\n" + comp_v + "\n") + f"</table>\n\n### {ch4}\n\n10. Т.\n")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_profession_card_of_a_2024_professional_standard_is_a_position(lang):
    d = doc_meta(_card_2024_text(lang), "rus.md" if lang == "ru" else "kaz.md", "139", "2024-02-14", "103001000000")
    (card,) = d.positions
    assert card.label == ("Специалист по интеллектуальной собственности" if lang == "ru"
                          else "Зияткерлік меншік жөніндегі маман")
    assert card.codes == ("2611-3-007",) and card.requirements[0].endswith(": 6")
    assert card.education_levels == ("higher", "postgraduate")
    assert [x.split()[0] for x in card.duties] == (["Проведение", "Ведение"] if lang == "ru" else ["Өнеркәсіптік"] * 2)
    assert len(card.competencies) == 4 and card.competencies[0].startswith(("Проверять", "Өтінімдер"))
    assert card.knowledge == (("Методы бизнес-процессов в организации.",) if lang == "ru"
                              else ("Ұйымдағы бизнес-процестердің әдістері.",))
    passport = [u for u in d.units if u.path[-2:-1] == (("chapter", "2"),) or u.path[-1] == ("chapter", "2")]
    assert [u.path[-1] for u in passport] == [("chapter", "2"), ("point", "6")]  # the codes are the point's text
    assert "69.10.9" in "\n".join(u.text or "" for u in d.units if ("point", "6") in u.path)
    assert not d.unparsed


# typical qualification characteristics of 2020 (order № 623 of the Ministry of Internal Affairs): each chapter
# numbers its paragraphs (positions) from 1, and a note under chapter 2's "Параграф 1" is of that paragraph
QUALIFICATION_2020 = (
    "# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Типовые квалификационные характеристики.\n\n"
    "> *Утвержден приказом*  \n> *Министра внутренних дел*\n\n## Типовые квалификационные характеристики\n\n"
    "### Раздел 1. Типовые квалификационные характеристики должностей\n\n"
    "#### Глава 1. Квалификационные характеристики должностей руководителей\n\n"
    "#### Параграф 1. Начальник отдела-врач-председатель военно-врачебной комиссии\n\n"
    "1. Должностные обязанности:\n\n   представляет ВВК в государственных органах, организациях и суде.\n\n"
    "> *Сноска. Глава 1 в редакции приказа Министра внутренних дел РК от 19.04.2022 № 239 (вводится в действие по "
    "истечении десяти календарных дней после дня его первого официального опубликования).*\n\n"
    "#### Глава 2. Квалификационные характеристики должностей специалистов\n\n"
    "##### Параграф 1. Главный эксперт-врач по заочной экспертизе\n\n4. Должностные обязанности:\n\n"
    "   осуществляет взаимодействие с медико-социальными экспертными комиссиями.\n\n"
    "6. Требования к квалификации:\n\n   стаж клинической или экспертной работы в организациях здравоохранения не "
    "менее 3 лет.\n\n> *Сноска. Параграф 1 в редакции приказа Министра внутренних дел РК от 19.04.2022 № 239 "
    "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).*\n")


def test_a_kazakh_chapter_numbered_without_the_hyphen_of_its_ordinal():
    # Presidential Affairs Administration, 2023 (order 05/110): "1 тарау." where the Russian text has "Глава 1."
    text = ("# Айырбастау шарты бойынша автомобиль көлік құралдарын сатып алу (иеліктен шығару) тәртібін бекіту туралы\n\n"
            "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Тәртіп бекітілсін.\n\n**А. Дадебаев**\n\n"
            "> *2023 жылғы 25 сәуірдегі*  \n> *№ 05/110*  \n> *бұйрығымен бекітілген*\n\n"
            "## Айырбастау шарты бойынша автомобиль көлік құралдарын сатып алу (иеліктен шығару) тәртібі\n\n"
            "### 1 тарау. Жалпы ережелер\n\n1. Осы Тәртіп айырбастау тәртібін айқындайды.\n\n"
            "2. Осы Тәртіпте мынадай негізгі ұғымдар пайдаланылады:\n\n   1) ұйымдастырушы - Іс басқармасы;\n\n"
            "### 2 тарау. Айырбастау рәсімін өткізу тәртібі\n\n3. Айырбастау рәсімін ұйымдастыру үшін комиссия құрылады.\n")
    d = doc_meta(text, "kaz.md", "05/110", "2023-04-25", "101004000000")
    chapters = {u.path[-1][1]: u.heading for u in d.units if u.path[-1][0] == "chapter"}
    assert chapters == {"1": "Жалпы ережелер", "2": "Айырбастау рәсімін өткізу тәртібі"}
    assert (("appendix", "1"), ("chapter", "2"), ("point", "3")) in {u.path for u in d.units}

def test_an_attachment_s_heading_ending_in_a_colon_is_its_title():
    # Ministry of Justice, 2019 (order 96): the list's heading under the stamp ends with ":", its items follow
    text = ("# Об утверждении Минимального количества нотариусов в нотариальном округе\n\nПРИКАЗЫВАЮ:\n\n"
            "1. Утвердить прилагаемое Минимальное количество нотариусов в нотариальном округе.\n\n**Министр**\n\n"
            "**М. Бекетаев**\n\n> *Утверждено*  \n> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n"
            "> *от 28 февраля 2019 года № 96*\n\n## Минимальное количество нотариусов в нотариальном округе:\n\n"
            "1) по нотариальному округу - город Нур-Султан – 210;\n\n2) по нотариальному округу - город Алматы – 200;\n")
    d = doc_meta(text, "rus.md", "96", "2019-02-28", "103001000000")
    assert [u.heading for u in d.units if u.path == (("appendix", "1"),)] == [
        "Минимальное количество нотариусов в нотариальном округе:"]
    assert [u.path[-1] for u in d.units if u.path[:1] == (("appendix", "1"),) and len(u.path) > 1] == [
        ("subpoint", "1"), ("subpoint", "2")]

_SBU = ("> *Приложение {n} к СБУ 23*  \n> *\"Учет и отчетность субъектов*  \n> *малого предпринимательства\",*  \n"
        "> *утвержденному приказом*  \n> *и.о. Министра финансов*  \n> *Республики Казахстан*  \n"
        "> *\"Об утверждении стандарта*  \n> *бухгалтерского учета 23*  \n> *\"Учет и отчетность субъектов*  \n"
        "> *малого предпринимательства\"*  \n> *от 20 февраля 2004 г. N 84*\n\n")


def test_an_accounting_standard_s_appendices_and_the_note_of_its_order_s_repeal_to_come():
    # Ministry of Finance, 2004 (order 84): the note names the order itself, then the order that repeals it from a day
    # to come; the standard's appendices are stamped "Приложение 1 к СБУ 23", naming the order that approved the
    # standard over eleven lines, a drawn table right above the second
    text = ("# Об утверждении стандарта бухгалтерского учета 23 \"Учет и отчетность субъектов малого "
            "предпринимательства\"\n\n> *Сноска. Приказ и.о. Министра финансов Республики Казахстан от 20 февраля 2004 "
            "года N 84 утрачивает силу - приказом Министра финансов Республики Казахстан от 21 июня 2007 года N 218 "
            "(вводится в действие с 1 января 2008 года).*\n\nприказываю:\n\n1. Утвердить прилагаемый стандарт.\n\n"
            "2. Настоящий приказ вводится в действие со дня его государственной регистрации.\n\n*И.о. Министра*\n\n"
            "> *Утвержден*  \n> *приказом и.о. Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 20 февраля 2004 г. N 84*\n\n## Стандарт бухгалтерского учета 23\n\n## 1. Определения\n\n"
            "1. Метод начисления - это метод, в соответствии с которым доходы признаются.\n\n" + _SBU.format(n=1)
            + "### Книга учета доходов для индивидуальных предпринимателей, неявляющихся плательщиками налога на "
            "добавленную стоимость\n\nФамилия, имя, отчество Свидетельство о регистрации:\n\n"
            "индивидуального серия свидетельства ________\n\n"
            "### Ведомость учета доходов, необлагаемых у источника выплаты\n\n(в тенге)\n\n"
            "дата | наименование операций | сумма\n\n1 | 2 | 3\n\nИтого за день х\n\nИтого за месяц х\n\n"
            + _SBU.format(n=2) + "### Книга учета доходов для индивидуальных предпринимателей, являющихся плательщиками "
            "налога на добавленную стоимость\n\nФамилия, имя, отчество индивидуального предпринимателя___________________"
            "\n\nФирменное наименование __________________________________________________\n")
    d = doc_meta(text, "rus.md", "84", "2004-02-20", "103002000000")
    heads = {u.path: u.heading[:60] for u in d.units if u.path[-1][0] == "appendix"}
    assert heads == {(("appendix", "1"),): "Стандарт бухгалтерского учета 23",
                     (("appendix", "1"), ("appendix", "1")): "Книга учета доходов для индивидуальных предпринимателей, нея",
                     (("appendix", "1"), ("appendix", "2")): "Книга учета доходов для индивидуальных предпринимателей, явл"}
    rows = [u.text for u in d.units if u.path[:2] == (("appendix", "1"), ("appendix", "1")) and u.text]
    assert "Итого за месяц х" in rows  # the table above the second stamp stays in the first appendix
    [repeal] = [(a.amending.number, a.since, a.loc.line) for a in d.amendments if a.target_act.number == "84"]
    assert repeal == ("218", "2008-01-01", 3)
    assert d.coverage == 1.0

def test_the_stamp_of_the_rules_appendix_ends_with_the_country_s_name_in_their_name():
    # Ministry of Justice, 2011 (order 319): "Приложение к Правилам" / … / "систему органов юстиции" / "Республики
    # Казахстан" over a form drawn in a table; the country's name ends the rules' name, it is no title
    text = ("# Некоторые вопросы прохождения службы\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n"
            "*Министр юстиции*\n\n*Республики Казахстан Р. Тусупбеков*\n\n> *Приложение 2*  \n"
            "> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n> *от 29 апреля 2011 года № 319*\n\n"
            "## Правила специального первоначального обучения лиц\n\n1. Обучение проходят слушатели.\n\n"
            "> *Приложение к Правилам*  \n> *специального первоначального*  \n> *обучения лиц, впервые поступающих*  \n"
            "> *на службу в уголовно-исполнительную*  \n> *систему органов юстиции*  \n> *Республики Казахстан*\n\n"
            "форма\n\n<table>\n<tr>\n<th>СЕРТИФИКАТ</th>\n</tr>\n<tr>\n<td>\nНастоящий сертификат выдан _____________\n"
            "</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "319", "2011-04-29", "103001000000")
    assert [(s.role, s.name) for s in d.signatories] == [("Министр юстиции Республики Казахстан", "Р. Тусупбеков")]
    [form] = [u for u in d.units if u.path == (("appendix", "2"), ("appendix", "1"))]
    assert form.heading == "СЕРТИФИКАТ"  # the form's own name, drawn in it
    assert d.coverage == 1.0

def test_an_instruction_alone_signed_with_the_country_broken_and_its_appendix_stamp_dated():
    """An instruction of the Ministry of Finance's tax inspectorate (1996, N 193), published alone, its last points and
    signature in a fence: "Председатель Государственного" / "налогового комитета Республики" / "Казахстан" (the last
    word had been left unread), and its appendix's stamp naming the instruction's day and number after the country
    ("Приложение N 2" / "к Инструкции Главной" / "налоговой инспекции Минфина" / "Республики Казахстан" / "от 26 августа
    1996 г. N 193": those two lines had been the appendix's title, before "Справка N"); a stamp that opens with its
    word has nothing above it (the signature right above had been read into it)."""
    text = ("# Инструкция О порядке предоставления декларации\n\nВ соответствии с Указом Президента граждане обязаны "
            "представить в органы налоговой службы сведения.\n\n<a id=\"p1\"></a>\n\n1. При поступлении на "
            "государственную службу граждане представляют сведения.\n\n<a id=\"p8\"></a>\n\n8. Декларации подлежат "
            "постоянному хранение в специально\n\n```\nотведенных местах, отвечающих условиям обеспечения их сохранности "
            "и\nрежима секретности.\n9. Граждане несут ответственность за достоверное отражение\nсведений в декларациях в "
            "соответствии с действующим\nзаконодательством.\nПредседатель Государственного\nналогового комитета "
            "Республики\nКазахстан\n```\n\n```\nПриложение N 2\nк Инструкции Главной\nналоговой инспекции Минфина\n"
            "Республики Казахстан\nот 26 августа 1996 г. N 193\n```\n\nСправка N\n\n```\nНастоящая справка дана "
            "гр.__________________________________________\n```\n")
    meta = _requisites("Утверждена приказом Министра финансов Республики Казахстан от 26 августа 1996 г. N 193",
                       "103002000000")
    d = parse_text(text, "rus.md", meta=meta)
    assert [s.role for s in d.signatories] == ["Председатель Государственного налогового комитета Республики Казахстан"]
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"), ("appendix", "2"))] == "Справка N"
    assert not d.unparsed


def test_an_appendix_s_number_above_a_stamp_in_the_singular_neuter():
    # Ministry of Internal Affairs, 2008 (order 389): "Приложение 1" / "Утверждено приказом Министра" / … over each
    # attachment; the number and the stamp are one, the two attachments appendices 1 and 2
    stamp = ("> *Приложение {n}*  \n> *Утверждено приказом Министра*  \n> *внутренних дел Республики Казахстан*  \n"
             "> *от 17 октября 2008 года № 389*\n\n")
    text = ("# Об утверждении образцов специальной одежды\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить описание и рисунки образцов "
            "специальной одежды (Приложение 1).\n\n2. Утвердить Правила ношения специальной одежды (Приложение 2).\n\n"
            "Министр Б. Мухамеджанов\n\n" + stamp.format(n=1) + "## Описание и рисунки образцов специальной одежды\n\n"
            "1. Летняя специальная одежда:\n\n" + stamp.format(n=2) + "## Правила ношения специальной одежды\n\n"
            "1\\. Специальная одежда носится охранниками.\n")
    d = doc_meta(text, "rus.md", "389", "2008-10-17", "103003000000")
    assert {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"} == {
        (("appendix", "1"),): "Описание и рисунки образцов специальной одежды",
        (("appendix", "2"),): "Правила ношения специальной одежды"}
    assert d.coverage == 1.0

def test_a_repeal_stated_without_a_note_s_word_is_no_entry_into_force():
    # Ministry of Finance, 2003 (order 14): "Күші жойылды - ҚР Қаржы министрінің 2007.06.21. N 217 (2008 жылғы 1
    # қаңтардан бастап қолданысқа енгізіледі) бұйрығымен." under the title: the repeal by order 217 from 2008-01-01;
    # the day was read as this order's own entry into force
    text = ("# 30 \"Қаржы есептілігін беру\" бухгалтерлік есеп стандартын бекіту туралы\n\n"
            "Күші жойылды - ҚР Қаржы министрінің 2007.06.21. N 217 (2008 жылғы 1 қаңтардан бастап қолданысқа "
            "енгізіледі) бұйрығымен.\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған стандарт бекітілсін.\n\n"
            "5. Осы бұйрық Қазақстан Республикасының Әділет министрлігінде оның тіркелген күнінен бастап күшіне енеді.\n")
    d = doc_meta(text, "kaz.md", "14", "2003-01-17", "103002000000")
    assert d.act.in_force != "2007-06-21" and d.act.status == "repealed"
    assert [(a.amending.number, a.effect, a.since, a.loc.line) for a in d.amendments] == [("217", "Repeal", "2008-01-01", 3)]
    assert d.coverage == 1.0

def test_a_lead_in_sentence_set_as_a_heading_among_the_points_is_a_point():
    # Ministry of Finance, 2005 (order 426): the markdown sets some points as headings; "## 10. Раздел 1 … содержит
    # следующие подразделы:" under chapter 5 goes on the points (9, 10, 11), not the chapters; "## Раздел 2 …
    # содержит следующие подразделы:" is the text of point 18; a heading that goes on the chapters stays one
    text = ("# Об утверждении Инструкции\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n## Министр\n\n"
            "> *Утверждена*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 22 декабря 2005 года N 426*\n\n## Инструкция (основа) по разработке рабочего плана счетов\n\n"
            "### 5. Счета раздела 1 \"Краткосрочные активы\"\n\n9. Счета раздела 1 предназначены для учета активов.\n\n"
            "## 10. Раздел 1 \"Краткосрочные активы\" содержит следующие подразделы:\n\n1000 - \"Денежные средства\",\n\n"
            "11. Подраздел 1000 \"Денежные средства\" предназначен для учета денежных средств.\n\n"
            "### 6. Счета раздела 2 \"Долгосрочные активы\"\n\n18. Счета раздела 2 предназначены для учета активов.\n\n"
            "## Раздел 2 \"Долгосрочные активы\" содержит следующие подразделы:\n\n2000 - \"Долгосрочные финансовые "
            "инвестиции\",\n\n19. Подраздел 2000 предназначен для учета долгосрочных финансовых активов.\n")
    d = doc_meta(text, "rus.md", "426", "2005-12-22", "103002000000")
    paths = {u.path for u in d.units}
    assert {(("appendix", "1"), ("chapter", "5"), ("point", "10")), (("appendix", "1"), ("chapter", "6"), ("point", "19")),
            (("appendix", "1"), ("chapter", "6"))} <= paths
    assert not [p for p in paths if p[-1] in (("chapter", "10"), ("section", "2"))]
    assert d.coverage == 1.0

def test_headings_run_together_by_the_conversion_are_each_a_division():
    # Ministry of Finance, 2007 (order 218) and 2003 (order 14): a heading holding the divisions under it ("… стандарты
    # 1-бөлім. Жалпы ережелер $ 1. Қолдану мақсаты…", "$" a paragraph sign), a section with no full stop after its
    # word ("2-бөлім Қаржылық есептілікті жасау $ 5. …"), a section and its first chapter ("5-бөлім. Жалпы ережелер
    # 1-тарау. …")
    text = ("# N 1 ұлттық қаржылық есептілік стандартын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1\\. Стандарт бекітілсін.\n\n"
            "*Министр*\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2007 жылғы 21 маусымдағы*  \n"
            "> *N 218 бұйрығымен*  \n> *бекітілген*\n\n## Ұлттық қаржылық есептіліктің N 1 стандарты 1-бөлім. Жалпы "
            "ережелер $ 1. Қолдану мақсаты және саласы\n\n1\\. Осы Стандарт шағын кәсіпкерлік субъектілерінің есебін "
            "анықтайды.\n\n## $ 2. Осы Стандартта қолданылатын анықтаулар\n\n3\\. Осы стандартта мынадай анықтаулар "
            "пайдаланылады.\n\n## 2-бөлім Қаржылық есептілікті жасау $ 5. Қаржылық есептілік құрауыштары\n\n"
            "12. Субъектінің қаржылық есептілігі мыналарды қамтиды.\n\n## 5-бөлім. Жалпы ережелер 1-тарау. Бухгалтерлік "
            "есеп стандарттарының талаптарға сәйкес келуі\n\n20. Қаржылық есептілік дұрыс берілуі тиіс.\n")
    d = doc_meta(text, "kaz.md", "218", "2007-06-21", "103002000000")
    heads = {u.path[1:]: u.heading for u in d.units if u.path[0] == ("appendix", "1") and u.heading}
    assert heads == {(): "Ұлттық қаржылық есептіліктің N 1 стандарты", (("section", "1"),): "Жалпы ережелер",
                     (("section", "1"), ("paragraph", "1")): "Қолдану мақсаты және саласы",
                     (("section", "1"), ("paragraph", "2")): "Осы Стандартта қолданылатын анықтаулар",
                     (("section", "2"),): "Қаржылық есептілікті жасау",
                     (("section", "2"), ("paragraph", "5")): "Қаржылық есептілік құрауыштары",
                     (("section", "5"),): "Жалпы ережелер",
                     (("section", "5"), ("chapter", "1")): "Бухгалтерлік есеп стандарттарының талаптарға сәйкес келуі"}
    assert (("appendix", "1"), ("section", "5"), ("chapter", "1"), ("point", "20")) in {u.path for u in d.units}
    assert d.coverage == 1.0

@pytest.mark.parametrize("stamp, lang", [
    ("> *Приложение 4-1*  \n> *к приказу Министра внутренних дел*  \n> *Республики Казахстан*  \n"
     "> *от 1 октября 2014 года*  \n> *№ 662*", "ru"),
    ("> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2014 жылғы 1 қазандағы*  \n"
     "> *№ 662 бұйрығына*  \n> *4-1-қосымша*", "kk"),
])
def test_an_inserted_appendix_numbered_after_another(stamp, lang):
    # Ministry of Internal Affairs, 2014 (order 662): "Приказ дополнен приложением 4-1" — the stamp of appendix 4-1
    # was not read, and the regulation it holds was lost (its lines not understood)
    text = ("# Об утверждении положений\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые положения.\n\n"
            "5. Настоящий приказ вводится в действие со дня его государственной регистрации.\n\n**К. Касымов**\n\n"
            + stamp + "\n\n# ПОЛОЖЕНИЕ о Комитете миграционной службы\n\n> *Сноска. Приказ дополнен приложением 4-1 в "
            "соответствии с приказом Министра внутренних дел РК от 13.03.2017 № 185.*\n\n## 1. Общие положения\n\n"
            "1. Комитет миграционной службы является ведомством Министерства внутренних дел.\n")
    d = doc_meta(text, f"{'rus' if lang == 'ru' else 'kaz'}.md", "662", "2014-10-01", "103003000000")
    assert [u.heading for u in d.units if u.path == (("appendix", "4-1"),)] == ["ПОЛОЖЕНИЕ о Комитете миграционной службы"]
    assert (("appendix", "4-1"), ("chapter", "1"), ("point", "1")) in {u.path for u in d.units}
    assert [(a.amending.number, a.path) for a in d.amendments if a.from_note] == [("185", (("appendix", "4-1"),))]
    assert d.coverage == 1.0

def test_a_note_that_goes_on_after_a_semicolon_with_words_replaced_throughout():
    # Ministry of Finance, 2008 (order 648): the note ends its first paragraph with ";" and goes on in the next, in
    # lower case, with words "заменены на слово" throughout the text, then the order that made both changes
    text = ("# Об утверждении типовых квалификационных требований\n\nПРИКАЗЫВАЮ:\n\n1\\. Утвердить.\n\n"
            "*Министр Б. Жамишев*\n\n> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 30 декабря 2008 года № 648*\n\n## Типовые квалификационные требования\n\n"
            "2\\. Государственные органы утверждают квалификационные требования.\n\n"
            "> *Сноска. В пункте 3 по всему тексту после слов \"должны иметь\" дополнены словами \"высшее "
            "профессиональное образование,\";*\n\nпо всему тексту слово \"пяти\" заменены на слово \"трех\", слова "
            "\"двух лет\" заменены на слова \"одного года\" приказом Министра финансов РК от 02.06.2010 № 266 (порядок "
            "введения в действие см. п. 3).\n\n3\\. Руководители должны иметь стаж государственной службы не менее трех лет.\n")
    d = doc_meta(text, "rus.md", "648", "2008-12-30", "103002000000")
    [note] = [a for a in d.amendments if a.from_note]
    assert (note.amending.number, note.amending.date, note.path[-1]) == ("266", "2010-06-02", ("point", "3"))
    assert not [u for u in d.units if u.text and u.text.startswith("Сноска")]
    assert d.coverage == 1.0

def test_a_kazakh_stamp_of_the_rules_appendix_wrapped_over_short_lines():
    # Ministry of Finance, 2008 (order 621): the stamp names the rules over seven short lines, one of them naming a
    # resolution ("… туралы қаулы бойынша"), and ends "… ережелеріне" / "1-қосымша": the rules' appendix 1, whole
    stamp = ("Салық салу саласындағы құқықтарды\n\nбұзғаны үшін әкімшілік жаза\n\nбелгілеу туралы қаулы бойынша\n\n"
             "мерзімінің өтуіне байланысты\n\nорындалуы мүмкін емес айыппұлдар\n\nсомасын салық төлеушінің дербес\n\n"
             "шотынан есептен шығару ережелеріне\n\n1-қосымша\n\n")
    text = ("# Айыппұлдар сомасын есептен шығару ережелерін бекіту туралы\n\n## БҰЙЫРАМЫН :\n\n1\\. Ережелер бекітілсін.\n\n"
            "5\\. Осы бұйрық ресми жариялғанының бірінші күнінен бастап қолданысқа енгізіледі және 2009 жылғы 1 қаңтардан "
            "шығатын қатынастарға жаратылады.\n\n*Министр Б. Жәмішев*\n\n> *Қазақстан Республикасы*  \n"
            "> *Қаржы министрінің*  \n> *2008 жылғы 29 желтоқсандағы*  \n> *N 621 бұйрығымен бекітілген*\n\n"
            "## Айыппұлдар сомасын салық төлеушінің дербес шотынан есептен шығару ережелері\n\n"
            "9\\. Салық департаменттері Салық комитетіне осы Ережеге 4-қосымшаға сәйкес нысанда есеп тапсырады.\n\n"
            + stamp + "## Төленбеген айыппұлдар сомасы бар салық төлеушілердің Тізімі\n\n"
            "## ____________________________________________________________\n\n"
            "(салық басқармасының, департаментінің атауы)\n")
    d = doc_meta(text, "kaz.md", "621", "2008-12-29", "103002000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"), ("appendix", "1"))] == "Төленбеген айыппұлдар сомасы бар салық төлеушілердің Тізімі"
    assert not [u for u in d.units if u.path[-1][0] == "part"]  # the stamp's first line is no part of point 9
    assert (d.act.in_force, d.act.applies_from) == (None, "2009-01-01")
    assert d.coverage == 1.0

def test_an_attachment_s_title_run_together_with_its_first_chapter():
    # Ministry of Finance, 2006 (order 265): "## Правила аккредитации … организаций 1. Общие положения"; a heading's
    # "Глава 1." stays one heading's words
    text = ("# Об утверждении Правил аккредитации\n\nПРИКАЗЫВАЮ :\n\n1\\. Утвердить прилагаемые Правила.\n\n*Министр*\n\n"
            "> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n> *от 18 июля 2006 г. N 265*\n\n"
            "## Правила аккредитации профессиональных аудиторских организаций 1. Общие положения\n\n1\\. Настоящие "
            "Правила устанавливают порядок аккредитации.\n\n## 2. Порядок процедуры проведения аккредитации\n\n"
            "3. Профессиональные организации представляют документы.\n")
    d = doc_meta(text, "rus.md", "265", "2006-07-18", "103002000000")
    heads = {u.path: u.heading for u in d.units if u.heading}
    assert heads == {(("appendix", "1"),): "Правила аккредитации профессиональных аудиторских организаций",
                     (("appendix", "1"), ("chapter", "1")): "Общие положения",
                     (("appendix", "1"), ("chapter", "2")): "Порядок процедуры проведения аккредитации"}
    glued = doc_meta(text.replace("организаций 1. Общие", "организаций Глава 1. Общие"), "rus.md", "265", "2006-07-18",
                     "103002000000")
    assert {u.path: u.heading for u in glued.units if u.heading} == heads

def test_a_note_on_a_paragraph_is_on_the_paragraph_of_its_chapter():
    d = doc_meta(QUALIFICATION_2020, "rus.md", "623", "2020-09-11", "103003000000")
    section = (("appendix", "1"), ("section", "1"))
    assert [ev.path for ev in d.amendments] == [section + (("chapter", "1"),),
                                                 section + (("chapter", "2"), ("paragraph", "1"))]
    assert [p.label for p in d.positions] == ["Начальник отдела-врач-председатель военно-врачебной комиссии",
                                              "Главный эксперт-врач по заочной экспертизе"]
    assert not d.unparsed

# qualification requirements for categories of positions of 2020 (order № 463 of the Ministry of Internal Affairs):
# a category's row names several positions in one cell, run together in the portal's text; a Russian name
# begins with its head word, a Kazakh one ends with it
CATEGORY_ROWS = {
    "ru": ("№\tКатегория\tНаименование должности\tТребования к образованию",
           "8.\tC-SV-8\tСтарший следователь (оперуполномоченный, дознаватель) по особо важным делам Старший инспектор "
           "по особым поручениям Главный: криминалист, ревизор-аудитор, специалист-врач, специалист Помощник "
           "начальника дежурной части - оперативный дежурный, старший офицер\tвысшее образование",
           "3.\tC-SV-3\tЗаместитель начальника департамента Полномочный представитель МВД Республики Казахстан в МВД "
           "Кыргызской Республики Начальник управления\tвысшее образование"),
    "kk": ("№\tСанаты\tЛауазымның атауы\tБіліміне қойылатын талаптар",
           "8.\tC-SV-8\tАса маңызды істер жөніндегі аға тергеуші (жедел уәкіл, анықтаушы) Ерекше тапсырмалар "
           "жөніндегі аға инспектор Бас: криминалист, ревизор-аудитор, маман-дәрігер, маман Кезекші бөлім "
           "бастығының көмекшісі – жедел кезекші, аға офицер\tжоғары білім",
           "3.\tC-SV-3\tДепартамент бастығының орынбасары Қырғыз Республикасы ІІМ-дегі Қазақстан Республикасы "
           "ІІМ-нің өкілетті өкілі Басқарма бастығы\tжоғары білім"),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_positions_run_together_in_a_category_s_cell_are_each_a_position(lang):
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split("\t")) + "</tr>\n" for row in CATEGORY_ROWS[lang])
    stamp = "> *Приложение 1 к приказу*\n\n" if lang == "ru" else "> *Бұйрыққа 1-қосымша*\n\n"
    d = doc_meta("# Т\n\n" + stamp + "## Т\n\n<table>\n" + rows + "</table>\n", "rus.md" if lang == "ru" else "kaz.md",
                 "463", "2020-06-12", "103003000000")
    got = [(p.category, p.label.split()[0]) for p in d.positions]
    assert got == ([("C-SV-8", "Старший"), ("C-SV-8", "Старший"), ("C-SV-8", "Главный:"), ("C-SV-8", "Помощник"),
                    ("C-SV-3", "Заместитель"), ("C-SV-3", "Полномочный"), ("C-SV-3", "Начальник")] if lang == "ru" else
                   [("C-SV-8", "Аса"), ("C-SV-8", "Ерекше"), ("C-SV-8", "Бас:"), ("C-SV-8", "Кезекші"),
                    ("C-SV-3", "Департамент"), ("C-SV-3", "Қырғыз"), ("C-SV-3", "Басқарма")])
    assert d.positions[5].label.endswith(("Кыргызской Республики", "өкілетті өкілі"))
    assert len({p.row for p in d.positions}) == 7 and not d.unparsed

# the rules of a public service of 2021 (order № 134 of the Ministry of Internal Affairs): the stamp of the rules'
# appendix names the rules over three lines, the service's name quoted; the appendix's title is the heading under
# the note on its top right corner
SERVICE_RULES_2021 = (
    "# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила оказания государственной услуги «Выдача проездного документа» "
    "согласно приложению 1 к настоящему приказу.\n\n> *Приложение 1 к приказу*  \n> *Министра внутренних дел*  \n"
    "> *от 5 марта 2021 года*  \n> *№ 134*\n\n## Правила оказания государственной услуги «Выдача проездного "
    "документа»\n\n### Глава 1. Общие положения\n\n1. Проездной документ выдается сроком действия на один год.\n\n"
    "> *Приложение к Правилам*  \n> *оказания государственной услуги*  \n> *«Выдача проездного документа»*\n\n"
    "> *Сноска. Правый верхний угол приложения в редакции приказа и.о. Министра внутренних дел РК от 26.07.2022 № 624 "
    "(вводится в действие по истечении десяти календарных дней со дня его первого официального опубликования).*\n\n"
    "## Стандарт государственной услуги «Выдача проездного документа»\n\n<table>\n<tr>\n<td>1</td>\n"
    "<td>Наименование услугодателя</td>\n<td>Территориальные органы полиции.</td>\n</tr>\n</table>\n")


def test_a_rules_appendix_stamp_over_lines_names_the_rules_and_its_title_is_the_heading():
    d = doc_meta(SERVICE_RULES_2021, "rus.md", "134", "2021-03-05", "103003000000")
    standard = (("appendix", "1"), ("appendix", "1"))
    units = {u.path: u for u in d.units}
    assert units[standard].heading == 'Стандарт государственной услуги "Выдача проездного документа"'
    assert not [p for p in units if p[:2] == standard and p[-1][0] == "textparagraph"]
    (corner,) = d.amendments  # the stamp in the corner changed: the appendix is modified, not given anew
    assert (corner.path, corner.effect, corner.amending.number) == (standard, "Modification", "624")
    assert not d.unparsed

# a list of the positions whose service counts on preferential terms (order № 151 of 2024 of the Ministry of
# Internal Affairs): a point's sub-points lead in to positions, one a paragraph under each; a sub-point that names
# a whole service is no position and leaves the list a list
SERVICE_POSITIONS = {
    "ru": ("Перечень подразделений и должностей военнослужащих внутренних войск, Национальной гвардии Республики "
           "Казахстан и сотрудников органов внутренних дел Республики Казахстан, служба в которых подлежит зачету в "
           "выслугу лет",
           "1. В подразделениях специального назначения:",
           "1) служба военнослужащих внутренних войск, Национальной гвардии Республики Казахстан - с 1 января 1991 года "
           "на должностях:", ["командир части (отряда);", "офицер-связист;", "старшина-старший техник;"],
           "6) служба сотрудников отряда специального назначения «Сункар» органов внутренних дел Республики Казахстан - "
           "с 1 января 2013 года, за исключением должностей штабов, подразделений кадрового, правового, финансового;",
           "2. В подразделениях Национальной гвардии Республики Казахстан, осуществляющих конвоирование осужденных и "
           "лиц, содержащихся под стражей - с 1 января 2018 года:",
           "1) в стрелковом батальоне (по конвоированию) на должностях:",
           ["начальник подразделения (начальник караула);", "старший специалист (помощник начальника караула)."]),
    "kk": ("Ішкі әскерлер, Қазақстан Республикасының Ұлттық ұланы әскери қызметшілерінің еңбек сіңірген жылдарына "
           "есептелуге жататын бөліністер мен лауазымдар тізбесі",
           "1. Арнайы мақсаттағы бөліністерде:",
           "1) Ішкі әскерлер, Қазақстан Республикасының Ұлттық ұланы әскери қызметшілерінің - 1991 жылғы 1 қаңтардан "
           "бастап мынадай лауазымдардағы қызметі:", ["бөлім (жасақ) командирі;", "офицер-байланысшы;",
                                                    "старшина-аға техник;"],
           "6) Қазақстан Республикасы ішкі істер органдарының «Сұңқар» арнайы мақсаттағы жасағы қызметкерлерінің "
           "қызметі - 2013 жылғы 1 қаңтардан бастап, штабтардың, кадр, құқықтық, қаржы бөліністерінің лауазымдарын "
           "қоспағанда;",
           "2. Сотталғандар мен күзетпен ұсталатын адамдарды айдауылдауды жүзеге асыратын Қазақстан Республикасы Ұлттық "
           "ұланының бөліністерінде - 2018 жылғы 1 қаңтардан бастап:",
           "1) атқыштар батальонында (айдауылдау жөніндегі) мынадай лауазымдарда:",
           ["бөлімше бастығы (күзет бастығы);", "аға маман (күзет бастығының көмекшісі)."]),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_positions_listed_under_sub_points_that_lead_in_to_them(lang):
    title, p1, sub1, names1, sub6, p2, sub21, names2 = SERVICE_POSITIONS[lang]
    para = "".join(f"      {n}\n\n" for n in names1)
    stamp = ("> *Приложение 1 к приказу*  \n> *Министр внутренних дел*  \n> *от 21 февраля 2024 года*  \n> *№ 151*"
             if lang == "ru" else "> *Қазақстан Республикасы*  \n> *ішкі істер министрі*  \n> *2024 жылғы 21 ақпандағы*  \n"
             "> *№ 151 бұйрыққа*  \n> *1-қосымша*")
    text = ("# Т\n\n" + ("ПРИКАЗЫВАЮ:\n\n1. Утвердить.\n\n" if lang == "ru" else "БҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n")
            + stamp + f"\n\n## {title}\n\n{p1}\n\n   {sub1}\n\n{para}   {sub6}\n\n{p2}\n\n   {sub21}\n\n"
            + "".join(f"      {n}\n\n" for n in names2))
    d = doc_meta(text, "rus.md" if lang == "ru" else "kaz.md", "151", "2024-02-21", "103003000000")
    a1 = ("appendix", "1")
    got = [(p.path, p.row, p.label) for p in d.positions]
    assert got == [((a1, ("point", "1"), ("subpoint", "1")), str(k), n.rstrip(";.")) for k, n in enumerate(names1, 1)] + [
        ((a1, ("point", "2"), ("subpoint", "1")), str(k), n.rstrip(";.")) for k, n in enumerate(names2, 1)]
    assert not d.unparsed

# an order of the Ministry of Finance of 2023 (№ 614) whose last point lost its number's full stop ("3 Настоящий
# приказ вводится в действие …"): it is point 3, the act's rule of entry into force, not words of point 2
def test_a_point_whose_number_lost_its_full_stop():
    text = ("# Об определении условий, объема и целевого назначения выпуска государственных ценных бумаг\n\n"
            "ПРИКАЗЫВАЮ:\n\n1. Определить следующие условия:\n\n   1) условия:\n\n      Северо-Казахстанской области – не "
            "более 5 500 000 000 (пять миллиардов пять миллионов) тенге;\n\n2. Департаменту государственного "
            "заимствования Министерства финансов Республики Казахстан обеспечить:\n\n   1) государственную регистрацию "
            "настоящего приказа в Министерстве юстиции Республики Казахстан;\n\n3 Настоящий приказ вводится в действие "
            "по истечении десяти календарных дней после дня его первого официального опубликования.\n\n"
            "**Заместитель Премьер-Министра - Министр финансов Республики Казахстан**\n\n**Е. Жамаубаев**\n")
    d = doc_meta(text, "rus.md", "614", "2023-06-06", "103002000000")
    units = {u.path: u.text for u in d.units}
    assert units[(("point", "3"),)].startswith("Настоящий приказ вводится в действие")
    assert d.act.in_force_rule.startswith("Настоящий приказ вводится") and "Настоящий" not in units[(("point", "2"),)]
    assert d.signatories[0].name == "Е. Жамаубаев" and not d.unparsed

# a form of the Ministry of Finance of 2023 (order № 220): the paragraphs between the form's drawn template and its
# signature block are the form's own paragraphs, not lines of the template above them
def test_paragraphs_after_a_form_s_template_are_the_attachment_s():
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған хабарлама нысаны бекітілсін.\n\n> *Қазақстан Республикасы*  \n"
            "> *Премьер-Министрінің*  \n> *орынбасары - Қаржы министрінің*  \n> *2023 жылғы 28 ақпандағы*  \n"
            "> *№ 220 бұйрығымен*  \n> *бекітілген*\n\nНысан\n\n## Бұзушылықтарды жою туралы хабарлама\n\n```\n"
            "___________________________________________________________________\n"
            "                                   (мемлекеттік кірістер органының атауы)\n"
            "__________________________________ бұзушылықтар туралы хабардар етеді.\n```\n\n"
            "Хабарламаны қаржы басқарушысы хабарлама табыс етілген күннен кейінгі күннен бастап 10 (он) жұмыс күні ішінде "
            "хабарламада көрсетілген бұзушылықтарды жою жолымен орындайды.\n\n"
            "Қосымша: анықталған бұзушылықтардың сипаттамасы ____ парақта.\n\n```\n"
            "          Аумақтық мемлекеттік кірістер органының басшысы:\n"
            "_________________________________________           _____________________\n"
            "                    (Т.А.Ә. (ол болған кезде))                                         (қолы)\n```\n")
    d = doc_meta(text, "kaz.md", "220", "2023-02-28", "103002000000")
    units = {u.path: u.text for u in d.units}
    a1 = ("appendix", "1")
    assert units[(a1, ("textparagraph", "1"))].startswith("Хабарламаны қаржы басқарушысы")
    assert units[(a1, ("textparagraph", "2"))].startswith("Қосымша:")
    assert "Хабарламаны" not in units[(a1, ("table", "1"))] and (a1, ("table", "2")) in units
    assert not d.unparsed

# the profession cards of the Ministry of Finance's standard "Бухгалтер" (2023): labels end with a colon, a card's
# heading too ("10. Карточка профессии «Бухгалтер»:"), a skill's "Умение:" and "Знания:" stand alone in their
# cells with the items in the row below, numbered with no space ("1.Оформлять …"); experience is a row of its own
ACCOUNTANT_CARDS = (
    "# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить профессиональный стандарт.\n\n> *Приложение к приказу*\n\n## Профессиональный "
    "стандарт «Бухгалтер»\n\n### Глава 3. Карточки профессий\n\n<table>\n"
    "<tr>\n<th colspan=\"4\">9. Карточка профессии «Бухгалтер»</th>\n</tr>\n"
    "<tr>\n<td>Код наименования занятия:</td>\n<td colspan=\"3\">2411-1</td>\n</tr>\n"
    "<tr>\n<td>Уровень квалификации по ОРК:</td>\n<td colspan=\"3\">3</td>\n</tr>\n"
    "<tr>\n<td>Уровень профессионального образования:</td>\n<td>\nУровень образования:\nТехническое и профессиональное "
    "образование\n</td>\n<td>\nСпециальность:\nУчет и аудит\n</td>\n<td>\nКвалификация:\nБухгалтер-кассир\n</td>\n</tr>\n"
    "<tr>\n<td>Требования к опыту работы:</td>\n<td colspan=\"3\">Бухгалтер без категории: специальная подготовка по "
    "установленной программе и стаж работы по учету и контролю не менее 3 лет.</td>\n</tr>\n"
    "<tr>\n<td rowspan=\"4\">\nТрудовая функция 1:\nСистематизация первичных учетных документов\n</td>\n"
    "<td rowspan=\"4\">\nНавык 1:\nРабота с первичными документами\n</td>\n<td colspan=\"2\">Умение:</td>\n</tr>\n"
    "<tr>\n<td colspan=\"2\">\n1.Оформлять и вести документы и записи.\n2.Применять методы начисления, бухгалтерских "
    "проводок.\n</td>\n</tr>\n<tr>\n<td colspan=\"2\">Знания:</td>\n</tr>\n"
    "<tr>\n<td colspan=\"2\">\n1.Кодекс Этики профессиональных бухгалтеров.\n</td>\n</tr>\n"
    "<tr>\n<td>Требования к личностным компетенциям:</td>\n<td colspan=\"3\">\nОтветственность;\nАккуратность;\n</td>\n</tr>\n"
    "<tr>\n<td colspan=\"4\">10. Карточка профессии «Бухгалтер»:</td>\n</tr>\n"
    "<tr>\n<td>Уровень квалификации по ОРК:</td>\n<td colspan=\"3\">4</td>\n</tr>\n</table>\n")


# the profession cards of MVD 2019 № 1085 (the standard "Деятельность по обеспечению безопасности в чрезвычайных
# ситуациях"): each card headed by the profession's name alone, in quotation marks, its code in the row under it
_NAMED_CARDS = {
    "rus.md": ("# Об утверждении профессионального стандарта\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый "
               "профессиональный стандарт.\n\n> *Приложение*  \n> *к профессиональному стандарту «Деятельность по "
               "обеспечению безопасности в чрезвычайных ситуациях»*\n\n<table>\n"
               "<tr>\n<td colspan=\"5\">«Наладчик контрольно – измерительных приборов и автоматики»</td>\n</tr>\n"
               "<tr>\n<td>Код профессии</td>\n<td colspan=\"4\">7421-1-003</td>\n</tr>\n"
               "<tr>\n<td>Наименование профессии</td>\n<td colspan=\"4\">Наладчик контрольно – измерительных приборов "
               "и автоматики</td>\n</tr>\n<tr>\n<td>Уровень квалификации по КС</td>\n<td colspan=\"4\">4 - 5</td>\n</tr>\n"
               "<tr>\n<td rowspan=\"2\">Трудовые функции</td>\n<td colspan=\"4\">1. Обеспечение сроков и качества работ "
               "по ремонту и дезинфекции СИЗОД</td>\n</tr>\n<tr>\n<td colspan=\"4\">2. Проведение проверок СИЗОД, "
               "обеспечение правильной технической эксплуатации оборудования.</td>\n</tr>\n"
               "<tr>\n<td colspan=\"5\">«Пожарный»</td>\n</tr>\n"
               "<tr>\n<td>Код профессии</td>\n<td colspan=\"4\">5411-0-008</td>\n</tr>\n"
               "<tr>\n<td>Наименование профессии</td>\n<td colspan=\"4\">Пожарный</td>\n</tr>\n</table>\n"),
    "kaz.md": ("# Кәсіптік стандартын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған кәсіптік стандарт "
               "бекітілсін.\n\n> *Кәсіптік стандартқа*  \n> *қосымша*\n\n<table>\n"
               "<tr>\n<td colspan=\"3\">«Бақылау-өлшеу аспаптары мен автоматиканы ретке келтіруші»</td>\n</tr>\n"
               "<tr>\n<td>Кәсіп коды</td>\n<td colspan=\"2\">7421-1-003</td>\n</tr>\n"
               "<tr>\n<td>БА бойынша біліктілік деңгейі</td>\n<td colspan=\"2\">4 - 5</td>\n</tr>\n"
               "<tr>\n<td rowspan=\"2\">Еңбек функциялары</td>\n<td colspan=\"2\">1. ТОЖҚҚ жөндеу және дезинфекциялау "
               "бойынша жұмыстың мерзімі мен сапасын қамтамасыз ету.</td>\n</tr>\n<tr>\n<td colspan=\"2\">2. ТОЖҚҚ "
               "тексеру жүргізу, жабдықты дұрыс техникалық пайдалануды қамтамасыз ету.</td>\n</tr>\n"
               "<tr>\n<td colspan=\"3\">«Өрт сөндіруші»</td>\n</tr>\n"
               "<tr>\n<td>Кәсіп коды</td>\n<td colspan=\"2\">5411-0-008</td>\n</tr>\n"
               "<tr>\n<td>Кәсіп атауы</td>\n<td colspan=\"2\">Өрт сөндіруші</td>\n</tr>\n</table>\n"),
}


@pytest.mark.parametrize("name", sorted(_NAMED_CARDS))
def test_profession_cards_headed_by_the_name_alone_in_quotation_marks(name):
    """A card headed by "«Пожарный»" / "«Өрт сөндіруші»" alone, "Код профессии" / "Кәсіп коды" under it, is a
    profession (no position had been read); the level "4 - 5" stays a range (it had read "- 5")."""
    d = doc_meta(_NAMED_CARDS[name], name, "1085", "2019-12-18", "103003000000")
    first, second = d.positions
    assert first.label.endswith("автоматики" if name == "rus.md" else "ретке келтіруші")
    assert second.label == ("Пожарный" if name == "rus.md" else "Өрт сөндіруші")
    assert (first.codes, second.codes) == (("7421-1-003",), ("5411-0-008",))
    assert first.requirements[0].endswith(": 4 - 5") and len(first.duties) == 2 and not second.duties
    assert first.loc.line < second.loc.line and not d.unparsed

def test_profession_cards_with_labels_ending_in_colons_and_lists_in_the_row_below():
    d = doc_meta(ACCOUNTANT_CARDS, "rus.md", "1263", "2023-12-29", "103002000000")
    first, second = d.positions
    assert (first.label, second.label, first.codes) == ("Бухгалтер", "Бухгалтер", ("2411-1",))
    assert first.requirements[0] == "Уровень квалификации по ОРК: 3" and second.requirements == ("Уровень квалификации по ОРК: 4",)
    assert first.min_years == 3 and "Учет и аудит" in first.education
    assert first.competencies[:2] == ("Оформлять и вести документы и записи.", "Применять методы начисления, бухгалтерских проводок.")
    assert first.competencies[2:] == ("Ответственность;", "Аккуратность;")
    assert first.knowledge == ("Кодекс Этики профессиональных бухгалтеров.",) and not d.unparsed

# the forms of the rules of legal consultants' aid (order № 733 of 2022 of the Ministry of Justice): a form's name is
# its first line under "Нысан" when no field, and a form of administrative data names itself in its standard head
FORMS_2022 = (
    "# Т\n\nБҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n> *Қазақстан Республикасы*  \n> *Әділет министрі*  \n"
    "> *2022 жылғы 31 тамыздағы*  \n> *№ 733 Бұйрықпен*  \n> *бекітілген*\n\n## Қағидалар\n\n1. Қағидалар әзірленді.\n\n"
    "> *Заң консультанттары палаталары*  \n> *ұйымдастыратын мемлекет*  \n> *кепілдік берген білікті заң*  \n"
    "> *көмегін көрсетуге қатысу*  \n> *қағидаларына*  \n> *№ 1 қосымша*\n\nНысан\n\n"
    "Заң консультантымен мемлекет кепілдік берген білікті заң көмегін көрсету туралы келісім\n\n"
    "_________________________ \"____\" ___________20___г.\n\n(жасалған орны)\n\n"
    "> *Заң консультанттары*  \n> *палаталары ұйымдастыратын*  \n> *мемлекет кепілдік берген*  \n"
    "> *білікті заң көмегін көрсетуге*  \n> *қатысу қағидаларына*  \n> *№ 2 қосымша*\n\nНысан\n\n"
    "Ұсынылады: аумақтық әділет департаменттеріне.\n\nӘкімшілік деректерді өтеусіз негізде жинауға арналған нысан "
    "интернет – ресурста орналастырылған: www.adilet.gov.kz.\n\nӘкімшілік нысанның атауы: Заң консультанттарының "
    "көрсеткен мемлекет кепілдік берген білікті заң көмегі туралы есебі. Әкімшілік деректерді өтеусіз негізде жинауға "
    "арналған нысанның индексі: 1-ЗКМКБЗК.\n\n```\nКезеңділігі:                                    айлық.\n```\n")


def test_a_form_is_named_by_its_first_line_or_its_administrative_head():
    d = doc_meta(FORMS_2022, "kaz.md", "733", "2022-08-31", "103001000000")
    units = {u.path: u for u in d.units}
    first, second = (units[(("appendix", "1"), ("appendix", n))] for n in ("1", "2"))
    assert first.heading == "Заң консультантымен мемлекет кепілдік берген білікті заң көмегін көрсету туралы келісім"
    assert "келісім" not in (first.text or "")  # the name is no line of the form's template
    assert second.heading == "Заң консультанттарының көрсеткен мемлекет кепілдік берген білікті заң көмегі туралы есебі"
    assert second.text.startswith("Ұсынылады:") and not d.unparsed

# the Kazakh card of a professional standard of 2025 (Ministry of Internal Affairs, private security): the
# occupation's code under its mistranslated label ("Сабақ атауының коды"), a dash where there is none, "Машықтар:"
# and "Білім:" alone with their items in the row below, education cells that name a label and a dash
GUARD_CARD_KK = (
    "# Т\n\nБҰЙЫРАМЫН:\n\n1. Кәсіптік стандарт бекітілсін.\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n"
    "> *2025 жылғы 25 қыркүйектегі*  \n> *№ 700 бұйрығымен*  \n> *бекітілген*\n\n## Кәсіптік стандарт\n\n"
    "### 3-тарау. Мамандық карточкалары\n\n<table>\n"
    "<tr>\n<td colspan=\"6\">9. «Жеке күзет ұйымының басшысы» мамандығының карточкасы:</td>\n</tr>\n"
    "<tr>\n<td>Топ коды:</td>\n<td colspan=\"5\">1210-0-074</td>\n</tr>\n"
    "<tr>\n<td>Сабақ атауының коды:</td>\n<td colspan=\"5\">-</td>\n</tr>\n"
    "<tr>\n<td>СБШ бойынша біліктілік деңгейі:</td>\n<td colspan=\"5\">6</td>\n</tr>\n"
    "<tr>\n<td rowspan=\"2\">Кәсіптік білім деңгейі:</td>\n<td colspan=\"2\">\nБілім деңгейі: -\nЖеке күзет ұйымында "
    "басшы немесе күзетші лауазымын атқаратын қызметкерлерді даярлау жөніндегі оқу орталығының куәлігі\n</td>\n"
    "<td colspan=\"2\">\nМамандығы: -\nЖеке күзет ұйымының басшысы\n</td>\n<td>Біліктілік:-</td>\n</tr>\n"
    "<tr>\n<td colspan=\"2\">Жоғары білім</td>\n<td colspan=\"2\">Құқықтану</td>\n<td></td>\n</tr>\n"
    "<tr>\n<td>Жұмыс тәжірибесіне қойылатын талаптар:</td>\n<td colspan=\"5\">Жеке күзет ұйымының басшысы: құқық "
    "қорғау және арнайы органдарда басшы лауазымдарда кемінде үш жыл жұмыс өтілі</td>\n</tr>\n"
    "<tr>\n<td rowspan=\"4\">\n1-еңбек функциясы:\nКүзет ұйымының қызметін ұйымдастыру\n</td>\n<td rowspan=\"4\">\n"
    "1-дағды:\nКүзет ұйымының жұмысын жоспарлау\n</td>\n<td colspan=\"4\">Машықтар:</td>\n</tr>\n"
    "<tr>\n<td colspan=\"4\">\n1. ЖКҰ қызметіне жалпы басшылықты жүзеге асыру;\n2. ЖКҰ ағымдағы жұмысын жоспарлау;\n</td>\n</tr>\n"
    "<tr>\n<td colspan=\"4\">Білім:</td>\n</tr>\n"
    "<tr>\n<td colspan=\"4\">\n1. Күзет қызметін регламенттейтін Қазақстан Республикасының НҚА;\n</td>\n</tr>\n"
    "<tr>\n<td colspan=\"6\">10. «Жеке тұлғалардың өмірі мен денсаулығын қорғауды жүзеге асыратын күзетші» мамандығының "
    "карточкасы:</td>\n</tr>\n<tr>\n<td>Сабақ атауының коды:</td>\n<td colspan=\"5\">5414-1-001</td>\n</tr>\n</table>\n")


def test_a_kazakh_profession_card_of_2025():
    d = doc_meta(GUARD_CARD_KK, "kaz.md", "700", "2025-09-25", "103003000000")
    head, guard = d.positions
    assert (head.label, head.codes, guard.codes) == ("Жеке күзет ұйымының басшысы", (), ("5414-1-001",))
    assert head.min_years == 3 and "Құқықтану" in head.education and not any(x.endswith("-") for x in head.education)
    assert head.competencies == ("ЖКҰ қызметіне жалпы басшылықты жүзеге асыру;", "ЖКҰ ағымдағы жұмысын жоспарлау;")
    assert head.knowledge == ("Күзет қызметін регламенттейтін Қазақстан Республикасының НҚА;",) and not d.unparsed

# notes whose amending order came into force on the day it was signed (Ministry of Finance, 2025: "(қол қойылған
# күнінен бастап күшіне енеді)"; Ministry of Internal Affairs, 2025: "(қол қойылған күнінен бастап қолданысқа
# енгізіледі)"): the change applies from that order's day
@pytest.mark.parametrize("note,number,day", [
    ("Ескерту. Тізімі жаңа редакцияда – ҚР Қаржы министрінің 22.05.2025 № 247 (қол қойылған күнінен бастап күшіне "
     "енеді) бұйрығымен.", "247", "2025-05-22"),
    ("Ескерту. 1-қосымша жаңа редакцияда – ҚР Ішкі істер министрінің 02.04.2025 № 236 (қол қойылған күнінен бастап "
     "қолданысқа енгізіледі) бұйрығымен.", "236", "2025-04-02"),
], ids=["kushine-enedi", "koldanyska"])
def test_a_change_in_force_from_its_order_s_signing_applies_from_that_day(note, number, day):
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Тізім бекітілсін.\n\n2. Осы бұйрық қол қойылған күнінен бастап күшіне енеді.\n\n"
            "> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2023 жылғы 19 маусымдағы*  \n> *№ 680 бұйрығымен*  \n"
            f"> *бекітілген*\n\n## Елдердің тізімі\n\n> *{note}*\n\n1. Австрия Республикасы\n\n2. Америка Құрама Штаттары\n")
    d = doc_meta(text, "kaz.md", "680", "2023-06-19", "103002000000")
    (ev,) = d.amendments
    assert (ev.amending.number, ev.path, ev.since) == (number, (("appendix", "1"),), day)
    assert ev.in_force_rule.startswith("қол қойылған күнінен бастап") and d.act.in_force == "2023-06-19"

# a point with a list for each part of a personal file (Ministry of Internal Affairs, 2025, № 1034): the point's
# lead-in and its first list's lead ("в первой части хранятся:") stay the point's text, the later lists' leads open
# parts 2, 3; no two units share a path
def test_a_point_with_a_list_per_part_numbers_each_part_once():
    import collections

    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**Министр**\n\n> *УТВЕРЖДЕНЫ*  \n"
            "> *Приказом Министра внутренних дел*  \n> *от «15» декабря 2025 года*  \n> *№ 1034*\n\n## Правила\n\n"
            "8. Личное дело состоит из пяти частей по форме, согласно приложению 1 к настоящим Правилам:\n\n"
            "   в первой части хранятся:\n\n   1\\) послужной список по форме, согласно приложению 2 к настоящим Правилам;\n\n"
            "   2\\) заключение комиссии по определению стажа службы.\n\n"
            "   Во второй части в хронологической последовательности хранятся:\n\n"
            "   1\\) оригинал сертификата о прохождении тестирования граждан;\n\n   2\\) аттестационные листы.\n\n"
            "   Пятая часть (отдельная папка) формируется из материалов изучения кандидатов. В данной части хранятся:\n\n"
            "   1\\) заявление о согласии на сбор и обработку персональных данных;\n\n"
            "   9\\) заключение по результатам психолого-социологического исследования.\n")
    d = doc_meta(text, "rus.md", "1034", "2025-12-15", "103003000000")
    assert not [p for p, n in collections.Counter(u.path for u in d.units).items() if n > 1]
    units = {u.path[1:]: u.text for u in d.units}
    assert units[(("point", "8"),)].endswith("в первой части хранятся:")
    assert units[(("point", "8"), ("part", "2"))].startswith("Во второй части")
    assert units[(("point", "8"), ("part", "3"))].startswith("Пятая часть") and not d.unparsed

# a repeal order of 2020 (Ministry of Internal Affairs, № 592): a repealed order's title ends in a quoted name and
# the portal closes both with one quote ('«Об утверждении стандарта государственной услуги «Выдача пропуска …
# гражданства» (зарегистрирован …'); the registration's bracket ends the title
def test_a_repealed_order_s_title_ending_in_a_quoted_name():
    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Признать утратившими силу следующие приказы Министра внутренних дел Республики "
            "Казахстан:\n\n   1) приказ Министра внутренних дел Республики Казахстан от 6 апреля 2015 года № 302 «Об "
            "утверждении стандарта государственной услуги «Выдача пропуска на въезд в пограничную зону иностранцам и лицам "
            "без гражданства» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под "
            "№ 11103, опубликован 12 июня 2015 года в информационно-правовой системе «Әділет»);\n\n"
            "   2) приказ Министра внутренних дел Республики Казахстан от 30 мая 2015 года № 500 «Об утверждении "
            "регламентов государственных услуг «Выдача пропуска на въезд в пограничную зону иностранцам и лицам без "
            "гражданства» и «Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан» "
            "(зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 11537).\n\n"
            "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
            "официального опубликования.\n")
    d = doc_meta(text, "rus.md", "592", "2020-08-25", "103003000000")
    got = {a.target_act.number: (a.effect, a.target_act.title) for a in d.amendments}
    assert got["302"] == ("Repeal", 'Об утверждении стандарта государственной услуги "Выдача пропуска на въезд в '
                                    'пограничную зону иностранцам и лицам без гражданства"')
    assert got["500"][1].endswith('"Регистрация иностранцев и лиц без гражданства, временно пребывающих в Республике '
                                  'Казахстан"') and got["500"][1].count('"') == 4

# a regulation of 1995 (order № 237 of the Ministry of Internal Affairs): its title and its numbered chapter
# headings wrap over paragraphs, its own appendix is stamped "Приложение N 1" alone, and a form follows the title
REGULATION_1995 = ("# Положение о порядке реализации автомототранспортных средств\n\nВ целях регламентации порядка "
                   "приказываю:\n\n1. Утвердить Положение (приложение N 1).\n\nИ.О. Министра\n\n```\nПриложение к приказу\n"
                   "МВД Республики Казахстан\nот 27 сентября 1995 г. N 237\n```\n\nПоложение\n\nО порядке реализации\n\n"
                   "в личную собственность\n\nсотрудникам и пенсионерам органов\n\nвнутренних дел Республики Казахстан\n\n"
                   "автомототранспортных средств, выработавших\n\nэксплуатационные сроки и подлежащих списанию\n\n"
                   "2\\. Порядок учета лиц, изъявивших желание\n\nприобрести автомототранспортное средство\n\n"
                   "2.1. Лица, изъявившие желание приобрести автомототранспортное средство, подают рапорт <*> .\n\n"
                   "> *Сноска. Далее по тексту - орган внутренних дел*\n\n2.2. Учет лиц осуществляется жилищно-бытовой "
                   "комиссией.\n\n```\nПриложение N 1\n```\n\n```\nАКТ\n```\n\nтехнического осмотра подвижного состава\n\n"
                   "```\nКомиссия в составе:\n1.__________________________ _________________________\n(фамилия, инициалы)\n```\n")


def test_a_regulation_of_1995_with_wrapped_title_and_headings_and_a_bare_appendix_stamp():
    d = doc_meta(REGULATION_1995, "rus.md", "237", "1995-09-27", "103003000000")
    units = {u.path: u for u in d.units}
    a1 = ("appendix", "1")
    assert units[(a1,)].heading == ("Положение О порядке реализации в личную собственность сотрудникам и пенсионерам "
                                    "органов внутренних дел Республики Казахстан автомототранспортных средств, "
                                    "выработавших эксплуатационные сроки и подлежащих списанию")
    assert units[(a1, ("chapter", "2"))].heading == ("Порядок учета лиц, изъявивших желание приобрести "
                                                     "автомототранспортное средство")
    assert {(a1, ("chapter", "2"), ("point", "2.1")), (a1, ("chapter", "2"), ("point", "2.2"))} <= set(units)
    assert units[(a1, a1)].heading == "АКТ технического осмотра подвижного состава"
    assert units[(a1, a1, ("table", "1"))].text.startswith("Комиссия в составе:")
    assert [s.role for s in d.signatories] == ["И.О. Министра"] and not d.unparsed


# --- local bodies: decisions of a maslikhat, of an akim (Almaty Region, 1997 and 2016) ---------------------------

MASLIKHAT_KK = (
    "# Алматы облысының мемлекеттік орман қоры учаскелерінде орман пайдалану төлемақысының мөлшерлемелерін бекіту туралы\n\n"
    "«Қазақстан Республикасындағы жергiлiктi мемлекеттiк басқару және өзiн-өзi басқару туралы» 2001 жылғы 23 қаңтардағы "
    "Қазақстан Республикасы Заңының 6-бабының 5-тармағына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
    "1. Мыналар:\n\n   1) 1-қосымшаға сәйкес шайыр, ағаш шырындарын дайындауға арналған төлемақы мөлшерлемелері;\n\n"
    "   2) 2-қосымшаға сәйкес қосалқы сүрек ресурстарын дайындауға арналған төлемақы мөлшерлемелері бекітілсін.\n\n"
    "2. Алматы облыстық мәслихатының 2013 жылғы 22 ақпандағы «Алматы облысының мемлекеттік орман қоры учаскелерінде "
    "орманды пайдаланғаны үшін төленетін төлемақы ставкаларын бекіту туралы» (нормативтік құкықтық актілерді мемлекеттік "
    "тіркеу Тізілімінде 2013 жылдың 28 наурызында № 2335 тіркелген, «Жетісу» газетінде 2013 жылдың 4 сәуірінде № 40 "
    "жарияланған) № 14-89 шешімінің күші жойылды деп танылсын.\n\n"
    "3. Осы шешім әділет органдарында мемлекеттік тіркелген күннен бастап күшіне енеді.\n\n"
    "**Алматы облыстық мәслихатының сессия төрағасы**\n\n**_____________ Ж. Телпекбаева**\n\n"
    "**Алматы облыстық мәслихатының хатшысы**\n\n**_____________ С. Мұқанов**\n\n"
    "> *Алматы облыстық мәслихатының 2016 жылғы «01» шілде № 5-34 шешiмiне*  \n> *1-қосымша*\n\n"
    "# Шайыр, ағаш шырындарын дайындауға арналған төлемақы мөлшерлемелері\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Шайыр дайындау</td>\n<td>1000</td>\n</tr>\n</table>\n\n"
    "> *Алматы облыстық мәслихатының 2016 жылғы «01» шілде № 5-34 шешiмiне*  \n> *2-қосымша*\n\n"
    "# Қосалқы сүрек ресурстарын дайындауға арналған төлемақы мөлшерлемелері\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Қарағай</td>\n<td>0,021</td>\n</tr>\n</table>\n")
MASLIKHAT_RU = (
    "# Об утверждении ставок платы за лесные пользования на участках государственного лесного фонда Алматинской области\n\n"
    "В соответствии с пунктом 5 статьи 6 Закона Республики Казахстан от 23 января 2001 года «О местном государственном "
    "управлении и самоуправлении в Республике Казахстан», Алматинский областной маслихат РЕШИЛ:\n\n"
    "1. Утвердить:\n\n   1) ставки платы за заготовку живицы, древесных соков согласно приложению 1;\n\n"
    "   2) ставки платы за заготовку второстепенных древесных ресурсов согласно приложению 2.\n\n"
    "2. Признать утратившим силу решение Алматинского областного маслихата от 22 февраля 2013 года № 14-89 «Об "
    "утверждении ставок платы за лесные пользования на участках государственного лесного фонда Алматинской области» "
    "(зарегистрированного в Реестре государственной регистрации нормативных правовых актов от 28 марта 2013 года № 2335).\n\n"
    "3. Настоящее решение вступает в силу со дня государственной регистрации в органах юстиции.\n\n"
    "**Председатель сессии Алматинского областного маслихата**\n\n**____________ Ж. Телпекбаева**\n\n"
    "**Секретарь Алматинского областного маслихата**\n\n**______________ С. Муканов**\n\n"
    "> *Приложение 1 к решению Алматинского областного маслихата от «01» июля 2016 года № 5-34*\n\n"
    "# Ставки платы за заготовку живицы, древесных соков\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Заготовка живицы</td>\n<td>1000</td>\n</tr>\n</table>\n\n"
    "> *Приложение 2 к решению Алматинского областного маслихата от «01» июля 2016 года № 5-34*\n\n"
    "# Ставки платы за заготовку второстепенных древесных ресурсов\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Сосна</td>\n<td>0,021</td>\n</tr>\n</table>\n")


@pytest.mark.parametrize("name,text", [("kaz.md", MASLIKHAT_KK), ("rus.md", MASLIKHAT_RU)], ids=["kk", "ru"])
def test_a_maslikhat_decision(name, text):
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Решение Алматинского областного маслихата от 01 июля 2016 года № 5-34. Зарегистрировано "
                                  "Департаментом юстиции Алматинской области 12 августа 2016 года № 3931.",
                     "form": "РЕШ", "approved_by": ["154000000002"], "approved_on": "2016-07-01"}, "meta.yaml")
    d = parse_text(text, name, meta=meta)
    assert (d.act.ref.kind, d.act.ref.registration, d.act.ref.issuer.en) == ("decision", "3931", "Almaty Region Maslikhat")
    # the session's chair and the maslikhat's secretary sign, their names after the blank for a signature
    assert [s.name for s in d.signatories] == (["Ж. Телпекбаева", "С. Мұқанов"] if name == "kaz.md" else
                                               ["Ж. Телпекбаева", "С. Муканов"])
    assert "маслихат" in d.signatories[1].role.lower() or "мәслихат" in d.signatories[1].role.lower()
    (repeal,) = [a for a in d.amendments if a.effect == "Repeal" and a.target_act.number == "14-89"]
    assert (repeal.target_act.date, repeal.target_act.issuer.en, repeal.target_act.kind) == (
        "2013-02-22", "Almaty Region Maslikhat", "decision")
    assert repeal.target_act.title.startswith(("Алматы облысының мемлекеттік", "Об утверждении ставок"))
    # two appendices of the decision, side by side (a stamp naming a decision is the act's own)
    assert sorted(u.path for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix") == [
        (("appendix", "1"),), (("appendix", "2"),)]
    assert not d.unparsed
    # the decision's words "ШЕШІМ ҚАБЫЛДАДЫ" / "РЕШИЛ" end its preamble, which names the law it rests on
    assert [ref.kind for ref, _ in d.act.based_on] == ["law"]


def test_an_act_repealed_by_a_decision_in_force_from_a_day_is_in_force_to_the_day_before():
    # the maslikhat's decision repealing its decision № 14-89, in force from 1 January 2017 (the entry-into-force point
    # of its budget decisions): the repealed decision's last day in force, eli:date_no_longer_in_force, is 31 December
    # 2016 (it had been given the day the repeal took effect)
    from kg.corpus import act_meta
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    meta = act_meta({"requisite": "Решение Алматинского областного маслихата от 01 июля 2016 года № 5-34. Зарегистрировано "
                                  "Департаментом юстиции Алматинской области 12 августа 2016 года № 3931.",
                     "form": "РЕШ", "approved_by": ["154000000002"], "approved_on": "2016-07-01"}, "meta.yaml")
    text = MASLIKHAT_RU.replace("3. Настоящее решение вступает в силу со дня государственной регистрации в органах юстиции.",
                                "3. Настоящее решение вводится в действие с 1 января 2017 года.")
    d = parse_text(text, "rus.md", meta=meta)
    assert d.act.in_force == "2017-01-01"
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    ends = {(q.subject.value.rsplit("/", 2)[-1], q.object.value) for q in quads
            if q.predicate.value == "http://data.europa.eu/eli/ontology#date_no_longer_in_force"}
    assert ends == {("14-89", "2016-12-31")}


def test_an_akim_s_decision_names_the_akim_in_both_languages():
    from kg.orgs import canonical

    text = ("# Т\n\nВ этой связи, а также в целях улучшения организации торговли хлебом Аким области РЕШИЛ:\n\n"
            "1. Поручить Акимам районов определить места торговли.\n\n"
            "2. Контроль за исполнением данного решения возложить на заместителя Акима области.\n\n"
            "**Аким области**\n\n**С.Умбетов**\n")
    d = doc_meta(text, "rus.md", "3-53", "1997-03-03", "154000000003")
    assert [u.path for u in d.units] == [(("preamble", ""),), (("point", "1"),), (("point", "2"),)]
    assert [(s.role, s.name) for s in d.signatories] == [("Аким области", "С.Умбетов")]
    assert canonical("акима Алматинской области") == canonical("Алматы облысы әкімінің")


# a maslikhat's budget (Almaty Region, 2016): history notes naming the maslikhat's amending decisions, a table a point
# announces, stamps that quote the decision's title over lines and put the appendix's number last
BUDGET_RU = (
    "# Об областном бюджете Алматинской области на 2017-2019 годы\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
    "1. Утвердить областной бюджет на 2017-2019 годы согласно приложениям 1 и 2.\n\n"
    "> *Сноска. Пункт 1 в редакции решения Алматинского областного маслихата от 10.08.2017 № 20-112 (вводится в "
    "действие с 01.01.2017).*\n\n"
    "2. Предусмотреть объемы субвенций в сумме 81 383 740 тысяч тенге, в том числе:\n\n"
    "<table>\n<tr>\n<td>Аксускому району</td>\n<td>3 670 180 тысяч тенге;</td>\n</tr>\n</table>\n\n"
    "3. Предусмотреть объем бюджетных изъятий в сумме 64 239 506 тысяч тенге.\n\n"
    "> *Сноска. Пункт 3 с изменениями, внесенными решением маслихата Алматинской области от 10.08.2017 № 20-112 "
    "(вводится в действие с 01.01.2017).*\n\n"
    "4. Настоящее решение вводится в действие с 1 января 2017 года.\n\n"
    "**Председатель сессии Алматинского областного маслихата**\n\n**Ы. Бектурсынов**\n\n"
    "**Секретарь Алматинского областного маслихата**\n\n**С. Муканов**\n\n"
    "> *Приложение 1*  \n> *утвержденное решением Алматинского*  \n> *областного маслихата от 9 декабря 2016 года*  \n"
    "> *№11-54 «Об областном бюджете*  \n> *Алматинской области на 2017-2019 годы»*\n\n"
    "# Областной бюджет Алматинской области на 2017 год\n\n"
    "> *Сноска. Приложение 1 в редакции решения Алматинского областного маслихата от 10.08.2017 № 20-112 (вводится "
    "в действие с 01.01.2017).*\n\n<table>\n<tr>\n<td>1</td>\n<td>Налоговые поступления</td>\n<td>41 088 073</td>\n</tr>\n</table>\n\n"
    "> *Приложение 2*  \n> *утвержденное решением Алматинского*  \n> *областного маслихата от 9 декабря 2016 года*  \n"
    "> *№11-54 «Об областном бюджете*  \n> *Алматинской области на 2017-2019 годы»*\n\n"
    "# Областной бюджет Алматинской области на 2018 год\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Налоговые поступления</td>\n<td>41 088 073</td>\n</tr>\n</table>\n")
BUDGET_KK = (
    "# Алматы облысының 2017-2019 жылдарға арналған облыстық бюджеті туралы\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
    "1. 2017-2019 жылдарға арналған облыстық бюджет тиісінше 1 және 2 қосымшаларға сәйкес бекітілсін.\n\n"
    "> *Ескерту. 1-тармақ жаңа редакцияда - Алматы облыстық мәслихатының 10.08.2017 № 20-112 (01.01.2017 бастап "
    "қолданысқа енгізіледі) шешімімен.*\n\n"
    "2. Субвенциялар көлемдері 81 383 740 мың теңге сомасында көзделсін, оның ішінде:\n\n"
    "<table>\n<tr>\n<td>Ақсу ауданына</td>\n<td>3 670 180 мың теңге;</td>\n</tr>\n</table>\n\n"
    "3. Бюджеттік алып қоюдың көлемі 64 239 506 мың теңге сомасында көзделсін.\n\n"
    "> *Ескерту. 3-тармаққа өзгерістер енгізілді - Алматы облыстық мәслихатының 10.08.2017 № 20-112 (01.01.2017 "
    "бастап қолданысқа енгізіледі) шешімімен.*\n\n"
    "4. Осы шешім 2017 жылғы 1 қаңтардан бастап қолданысқа енгiзiледi.\n\n"
    "**Алматы облыстық мәслихат сессиясының төрағасы**\n\n**Ы. Бектұрсынов**\n\n"
    "**Алматы облыстық мәслихаттың хатшысы**\n\n**С. Мұқанов**\n\n"
    "> *Алматы облыстық мәслихатының*  \n> *2016 жылғы 9 желтоқсандағы*  \n> *«Алматы облысының 2017-2019 жылдарға*  \n"
    "> *арналған облыстық бюджеті туралы»*  \n> *№ 11-54 шешімімен бекітілген*  \n> *1-қосымша*\n\n"
    "# Алматы облысының 2017 жылға арналған облыстық бюджеті\n\n"
    "> *Ескерту. 1-қосымша жаңа редакцияда - Алматы облыстық мәслихатының 10.08.2017 № 20-112 (01.01.2017 бастап "
    "қолданысқа енгізіледі) шешімімен.*\n\n<table>\n<tr>\n<td>1</td>\n<td>Салықтық түсімдер</td>\n<td>41 088 073</td>\n</tr>\n</table>\n\n"
    "> *Алматы облыстық мәслихатының*  \n> *2016 жылғы 9 желтоқсандағы*  \n> *«Алматы облысының 2017-2019 жылдарға*  \n"
    "> *арналған облыстық бюджеті туралы»*  \n> *№ 11-54 шешімімен бекітілген*  \n> *2-қосымша*\n\n"
    "# Алматы облысының 2018 жылға арналған облыстық бюджеті\n\n"
    "<table>\n<tr>\n<td>1</td>\n<td>Салықтық түсімдер</td>\n<td>41 088 073</td>\n</tr>\n</table>\n")


@pytest.mark.parametrize("name,text", [("kaz.md", BUDGET_KK), ("rus.md", BUDGET_RU)], ids=["kk", "ru"])
def test_a_maslikhat_budget_with_its_history(name, text):
    d = doc_meta(text, name, "11-54", "2016-12-09", "154000000002")
    events = sorted((a.path, a.effect, a.amending.number, a.amending.issuer.en) for a in d.amendments if a.from_note)
    assert events == [((("appendix", "1"),), "Substitution", "20-112", "Almaty Region Maslikhat"),
                      ((("point", "1"),), "Substitution", "20-112", "Almaty Region Maslikhat"),
                      ((("point", "3"),), "Modification", "20-112", "Almaty Region Maslikhat")]
    units = {u.path: u for u in d.units}
    assert (("point", "2"), ("table", "1")) in units  # the table the point announces is the point's
    assert units[(("appendix", "1"),)].heading == ("Алматы облысының 2017 жылға арналған облыстық бюджеті" if name == "kaz.md"
                                                   else "Областной бюджет Алматинской области на 2017 год")
    assert [p for p in units if p[0][0] == "appendix" and len(p) == 1] == [(("appendix", "1"),), (("appendix", "2"),)]
    assert not d.unparsed


# rules of the legal cadastre (Ministry of Justice, 2012): a stamp's "1 қосымша" without its hyphen; notes of 2012
# naming the amending order by its date "2012.10.18" and its number with no sign; a point kept as a note of its deletion
CADASTRE_KK = (
    "# Құқықтық кадастрдан ақпарат ұсыну қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n"
    "1. Осы бұйрықтың 1-қосымшасына сәйкес Құқықтық кадастрдан ақпарат ұсыну қағидалары бекітілсін.\n\n"
    "2. Осы бұйрық алғашқы ресми жарияланған күнінен бастап он күнтізбелік күн өткен соң қолданысқа енгізіледі.\n\n"
    "**Министр**\n\n**Б. Имашев**\n\n"
    "> *«Келісілді»*  \n> *Қазақстан Республикасының*  \n> *Көлік және коммуникациялар*  \n> *министрі*  \n"
    "> *______________ А. Жұмағалиев*  \n> *2012 жылғы 28 наурыз*\n\n"
    "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2012 жылғы 28 наурыздағы*  \n> *№ 131 бұйрығына*  \n"
    "> *1 қосымша*\n\n## Құқықтық кадастрдан ақпарат ұсыну қағидалары\n\n### 1. Жалпы ережелер\n\n"
    "5. Құқық иесін сәйкестендіретін мәліметтерді қоспағанда, мәліметтер берілмейді.\n\n"
    "6. Ескерту. 6-тармақ алынып тасталды - ҚР Әділет министрiнiң 2012.10.18 351 (бастапқы ресми жариялаған күнінен "
    "бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі) Бұйрығымен.\n\n"
    "11. Ереженің 10-тармағында көрсетілген ақпарат Заңның 17-бабының 2 және 3 тармақтарына сәйкес беріледі.\n\n"
    "> *Ескерту. 11-тармақ жаңа редакцияда - ҚР Әділет министрiнiң 2012.10.18 351 (бастапқы ресми жариялаған "
    "күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі) Бұйрығымен.*\n")


def test_notes_of_2012_and_a_stamp_without_its_hyphen():
    d = doc_meta(CADASTRE_KK, "kaz.md", "131", "2012-03-28", "103001000000")
    events = sorted((a.path[-1], a.effect, a.amending.number, a.amending.date, a.amending.issuer.en) for a in d.amendments)
    assert events == [(("point", "11"), "Substitution", "351", "2012-10-18", "Ministry of Justice"),
                      (("point", "6"), "Deletion", "351", "2012-10-18", "Ministry of Justice")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Құқықтық кадастрдан ақпарат ұсыну қағидалары"
    assert "Ескерту" not in (units[(("appendix", "1"), ("chapter", "1"), ("point", "11"))].text or "")
    (approval,) = d.approvals
    assert approval.org.en == "Ministry of Transport and Communications" and approval.person == "А. Жұмағалиев"
    assert not d.unparsed


# a point holding two lists (Instruction on the state registration of legal entities, 2007): the second list, after
# a paragraph of the point that leads into it, is a part of the point with sub-points of its own
# The Ministry of Justice's instruction of 2007 on registering legal entities: point 6 with two lists, the second led
# in by a paragraph of its own (also read by `kg text` in tests/test_lineage.py)
TWO_LISTS_2007 = (
    "# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
    "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после первого официального "
    "опубликования.\n\n*Министр*\n\n> *Утверждена*  \n> *Приказом Министра юстиции*  \n> *Республики Казахстан*  \n"
    "> *от 12 апреля 2007 года*\n\n## Инструкция\n\n"
    "6. Для регистрации юридического лица в регистрирующий орган предоставляются:\n\n"
    "   1\\) заявление по форме согласно приложению 1 к настоящей Инструкции;\n\n"
    "   2\\) перечень учредительных и других документов согласно приложению 5 к настоящей Инструкции.\n\n"
    "   Регистрация юридических лиц с иностранным участием производится в порядке, установленном для регистрации "
    "юридических лиц Республики Казахстан. Кроме документов, предусмотренных Законом, дополнительно представляются:\n\n"
    "   1\\) легализованная выписка из торгового реестра;\n\n"
    "   2\\) копия паспорта или другой документ, удостоверяющий личность учредителя - иностранца.\n\n"
    "7. Для юридических лиц регистрирующий орган предоставляет выписку из Национального реестра.\n")


def test_a_second_list_in_a_point_is_a_part_of_it():
    d = doc_meta(TWO_LISTS_2007, "rus.md", "112", "2007-04-12", "103001000000")
    units = {u.path[1:]: u.text for u in d.units if u.path[:1] == (("appendix", "1"),)}
    assert units[(("point", "6"), ("subpoint", "1"))] == "1) заявление по форме согласно приложению 1 к настоящей Инструкции;"
    assert units[(("point", "6"), ("subpoint", "2"))].startswith("2) перечень учредительных")
    assert units[(("point", "6"), ("part", "2"))].endswith("дополнительно представляются:")
    assert units[(("point", "6"), ("part", "2"), ("subpoint", "1"))] == "1) легализованная выписка из торгового реестра;"
    assert units[(("point", "6"), ("part", "2"), ("subpoint", "2"))].startswith("2) копия паспорта")
    assert not d.unparsed



def test_a_paragraph_between_a_point_s_two_lists_is_a_part_of_the_point():
    # the same point as the real text has it: a paragraph of the point after the first list closed with its full
    # stop, before the second list's lead-in; it is no continuation of the first list's last item
    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n*Министр*\n\n> *Утверждена*  \n"
            "> *Приказом Министра юстиции*  \n> *от 12 апреля 2007 года*\n\n## Инструкция\n\n"
            "6. Для регистрации юридического лица в регистрирующий орган предоставляются:\n\n"
            "   1\\) заявление по форме согласно приложению 1 к настоящей Инструкции;\n\n"
            "   2\\) перечень учредительных и других документов согласно приложению 5 к настоящей Инструкции.\n\n"
            "   Заявление о регистрации юридического лица подписывается и подается в регистрирующий орган в порядке, "
            "предусмотренном статьей 6 Закона.\n\n"
            "   Регистрация юридических лиц с иностранным участием производится в порядке, установленном для регистрации "
            "юридических лиц Республики Казахстан. Кроме документов, предусмотренных Законом, дополнительно представляются:\n\n"
            "   1\\) легализованная выписка из торгового реестра;\n\n"
            "   2\\) копия паспорта или другой документ, удостоверяющий личность учредителя - иностранца.\n")
    d = doc_meta(text, "rus.md", "112", "2007-04-12", "103001000000")
    units = {u.path[1:]: u.text for u in d.units if u.path[:1] == (("appendix", "1"),)}
    assert units[(("point", "6"), ("subpoint", "2"))] == ("2) перечень учредительных и других документов согласно "
                                                        "приложению 5 к настоящей Инструкции.")
    assert units[(("point", "6"), ("part", "2"))].startswith("Заявление о регистрации юридического лица подписывается")
    assert units[(("point", "6"), ("part", "3"))].endswith("дополнительно представляются:")
    assert units[(("point", "6"), ("part", "3"), ("subpoint", "2"))].startswith("2) копия паспорта")
    assert not d.unparsed

# internal rules of correctional institutions (Ministry of Justice, 2001): notes naming orders by dates "2009.06.29",
# "2004.08.24." with N and "Бұйрықтарымен" for several; the rules' title a heading under the approval, with no stamp;
# numbered sections one heading level under the chapters ("## 2-Тарау" / "### 1.")
PRISON_RULES_KK = (
    "# Түзеу мекемелерінің ішкі тәртіп Ережелерін бекіту туралы\n\n"
    "> *Ескерту. Бұйрықтың тақырыбына өзгеріс енгізілді - ҚР Әділет министрінің 2009.06.29 N 78 бұйрығымен.*\n\n"
    "Қылмыстық-атқару заңнамасын жүзеге асыру мақсатында БҰЙЫРАМЫН:\n\n"
    "1. Түзеу мекемелерінің ішкі тәртіп ережелері бекітілсін (қоса беріліп отыр).\n\n"
    "2. Бұйрық 2002 жылдың 1 қаңтарынан бастап іске енеді.\n\n   *Министр*\n\n   \"Келісілген\"\n\n"
    "   Қазақстан Республикасының\n\n   Бас прокуратурасы\n\n   2001 жылғы 19 желтоқсан\n\n"
    "   ## Түзеу мекемелерiнiң iшкi тәртiп Ережелері\n\n## 1-Тарау. Жалпы ережелер\n\n"
    "1. Осы Ереже мекемелер қызметiн реттейдi.\n\n## 2-Тарау. Сотталғандарды түзеу мекемелеріне қабылдау тәртібі\n\n"
    "### 1. Сотталғандарды түзеу мекемелерiне қабылдау\n\n"
    "3. Сотталғандарды ТМ-не қабылдауды колония бастығының кезекшi көмекшiсi жүзеге асырады.\n\n"
    "4. Сотталғандарды ТМ-не қабылдау кезiнде жеке iстерiнiң түгелдiгiн тексереді.\n\n"
    "   > *Ескерту: 4-тармаққа өзгерту енгізілді - ҚР Әділет министрінің 2004.08.24. N 240, 2007.10.02. N 273 "
    "(қолданысқа енгізілу тәртібін 2-тармақтан қараңыз) Бұйрықтарымен.*\n\n"
    "6. Медициналық қызметкер сотталғандардың сыртқы қарауын өткізеді.\n\n"
    "   > *Ескерту: 6-тармаққа толықтыру енгізілді - ҚР Әділет министрінің 2004 жылғы 27 мамырдағы N 154бұйрығымен.*\n")


def test_older_rules_with_no_stamp_and_notes_dated_year_first():
    d = doc_meta(PRISON_RULES_KK, "kaz.md", "148", "2001-12-11", "103001000000")
    events = sorted((a.path, a.effect, a.amending.number, a.amending.date) for a in d.amendments)
    rules = (("appendix", "1"), ("chapter", "2"), ("section", "1"))
    assert events == [(rules + (("point", "4"),), "Modification", "240", "2004-08-24"),
                      (rules + (("point", "4"),), "Modification", "273", "2007-10-02"),
                      (rules + (("point", "6"),), "Modification", "154", "2004-05-27"),
                      ((("title", ""),), "Modification", "78", "2009-06-29")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Түзеу мекемелерінің ішкі тәртіп Ережелері"
    assert units[(("appendix", "1"), ("chapter", "1"))].heading == "Жалпы ережелер"
    assert units[rules].heading == "Сотталғандарды түзеу мекемелеріне қабылдау"
    (approval,) = d.approvals
    assert approval.org.en == "Prosecutor General's Office" and approval.text == "Қазақстан Республикасының Бас прокуратурасы"
    assert not d.unparsed


# rules of the state technical inspection (Ministry of Internal Affairs, 1999): notes of 2001–2004 ("в новой
# редакции", "с дополнениями, внесенными", several clauses in one note) and points kept as records of their deletion in
# brackets, one naming the deleting order by its date and number only (the ministry's own)
INSPECTION_RU = (
    "# Т\n\nприказываю:\n\n1. Утвердить Правила проведения государственного технического осмотра (приложение N 1).\n\n"
    "2. Установить, что настоящие Правила вступают в силу со дня государственной регистрации.\n\n"
    "*Министр внутренних дел*\n\n*Республики Казахстан*\n\n"
    "> *Приложение 1*  \n> *к Приказу МВД РК*  \n> *от 22.11.1999г. N 587*\n\n## ПРАВИЛА проведения технического осмотра\n\n"
    "## 1. Общие положения\n\n6. Техническому осмотру подлежат ежегодно:\n\n   1) автобусы - один раз в квартал;\n\n"
    "   5) (подпункт исключен - от 16 марта 2005 года N 168 ) . <*>\n\n"
    "7. Технический осмотр проводится на пунктах технического контроля Дорожной полиции. <*>\n\n"
    "   > *Сноска. Пункт 7 в новой редакции - приказом Министра внутренних дел Республики Казахстан от 10 декабря 2002 "
    "года N 775.*\n\n"
    "8. (Пункт исключен - приказом Министра внутренних дел Республики Казахстан от 10 декабря 2002 года N 775).\n\n"
    "9. Диагностирование осуществляют юридические лица. <*>\n\n"
    "   > *Сноска. Пункт 9 - с дополнениями, внесенными приказом Министра внутренних дел РК от 30 октября 2000 года N 571 ; "
    "пункт 9 в новой редакции - приказом Министра внутренних дел Республики Казахстан от 10 декабря 2002 года N 775; с "
    "изменениями - приказом Министра внутренних дел Республики Казахстан от 13 декабря 2003 года N 722 .*\n")


def test_older_notes_and_deletions_kept_in_brackets():
    d = doc_meta(INSPECTION_RU, "rus.md", "587", "1999-11-22", "103003000000")
    rules = (("appendix", "1"), ("chapter", "1"))
    events = sorted((a.path[len(rules):], a.effect, a.amending.number, a.amending.issuer.en) for a in d.amendments
                    if a.path[:2] == rules)
    mvd = "Ministry of Internal Affairs"
    assert events == [((("point", "6"), ("subpoint", "5")), "Deletion", "168", mvd),
                      ((("point", "7"),), "Substitution", "775", mvd),
                      ((("point", "8"),), "Deletion", "775", mvd),
                      ((("point", "9"),), "Modification", "571", mvd),
                      ((("point", "9"),), "Modification", "722", mvd),
                      ((("point", "9"),), "Substitution", "775", mvd)]
    assert not d.unparsed


# the same rules in Kazakh: "өзгертілді", "өзгертілді, толықтырылды" (point 6 changed, not inserted), a chapter's title
# changed, "Тармақ алынып тасталды" as the point's text, a minister's role over lines joined by a dash
INSPECTION_KK = (
    "# Т\n\nБұйырамын :\n\n1. Тәртiбi бекiтiлсiн (1-қосымша).\n\n"
    "2. Бұйрықтың орындалуын бақылау Жол полициясы Департаментіне жүктелсiн.\n\n"
    "   > *Ескерту: 2-тармақ өзгертілді - ҚР Ішкі істер министрінің 2001 жылғы 12 қараша N 787 бұйрығымен , 2002 жылғы "
    "10 желтоқсандағы N 775 бұйрығымен .*\n\n"
    "3. Осы Тәртiп мемлекеттiк тiркелген күннен бастап күшiне енедi деп белгiленсiн.\n\n"
    "*Қазақстан Республикасының*\n\n*Ішкi iстер министрi -*\n\n*Iшкi әскерлерiнiң*\n\n*қолбасшысы генерал-лейтенант*\n\n"
    "> *Қазақстан Республикасы*  \n> *Ішкi iстер министрлігінің*  \n> *1999 жылғы 22 қарашадағы*  \n> *N 587 бұйрығына*  \n"
    "> *1-қосымша*\n\n## Техникалық байқауды жүргізудің тәртібі\n\n## 1. Жалпы ережелер\n\n"
    "6. Жыл сайын техникалық байқауға автобустар жатады.\n\n"
    "   > *Ескерту: 6-тармақ өзгертілді, толықтырылды - ҚР Ішкі істер министрінің 2001 жылғы 12 қарашадағы N 787 "
    "бұйрығымен , 2005 жылғы 16 наурыздағы N 168 бұйрығымен .*\n\n"
    "8. Тармақ алынып тасталды - Ішкі істер министрінің 2002 жылғы 10 желтоқсандағы N 775 бұйрығымен .\n\n"
    "## 2. Заңды тұлғалардың қатысуының тәртiбi\n\n"
    "> *Ескерту: 2-тараудың тақырыбы өзгертілді - Ішкі істер министрінің 2002 жылғы 10 желтоқсандағы N 775 бұйрығымен .*\n\n"
    "9-1. Диагностикалау мемлекеттiк стандарт бойынша жүргізіледі.\n\n"
    "> *Ескерту: 9-1-тармақпен толықтырылды - Ішкі істер министрінің 2003 жылғы 13 желтоқсандағы N 722 бұйрығымен .*\n")


def test_older_kazakh_notes_of_change_and_deletion():
    d = doc_meta(INSPECTION_KK, "kaz.md", "587", "1999-11-22", "103003000000")
    events = sorted((a.path, a.effect, a.amending.number) for a in d.amendments)
    rules = (("appendix", "1"),)
    assert events == [(rules + (("chapter", "1"), ("point", "6")), "Modification", "168"),
                      (rules + (("chapter", "1"), ("point", "6")), "Modification", "787"),
                      (rules + (("chapter", "1"), ("point", "8")), "Deletion", "775"),
                      (rules + (("chapter", "2"), ("point", "9-1")), "Insertion", "722"),
                      (rules + (("chapter", "2"), ("title", "")), "Modification", "775"),
                      ((("point", "2"),), "Modification", "775"),
                      ((("point", "2"),), "Modification", "787")]
    (signature,) = d.signatories
    assert signature.role.endswith("Ішкі істер министрі - Ішкі әскерлерінің қолбасшысы генерал-лейтенант")
    assert not d.unparsed


# an instruction published as its own text under its stamp (notarial actions, 1998): the headings above its first point
# are its structure, and a record that words were replaced throughout the text stands alone, without "Сноска."
NOTARIAL_RU = (
    "# Инструкция о порядке совершения нотариальных действий в Республике Казахстан\n\n"
    "> *Утверждена*  \n> *Приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 28 июля 1998 года № 539*\n\n"
    "## Инструкция о порядке совершения нотариальных действий в Республике Казахстан\n\n"
    "По всему тексту Инструкции слова \"контракты\", \"контракт\" заменены словами \"договоры\", \"договор\" - приказом "
    "и.о. Министра юстиции Республики Казахстан от 16 января 2006 года N 13 (вводится в действие по истечении десяти "
    "календарных дней с момента его первого официального опубликования).\n\n"
    "### Раздел 1\n\n#### Глава 1. Общие положения\n\n"
    "1. Настоящая Инструкция устанавливает порядок совершения нотариальных действий.\n\n"
    "#### Глава 2 Основные правила совершения нотариальных действий\n\n"
    "7. Нотариальные действия могут совершаться любым нотариусом.\n")


def test_an_instruction_alone_keeps_its_first_chapter_and_records_words_replaced():
    d = doc_meta(NOTARIAL_RU, "rus.md", "539", "1998-07-28", "103001000000")
    units = {u.path: u for u in d.units}
    # its first division is a section: the section holds its chapters
    assert units[(("section", "1"), ("chapter", "1"))].heading == "Общие положения"
    assert (("section", "1"), ("chapter", "1"), ("point", "1")) in units
    assert (("section", "1"), ("chapter", "2"), ("point", "7")) in units
    words = [a for a in d.amendments if a.effect == "WordReplacement"]
    assert {(a.amending.number, a.amending.date) for a in words} == {("13", "2006-01-16")}
    # ("контракты", "контракт" … словами "договоры", "договор": word for word)
    assert [(a.old_words, a.new_words) for a in words] == [("контракты", "договоры"), ("контракт", "договор")]
    assert not d.unparsed


# a signature that ends with a rank ("генерал-майор") right above the appendix's stamp (instruction on the Code of
# Administrative Offences, 2001): the rank is the signature's, not the stamp's first line
def test_a_rank_ends_the_signature_not_the_stamp():
    text = ("# Т\n\nБҰЙЫРАМЫН :\n\n1. Нұсқаулық бекітілсін.\n\n"
            "2. Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткеннен кейін күшіне енеді.\n\n"
            "*Қазақстан Республикасының*\n\n*Ішкі істер министрі*\n\n*Ішкі әскерлер қолбасшысы*\n\n*генерал-майор*\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкіісминінің*  \n> *2001 жылғы 20 маусымында*  \n> *N 486 бұйрығымен*  \n"
            "> *бекітілген*\n\n## НҰСҚАУЛЫҚ\n\n## 1. Жалпы ережелер\n\n1. Осы Нұсқаулық қызметті реттейді.\n")
    d = doc_meta(text, "kaz.md", "486", "2001-06-20", "103003000000")
    (signature,) = d.signatories
    assert signature.role.endswith("Ішкі істер министрі Ішкі әскерлер қолбасшысы генерал-майор")
    assert {u.path for u in d.units} >= {(("appendix", "1"),), (("appendix", "1"), ("chapter", "1"), ("point", "1"))}
    assert not d.unparsed


# an instruction on educational work (Ministry of Justice, 2004): a repeal naming the order's number before its date,
# the Prosecutor General's first deputy approving, a stamp quoting the order's title over lines, a point the markdown
# set as a heading, and chapters numbered without the word "Глава" at two heading levels
EDUCATION_RU = (
    "# Т\n\nПРИКАЗЫВАЮ :\n\n1. Утвердить Инструкцию об организации воспитательной работы с осужденными.\n\n"
    "2. Признать утратившим силу приказ Министра юстиции Республики Казахстан № 147 от 11 декабря 2001 года \"Об "
    "утверждении Инструкции об организации воспитательной работы с осужденными\" (зарегистрированный в государственном "
    "Реестре нормативных правовых актов за N 1714).\n\n3. Настоящий приказ вступает в силу со дня его государственной "
    "регистрации.\n\n*Министр*\n\n*Согласовано*\n\n*Первый Заместитель*\n\n*Генерального Прокурора*\n\n"
    "*Республики Казахстан*\n\n*10 ноября 2004 года*\n\n"
    "> *Утверждена*  \n> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 21 октября 2004 года N 305*  \n"
    "> *\"Об утверждении Инструкции об*  \n> *организации воспитательной работы*  \n> *с осужденными\"*\n\n"
    "## ИНСТРУКЦИЯ об организации воспитательной работы с осужденными\n\n## 1. Общие положения\n\n"
    "1. Настоящая Инструкция регулирует вопросы организации воспитательной работы.\n\n## 2. Планирование\n\n"
    "10. Планирование воспитательной работы осуществляется на основе приказов.\n\n"
    "## 11. Раздел плана воспитательной работы среди осужденных составляется начальником отдела по воспитательной "
    "работе среди осужденных и утверждается начальником ИУ.\n\n"
    "### 3. Воспитательное воздействие на осужденных к лишению свободы\n\n14. Воспитательная работа - это система мер.\n")


def test_older_repeal_approval_stamp_and_headings_of_2004():
    d = doc_meta(EDUCATION_RU, "rus.md", "305", "2004-10-21", "103001000000")
    (repeal,) = [a for a in d.amendments if a.effect == "Repeal"]
    assert (repeal.target_act.number, repeal.target_act.date, repeal.target_act.registration) == ("147", "2001-12-11", "1714")
    (approval,) = d.approvals
    assert approval.org.en == "Prosecutor General's Office"
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "ИНСТРУКЦИЯ об организации воспитательной работы с осужденными"
    assert units[(("appendix", "1"), ("chapter", "2"), ("point", "11"))].text.startswith("Раздел плана")
    assert units[(("appendix", "1"), ("chapter", "3"))].heading == "Воспитательное воздействие на осужденных к лишению свободы"
    assert (("appendix", "1"), ("chapter", "3"), ("point", "14")) in units
    assert not d.unparsed


def test_a_kazakh_repeal_whose_act_lost_its_kind_word_in_translation():
    # the Kazakh text of the same order: "… Әдiлет министрiнiң 2001 жылғы 11 желтоқсандағы N 147 күшiн жойды деп
    # танылсын", the word "бұйрығының" lost between the number and the verb; the Russian names "приказ … № 147". It is
    # order № 147 repealed all the same (the instruction had failed)
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Қазақстан Республикасы Әдiлет министрлiгi түзеу мекемелерiндегi сотталғандармен тәрбие "
            "жұмысын ұйымдастыру жөнiндегi Нұсқаулық бекiтiлсiн.\n\n2. \"Қазақстан Республикасының түзеу мекемелерiндегi "
            "жазаларын өтеп жатқан, сотталғандармен тәрбие жұмысын ұйымдастыру жөнiндегi Нұсқаулықты бекiту туралы\" "
            "Қазақстан Республикасы Әдiлет министрiнiң 2001 жылғы 11 желтоқсандағы N 147 күшiн жойды деп танылсын "
            "(мемлекеттiк тiркеу N 1714).\n\n3. Осы бұйрық мемлекеттiк тiркеуден өткен күнi күшiне енедi.\n\n*Министр*\n")
    d = doc_meta(text, "kaz.md", "305", "2004-10-21", "103001000000")
    (repeal,) = [a for a in d.amendments if a.effect == "Repeal"]
    assert (repeal.target_act.number, repeal.target_act.date, repeal.target_act.issuer.en) == (
        "147", "2001-12-11", "Ministry of Justice")
    assert not d.instructions_failed


# rules of admission (Ministry of Internal Affairs, 2001), the end of the order in a fence: an approval and the rules'
# stamp side by side, their columns merged line by line, the approval's day left blank; a note in a fence after it
ADMISSION_RU = (
    "# Т\n\nприказываю:\n\n1\\. Утвердить прилагаемые Правила приема в высшие учебные заведения.\n\n"
    "2\\. Начальникам высших учебных заведений МВД Республики Казахстан\n\n```\n"
    "строго соблюдать требования настоящих Правил при организации вступительных\nэкзаменов и зачислении кандидатов на учебу.\n"
    "3. Настоящий приказ вступает в силу со дня государственной\nрегистрации в Министерстве юстиции Республики Казахстан.\n"
    "Министр внутренних дел\nРеспублики Казахстан\n\"Согласовано\" \"Утверждены\"\n"
    "Первый вице-Министр Приказом Министра внутренних дел\nобразования и науки Республики Казахстан\n"
    "Республики Казахстан от 9 июля 2001 г. N 548\n\"___\"______ 2001 года\nПравила приема в высшие учебные заведения\n"
    "Министерства внутренних дел Республики Казахстан\n```\n\n"
    "1\\. Настоящие Правила определяют порядок приема в высшие учебные заведения МВД Республики Казахстан.\n\n"
    "4\\. Приемные комиссии осуществляют отбор абитуриентов. <*>\n\n```\n"
    "Сноска. Пункт 4 в новой редакции - приказом Министра внутренних дел\nРК от 11 июня 2002 года N 411\n\nV021916_\n\n.\n"
    "5. Абитуриенты, поступающие в высшие учебные заведения, сдают\nвступительные экзамены в форме комплексного тестирования.\n```\n")


def test_an_approval_beside_the_stamp_in_a_fence():
    d = doc_meta(ADMISSION_RU, "rus.md", "548", "2001-07-09", "103003000000")
    (approval,) = d.approvals
    assert approval.org.en == "Ministry of Education and Science" and approval.blank_date
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == ("Правила приема в высшие учебные заведения Министерства внутренних дел "
                                                   "Республики Казахстан")
    assert (("appendix", "1"), ("point", "5")) in units
    (note,) = [a for a in d.amendments if a.from_note]
    assert (note.path, note.effect, note.amending.number) == ((("appendix", "1"), ("point", "4")), "Substitution", "411")
    assert not d.unparsed



# rules of internal order of 2001 (order № 148 of the Ministry of Justice): the same merged columns after a
# signature in a list's indentation, the stamp's word unquoted ('"Согласовано" Утверждены')
INTERNAL_ORDER_RU = (
    "# Т\n\nприказываю:\n\n1. Утвердить прилагаемые Правила внутреннего распорядка исправительных учреждений.\n\n"
    "4. Приказ вводится в действие с 1 января 2002 года.\n\n   *Министр*\n\n   \"Согласовано\" Утверждены\n\n"
    "   Генеральная Прокуратура Приказом Министра юстиции\n\n   Республики Казахстан Республики Казахстан\n\n"
    "   от 11 декабря 2001 года N 148\n\n   ## Правила внутреннего распорядка исправительных учреждений\n\n"
    "## Раздел 1. Общие положения\n\n1. Настоящие Правила регулируют деятельность исправительных учреждений.\n")


def test_an_approval_beside_the_stamp_whose_word_is_unquoted():
    d = doc_meta(INTERNAL_ORDER_RU, "rus.md", "148", "2001-12-11", "103001000000")
    (approval,) = d.approvals
    assert (approval.org.en, approval.text) == ("Prosecutor General's Office", "Генеральная Прокуратура")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Правила внутреннего распорядка исправительных учреждений"
    assert (("appendix", "1"), ("section", "1"), ("point", "1")) in units and not d.unparsed

# the same rules in Kazakh: the approval's words and the stamp's share lines, the stamp's marker last ("… N 548
# бұйрығымен бекітілген"); a note broken after the issuer, its act on the next line (in a fence, or a paragraph)
ADMISSION_KK = (
    "# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса берiлiп отырған қабылдау ережелерi бекiтiлсiн.\n\n"
    "2\\. Қазақстан Республикасының Iшкіісминi жоғары оқу орындарының\n\n```\n"
    "басшылары қабылдау емтиханын ұйымдастыру және талапкерлердi оқуға\nқабылдауда осы Ережелердiң талаптарын қатаң сақтасын.\n"
    "3. Осы бұйрық Қазақстан Республикасының Әдiлет министрлiгiнде\nмемлекеттiк тiркеуден өткен күнiнен бастап күшiне енедi.\n"
    "Қазақстан Республикасы\nІшкі істер министрі -\nгенерал-майор\n\"Келісілді\" Қазақстан Республикасы\n"
    "Қазақстан Республикасы Ішкі істер министрінің\nБілім және ғылым 2001 жылғы 9 шілдедегі\n"
    "бірінші вице-Министрі N 548 бұйрығымен бекітілген\nҚазақстан Республикасы Iшкi iстер министрлiгiнiң\n"
    "жоғары оқу орындарына қабылдау\nЕРЕЖЕЛЕРI\n```\n\n"
    "1\\. Осы Ережелер жоғары оқу орындарына қабылдау тәртiбiн анықтайды.\n\n"
    "4\\. Қабылдау комиссиялары талапкерлердi iрiктеудi жүзеге асырады. <*>\n\n"
    "> *Ескерту: 4-тармақ жаңа редакцияда - ҚР Ішкі істер министрінің*\n\n```\n2002 жылғы 11 маусымдағы N 411\n\n"
    "V021916_\n\nбұйрығымен.\n5. Жоғары оқу орындарына түсушi талапкерлер, қабылдау емтихандарын\n"
    "кешендi тестiлеу формасы бойынша тапсырады.\n```\n\n"
    "7\\. Қабылдау емтихандары мына пәндер бойынша жүргiзiледi. <*>\n\n"
    "> *Ескерту: 7-тармақ толықтырылды - ҚР Ішкі істер министрінің*\n\n"
    "2002 жылғы 11 маусымдағы N 411 V021916_ бұйрығымен.\n")


def test_a_kazakh_approval_beside_the_stamp_and_notes_broken_after_the_issuer():
    d = doc_meta(ADMISSION_KK, "kaz.md", "548", "2001-07-09", "103003000000")
    (approval,) = d.approvals
    assert approval.org.en == "Ministry of Education and Science"
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading.endswith("жоғары оқу орындарына қабылдау ЕРЕЖЕЛЕРІ")
    events = sorted((a.path, a.effect, a.amending.number, a.amending.date) for a in d.amendments if a.from_note)
    assert events == [((("appendix", "1"), ("point", "4")), "Substitution", "411", "2002-06-11"),
                      ((("appendix", "1"), ("point", "7")), "Modification", "411", "2002-06-11")]
    assert "бұйрығымен" not in (units[(("appendix", "1"), ("point", "7"))].text or "")
    assert not d.unparsed


# rules of vehicle registration (Ministry of Internal Affairs, 1998): a note of a sub-point after the point of entry
# into force does not end the operative part; a repeal of "ҚР ІІМ-нің 1996 жылғы маусымның 24-індегі N 217" (the
# ministry's letters, the month before the day); the rules' title under the signature ends "(бұдан әрі - Ережелер )"
VEHICLES_KK = (
    "# Т\n\nбұйырамын:\n\n1. Қосылып берiлiп отырған Ережелерi бекiтiлсiн.\n\n"
    "2. Аталмыш Ережелер Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткен күннен бастап "
    "күшіне енеді деп белгіленсін.\n\n3. Облыстардың ІІБ бастықтары:\n\n   1) аталмыш Ережелерді оқып-үйренуді қамтамасыз етсін;\n\n"
    "   4) Тәртіптер талаптарының орындалуын бақылау басқармалардың бастықтарына жүктелсін.\n\n"
    "      > *Ескерту: Бұйрықтың 3-тармағындағы 4-тармақшасы жаңа редакцияда жазылды - ҚР Ішкі істер министрінің "
    "2001 жылғы 25 наурыздағы N 249 бұйрығымен .*\n\n   5) Ережелердің мазмұнын жұртшылықтың назарына жеткізсін.\n\n"
    "5. ҚР ІІМ-нің 1996 жылғы маусымның 24-індегі N 217 бұйрығының күші жойылды деп есептелсін.\n\n"
    "6. Осы бұйрықтың орындалуына бақылау жасау Жол полициясы Департаментіне жүктелсін.\n\n"
    "   *Қазақстан Республикасының*\n\n   *Ішкі істер министрі Ішкі істер*\n\n   *әскерлерінің қолбасшысы*\n\n"
    "   *генерал-лейтенант*\n\n   ## Көлiк құралдарын мемлекеттiк тiркеудiң Ережелері (бұдан әрі - Ережелер )\n\n"
    "## 1. Жалпы ережелер\n\n1. Осы Ережелер бiрыңғай тәртiп орнатады.\n")


def test_a_note_after_the_point_of_force_and_a_repeal_by_the_ministry_s_letters():
    d = doc_meta(VEHICLES_KK, "kaz.md", "343", "1998-10-12", "103003000000")
    events = {(a.path, a.effect, a.amending.number) for a in d.amendments if a.from_note}
    assert ((("point", "3"), ("subpoint", "4")), "Substitution", "249") in events
    (repeal,) = [a for a in d.amendments if a.effect == "Repeal" and a.target_act.number == "217"]
    assert (repeal.target_act.date, repeal.target_act.issuer.en) == ("1996-06-24", "Ministry of Internal Affairs")
    units = {u.path: u for u in d.units}
    assert (("point", "6"),) in units and (("appendix", "1"), ("chapter", "1"), ("point", "1")) in units
    assert not d.unparsed


# the same rules in Russian: a note broken before its act ("… внесенными приказом" / "Министра внутренних дел РК от 25
# марта 2001 года N 249."), notes "В пункт 1 внесены изменения - приказом …", the rules' title a heading under "Министр"
VEHICLES_RU = (
    "# Т\n\n(Извлечение из Приказа МВД РК от 12.10.1998 г. N 343)\n\nприказываю:\n\n1. Утвердить Правила.\n\n"
    "2. Установить, что настоящие Правила вступают в силу со дня государственной регистрации.\n\n"
    "3. Начальникам ГУВД:\n\n   1) обеспечить изучение настоящих Правил;\n\n   5) довести содержание Правил до сведения "
    "учреждений и организаций. <*>\n\n      > *Сноска. Пункт 3 - с изменениями, внесенными приказом*\n\n"
    "      Министра внутренних дел РК от 25 марта 2001 года N 249.\n\n"
    "4. Контроль за выполнением настоящего Приказа возложить на Департамент дорожной полиции.\n\n   *Министр*\n\n"
    "   ## Правила государственной регистрации транспортных средств *\n\n## 1. Общие положения\n\n"
    "1. Настоящие Правила устанавливают порядок государственной регистрации. <*>\n\n"
    "   > *Сноска. В пункт 1 внесены изменения - приказом Министра внутренних дел РК от 26 апреля 2005 года N 249 "
    "(вводится в действие с момента его официального опубликования).*\n")


def test_a_russian_note_broken_before_its_act_and_changes_made():
    d = doc_meta(VEHICLES_RU, "rus.md", "343", "1998-10-12", "103003000000")
    events = sorted((a.path, a.effect, a.amending.number, a.amending.date) for a in d.amendments if a.from_note)
    assert events == [((("appendix", "1"), ("chapter", "1"), ("point", "1")), "Modification", "249", "2005-04-26"),
                      ((("point", "3"),), "Modification", "249", "2001-03-25")]
    assert not d.unparsed


# an instruction's own preamble changed (Ministry of Justice, 2002): "Кіріспеге өзгертулер енгізілді" under the
# instruction's title is the instruction's preamble, not the order's (the order's has a note of its own)
def test_a_note_on_an_attachment_s_preamble_is_the_attachment_s():
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n> *Ескерту. Кіріспеге өзгерту енгізілді - Қазақстан Республикасы Әділет министрлігінің "
            "2010.04.13 N 113 бұйрығымен.*\n\n1. Қоса берiлiп отырған нұсқаулық бекiтiлсiн.\n\n"
            "2. Осы бұйрық мемлекеттiк тiркеу күнiнен бастап күшiне енедi.\n\n*Министр*\n\n"
            "> *Қазақстан Республикасы*  \n> *Әдiлет министрiнiң*  \n> *2002 жылғы 3 сәуірдегі*  \n"
            "> *N 48 бұйрығымен бекiтiлген*\n\n## Тексерулердi жүргiзу жөнiндегi нұсқаулық\n\n"
            "Осы нұсқаулық Қазақстан Республикасы Үкiметiнiң қаулыларына сәйкес әзiрлендi.\n\n"
            "> *Ескерту: Кіріспеге өзгертулер енгізілді - ҚР Әділет министрінің 2005 жылғы 8 ақпандағы N 36, "
            "2006 жылғы 25 қыркүйектегі N 256,2010.04.13 N 113 бұйрықтарымен.*\n\n## 1. Жалпы ережелер\n\n"
            "1. Нұсқаулық тексерулердi нақтыландырады.\n")
    d = doc_meta(text, "kaz.md", "48", "2002-04-02", "103001000000")
    events = sorted((a.path, a.amending.number) for a in d.amendments if a.from_note)
    assert events == [((("appendix", "1"), ("preamble", "")), "113"), ((("appendix", "1"), ("preamble", "")), "256"),
                      ((("appendix", "1"), ("preamble", "")), "36"), ((("preamble", ""),), "113")]
    assert not d.unparsed


def test_a_signature_on_one_line_above_a_kazakh_stamp_is_the_signature():
    # Ministry of Finance, 2009: role and name on one italic line, the stamp right under it
    text = ("# Т\n\n\"Банкроттық туралы\" Заңының 10-2-бабына сәйкес, БҰЙЫРАМЫН:\n\n"
            "1\\. Қоса берілген ережелер бекітілсін.\n\n"
            "2\\. Осы бұйрық алғаш ресми жарияланғаннан кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.\n\n"
            "*Министр Б. Жәмішев*\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n"
            "> *2009 жылғы 18 қыркүйектегі*  \n> *N 388 бұйрығымен бекітілген*\n\n"
            "## Сырттай байқау әкімшілерін дайындау ережесі\n\n1\\. Бұл Ереже дайындау тәртібін анықтайды.\n")
    d = doc_meta(text, "kaz.md", "388", "2009-09-18", "103002000000")
    assert [(s.role, s.name) for s in d.signatories] == [("Министр", "Б. Жәмішев")]
    stamp = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert stamp.loc.line == 11  # the stamp starts at the country's name, not at the signature above it
    assert not d.unparsed


def test_sections_hold_chapters_where_a_section_comes_first_and_notes_find_them():
    # the notarial instruction of 1998: "Раздел 2" after chapter 1 is not a part of chapter 1
    text = NOTARIAL_RU.replace("#### Глава 2", "### Раздел 2\n\n#### Глава 2") + (
        "\n> *Сноска. Глава 2 с изменениями, внесенными приказом Министра юстиции РК от 16.01.2006 N 13.*\n")
    d = doc_meta(text, "rus.md", "539", "1998-07-28", "103001000000")
    units = {u.path for u in d.units}
    assert {(("section", "2"),), (("section", "2"), ("chapter", "2")),
            (("section", "2"), ("chapter", "2"), ("point", "7"))} <= units
    assert not any(p[:1] == (("chapter", "1"),) for p in units)
    (note,) = [a for a in d.amendments if a.from_note and a.effect != "WordReplacement"]
    assert note.path == (("section", "2"), ("chapter", "2"))  # the chapter read, in its section
    # a register divides its chapters into sections: the chapter, met first, stays the outer one
    reg = doc_meta("# Т\n\nБҰЙЫРАМЫН:\n\n1. Тізілім бекітілсін.\n\n2. Осы бұйрық қол қойылған күнінен бастап "
                   "қолданысқа енгізіледі.\n\n**Министр**\n\n**А. Б**\n\n> *Министрдің*  \n> *2015 жылғы 4 желтоқсандағы*  \n"
                   "> *№ 1 бұйрығымен бекітілген*\n\n## Лауазымдар тізілімі\n\n### 1-тарау. Басшылар\n\n"
                   "#### 1-бөлім. Орталық аппарат\n\n1. Бірінші басшы.\n\n### 2-тарау. Мамандар\n\n"
                   "#### 1-бөлім. Орталық аппарат\n\n2. Маман.\n", "kaz.md", "1", "2015-12-04", "103001000000")
    paths = {u.path for u in reg.units}
    assert (("appendix", "1"), ("chapter", "2"), ("section", "1"), ("point", "2")) in paths


# a register of 2005 (Ministry of Finance) lists its positions one a point; the Kazakh stamp of the next appendix,
# plain lines under the last point, is read back to the country's name, not into the points above it
REGISTER_LIST_KK = (
    "# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Мынадай:\n\n1) осы бұйрықтың 1-қосымшасына сәйкес жергілікті консультанттардың "
    "лауазымдар тізілімі;\n\n2) осы бұйрықтың 2 қосымшасына сәйкес лауазымдық коэффициенттерінің кестесі бекітілсін.\n\n"
    "2\\. Осы бұйрық Қазақстан Республикасы Әділет министрлігінде мемлекеттік тіркеуден өткен күнінен бастап "
    "қолданысқа енгізіледі.\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n> *Қаржы Министрінің*  \n"
    "> *2005 жылғы 7 қазандағы*  \n> *N 359 бұйрығына қосымша*\n\n## Жергілікті консультанттардың лауазымдар тізілімі\n\n"
    "1\\. Жобаларды үйлестіруші-консультант\n\n2\\. Жобаның техникалық мәселелері жөніндегі бас консультант\n\n"
    "3\\. Жобаның техникалық мәселелері жөніндегі консультант\n\n4\\. Аудармашы\n\nҚазақстан Республикасы\n\n"
    "Қаржы Министрінің\n\n2005 жылғы 7 қазандағы\n\nN 359 бұйрығына 2-қосымша\n\n"
    "## Жергілікті консультанттардың лауазымдық коэффициенттер кестесі\n\n"
    "1\\. Коэффициент лауазымдар тізіліміне сәйкес санатқа белгіленеді және жыл сайын қайта қаралады.\n")


def test_a_register_listing_positions_one_a_point():
    d = doc_meta(REGISTER_LIST_KK, "kaz.md", "359", "2005-10-07", "103002000000")
    assert [(p.path, p.label) for p in d.positions] == [
        ((("appendix", "1"), ("point", "1")), "Жобаларды үйлестіруші-консультант"),
        ((("appendix", "1"), ("point", "2")), "Жобаның техникалық мәселелері жөніндегі бас консультант"),
        ((("appendix", "1"), ("point", "3")), "Жобаның техникалық мәселелері жөніндегі консультант"),
        ((("appendix", "1"), ("point", "4")), "Аудармашы")]  # appendix 2 is no list of positions
    assert {u.path for u in d.units} >= {(("appendix", "2"),), (("appendix", "2"), ("point", "1"))}
    assert not d.unparsed


def test_a_list_of_positions_with_a_sentence_in_it_names_none():
    text = REGISTER_LIST_KK.replace(
        "4\\. Аудармашы", "4\\. Тізілімдегі лауазымдарға консультанттар жобаны басқару жөніндегі уәкілетті органның "
        "келісімімен конкурс бойынша тағайындалады және олармен шарт жасалады")
    assert doc_meta(text, "kaz.md", "359", "2005-10-07", "103002000000").positions == []


def test_an_approval_by_the_national_bank_s_chairman():
    # Ministry of Finance, 2012: the chairman's title names the National Bank, the approving body
    text = ("# Т\n\nВ соответствии с Законом ПРИКАЗЫВАЮ:\n\n1\\. Утвердить прилагаемые Квалификационные требования.\n\n"
            "2\\. Настоящий приказ вводится в действие по истечении двадцати одного календарного дня после его первого "
            "официального опубликования.\n\nМинистр Б. Жамишев\n\n\"СОГЛАСОВАНО\"\n\n*Председатель*\n\n"
            "*Национального Банка*\n\n*Республики Казахстан*\n\n*_____________ Марченко Г.А.*\n\n"
            "\"______\" __________ 2012 года\n\n> *Утверждены*  \n> *приказом Министра финансов*  \n"
            "> *Республики Казахстан*  \n> *от 13 ноября 2012 года № 490*\n\n## Квалификационные требования\n\n"
            "1\\. Настоящие квалификационные требования разработаны в соответствии с Законом.\n")
    d = doc_meta(text, "rus.md", "490", "2012-11-13", "103002000000")
    assert [(a.org.en, a.blank_date) for a in d.approvals] == [("National Bank of Kazakhstan", True)]
    assert [(s.role, s.name) for s in d.signatories] == [("Министр", "Б. Жамишев")]
    assert not d.unparsed


# Ministry of Finance, 2022: the editors' note of the day the act (or one of its points) takes effect, by its own point
@pytest.mark.parametrize("note,rule", [
    ("> *Ескерту. 01.03.2022 бастап қолданысқа енгізіледі – осы бұйрықтың 3-тармағымен.*",
     "3. Осы бұйрық 2022 жылғы 1 наурыздан бастап қолданысқа енгізіледі және ресми жариялануға тиіс."),
    ("> *Сноска. Вводится в действие с 01.03.2022 в соответствии с пунктом 3 настоящего приказа.*",
     "3. Настоящий приказ вводится в действие с 1 марта 2022 года и подлежит официальному опубликованию."),
], ids=["kk", "ru"])
def test_a_note_of_entry_into_force_by_the_act_s_own_point(note, rule):
    text = (f"# Т\n\n{note}\n\nЗаңға сәйкес БҰЙЫРАМЫН:\n\n1. Ең төменгі бөлшек сауда бағалары белгіленсін.\n\n"
            "> *Ескерту. 1-тармақ жаңа редакцияда - ҚР Қаржы министрінің 31.03.2022 № 346 (01.04.2022 бастап "
            "қолданысқа енгізіледі) бұйрығымен.*\n\n"
            f"2. Комитет қамтамасыз етсін.\n\n{rule}\n\n**Министр**\n\n**Е. Жамаубаев**\n")
    d = doc_meta(text, "kaz.md", "196", "2022-02-22", "103002000000")
    events = sorted((a.effect, a.path, a.since, a.amending.number) for a in d.amendments)
    assert events == [("EntryIntoForce", (), "2022-03-01", "196"),
                      ("Substitution", (("point", "1"),), "2022-04-01", "346")]  # the day the bracket gives
    assert d.act.in_force == "2022-03-01" and not d.unparsed


def test_a_point_s_own_day_of_entry_into_force_and_the_act_s_from_the_note():
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Бағалар белгіленсін.\n\n2. Тарифтер белгіленсін.\n\n"
            "> *Ескерту. 2-тармақ 01.01.2024 бастап қолданысқа енгізіледі – осы бұйрықтың 3-тармағымен.*\n\n"
            "3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа "
            "енгізіледі.\n\n**Министр**\n\n**Е. Жамаубаев**\n")
    d = doc_meta(text, "kaz.md", "196", "2022-02-22", "103002000000")
    ((eff, path, since),) = [(a.effect, a.path, a.since) for a in d.amendments]
    assert (eff, path, since) == ("EntryIntoForce", (("point", "2"),), "2024-01-01")
    assert d.act.in_force is None  # the act's own day is a rule, not the point's day


def test_each_act_of_a_note_keeps_its_own_rule_and_day_of_entry_into_force():
    note = ("> *Ескерту. 1-тармақ жаңа редакцияда - ҚР Қаржы министрінің 31.03.2022 № 346 (01.04.2022 бастап қолданысқа "
            "енгізіледі); ҚР Премьер-Министрінің орынбасары - Қаржы министрінің 10.01.2023 № 16 (алғашқы ресми "
            "жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі); 06.06.2023 № 621 "
            "(01.07.2023 бастап қолданысқа енгізіледі) бұйрықтарымен.*")
    text = (f"# Т\n\nБҰЙЫРАМЫН:\n\n1. Бағалар белгіленсін.\n\n{note}\n\n2. Осы бұйрық 2022 жылғы 1 наурыздан бастап "
            "қолданысқа енгізіледі.\n\n**Министр**\n\n**Е. Жамаубаев**\n")
    d = doc_meta(text, "kaz.md", "196", "2022-02-22", "103002000000")
    got = [(a.amending.number, a.since, (a.in_force_rule or "")[:10]) for a in d.amendments]
    assert got == [("346", "2022-04-01", "01.04.2022"), ("16", None, "алғашқы ре"), ("621", "2023-07-01", "01.07.2023")]
    ru = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить цены.\n\n> *Сноска. Пункт 1 в редакции приказа Министра финансов РК от "
          "31.03.2022 № 346 (вводится в действие с 01.04.2022).*\n\n2. Настоящий приказ вводится в действие с 1 марта "
          "2022 года.\n\n**Министр**\n\n**Е. Жамаубаев**\n")
    (a,) = doc_meta(ru, "rus.md", "196", "2022-02-22", "103002000000").amendments
    assert (a.amending.number, a.since) == ("346", "2022-04-01")


# typical qualification requirements of 2016 (Ministry of Finance): a point a category, the requirements under it
CATEGORY_HEAD = ("# Т\n\n{order}\n\n1. {approve}\n\n2. {force}\n\n**Министр**\n\n**Б. Султанов**\n\n{stamp}\n\n"
                 "## {title}\n\n### {ch}\n\n3. {lead}\n\n   {edu}\n\n   {years}\n\n   {cert}\n")
CATEGORY = {
    "ru": dict(order="ПРИКАЗЫВАЮ:", approve="Утвердить прилагаемые Типовые квалификационные требования.",
               force="Настоящий приказ вводится в действие с 1 января 2017 года.",
               stamp="> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
                     "> *от 27 октября 2016 года №*",
               title="Типовые квалификационные требования к категориям должностей государственных аудиторов",
               ch="Глава 2. Типовые квалификационные требования к категориям должностей государственных аудиторов",
               lead="К административным государственным должностям государственных аудиторов категории С-1 "
                    "устанавливаются следующие требования:",
               edu="высшее образование и (или) послевузовское образование: экономика и (или) финансы;",
               years="не менее четырех лет стажа работы в органах государственного аудита*;",
               cert="наличие сертификата государственного аудитора."),
    "kk": dict(order="БҰЙЫРАМЫН:", approve="Қоса беріліп отырған үлгілік біліктілік талаптары бекітілсін.",
               force="Осы бұйрық 2017 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.",
               stamp="> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2016 жылғы 27 қазандағы № 573*  \n"
                     "> *бұйрығымен бекітілген*",
               title="Мемлекеттік аудиторлары лауазымдарының санаттарына қойылатын үлгілік біліктілік талаптары",
               ch="2-тарау. Мемлекеттік аудиторлары лауазымдарының санаттарына қойылатын үлгілік біліктілік талаптары",
               lead="С-1 санаттындығы мемлекеттік аудиторлардың мемлекеттік әкімшілік лауазымдарына мынадай талаптар "
                    "белгіленеді:",
               edu="жоғары білім және (немесе) жоғары оқу орнынан кейінгі білім: экономика және (немесе) қаржы;",
               years="мемлекеттік аудит органдарында жұмыс өтілі төрт жылдан кем емес*;",
               cert="мемлекеттік аудитор сертификатының болуы."),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_typical_requirements_of_a_category_are_its_position(lang):
    d = doc_meta(CATEGORY_HEAD.format(**CATEGORY[lang]), f"{lang}.md", "573", "2016-10-27", "103002000000")
    (p,) = d.positions
    assert p.path == (("appendix", "1"), ("chapter", "2"), ("point", "3")) and p.category == "С-1"
    assert "аудитор" in p.label and "С-1" in p.label
    assert p.min_years == 4  # "четырех лет" / "төрт жылдан": years in words
    assert p.education_levels == ("higher", "postgraduate") and len(p.requirements) == 3
    assert not d.unparsed


def test_an_approval_s_day_above_the_stamp_is_the_approval_s():
    # Ministry of Internal Affairs, 2016: the approval's day (its month misspelt) stands right above the stamp
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Тізбе бекітілсін.\n\n2. Осы бұйрық қол қойылған күнінен бастап қолданысқа "
            "енгізіледі.\n\n**Министр**\n\n**Қ. Қасымов**\n\n> *«КЕЛІСІЛДІ»*  \n> *Қазақстан Республикасының*  \n"
            "> *Инвестициялар және даму министрінің*  \n> *Міндетін атқарушы*  \n> *_______________ Ж. Қасымбек*  \n"
            "> *2016 жылғы 28 қантар*\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n"
            "> *2016 жылғы 20 қаңтардағы*  \n> *№ 47 бұйрығымен*  \n> *бекітілді*\n\n## Ашық деректер тізбесі\n\n"
            "1. Деректер жиынтығы.\n")
    d = doc_meta(text, "kaz.md", "47", "2016-01-20", "103003000000")
    (a,) = d.approvals
    assert (a.org.en, a.person, a.date, a.blank_date) == (
        "Ministry for Investment and Development", "Ж. Қасымбек", "2016-01-28", False)
    stamp = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert (a.loc.last, stamp.loc.line) == (18, 20)  # the day is the approval's; the stamp starts at the country
    assert not d.unparsed


def test_an_order_of_a_committee_of_the_ministry_is_the_committee_s():
    # Ministry of Finance, 2009: the repealed order was its committee's, named with the chairman's title
    text = ("# Т\n\n\"Банкроттық туралы\" Заңына сәйкес, БҰЙЫРАМЫН:\n\n1\\. Қоса берілген ережелер бекітілсін.\n\n"
            "2\\. \"Ережелерін бекіту туралы\" Қазақстан Республикасы Қаржы министрлігі Дәрменсіз борышкерлермен жұмыс "
            "комитеті төрағасының 2006 жылғы 20 наурыздағы N 19 (Қазақстан Республикасының нормативтік құқықтық актілерді "
            "мемлекеттік тіркеу тізілімінде N 4202 болып тіркелген) бұйрығының күші жойылды деп танылсын.\n\n"
            "3\\. Осы бұйрық алғаш ресми жарияланғаннан кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.\n\n"
            "*Министр Б. Жәмішев*\n")
    d = doc_meta(text, "kaz.md", "388", "2009-09-18", "103002000000")
    (repeal,) = [a for a in d.amendments if a.effect == "Repeal"]
    assert (repeal.target_act.number, repeal.target_act.issuer.en) == (
        "19", "Committee for Insolvent Debtors of the Ministry of Finance")


def test_a_form_s_title_under_its_note_and_the_word_form_is_its_title_once():
    # Ministry of Finance, 2011: stamp, the note of the form's new wording, "нысан", then the form's title
    text = ("# Т\n\nЗаңының 7-бабын іске асыру мақсатында БҰЙЫРАМЫН:\n\n1. Қоса берілген хабарламаның нысаны бекітілсін.\n\n"
            "2. Осы бұйрық алғаш ресми жарияланған күнінен бастап он күнтізбелік күн өткеннен кейін қолданысқа "
            "енгізіледі.\n\n**Министр**\n\n**Б. Жәмішев**\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрінің 2011 жылғы*  \n"
            "> *19 мамырда № 256 бұйрығымен*  \n> *бекітілген*\n\n> *Ескерту. Нысан жаңа редакцияда - ҚР Қаржы министрінің "
            "23.10.2018 № 936 (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) "
            "бұйрығымен.*\n\n> *нысан*\n\n## Құқық бұзушылықтарды жою туралы хабарлама\n\n"
            "```\n20__ жылғы «___» __________   № _____\nМөр орны\n```\n")
    d = doc_meta(text, "kaz.md", "256", "2011-05-19", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Құқық бұзушылықтарды жою туралы хабарлама"
    assert sorted(p for p in units if p[:1] == (("appendix", "1"),)) == [(("appendix", "1"),),
                                                                          (("appendix", "1"), ("table", "1"))]
    (note,) = d.amendments
    assert (note.path, note.amending.number) == ((("appendix", "1"),), "936")
    assert not d.unparsed


# qualification requirements of the Ministry of Internal Affairs (2015): a row's service in words, with alternatives
# and a part of it ("в том числе" / "оның ішінде"), whose least length is the first alternative's
@pytest.mark.parametrize("lang,cell", [
    ("ru", "не менее пятнадцати лет стажа в органах внутренних дел, либо не менее восемнадцати лет стажа на "
           "правоохранительной службе, в том числе не менее восьми лет на руководящих должностях"),
    ("kk", "ішкі істер органдарындағы жұмыс өтілі он бес жылдан кем емес не құқық қорғау қызметіндегі жұмыс өтілі он "
           "сегіз жылдан кем емес, оның ішінде басшы лауазымдарда сегіз жылдан кем емес"),
])
def test_years_of_service_in_words_take_the_least_alternative_not_a_part_of_it(lang, cell):
    head = "БҰЙЫРАМЫН:" if lang == "kk" else "ПРИКАЗЫВАЮ:"
    text = (f"# Т\n\n{head}\n\n1. Утвердить.\n\n2. Настоящий приказ вводится в действие со дня подписания.\n\n"
            "**Министр**\n\n**К. Касымов**\n\n> *Приложение 1*  \n> *к приказу Министра внутренних дел*  \n"
            "> *Республики Казахстан*  \n> *от 5 мая 2015 года*  \n> *№ 432*\n\n## Квалификационные требования\n\n"
            "<table>\n<tr>\n<td>Категория</td>\n<td>Наименование должности</td>\n<td>Требования к образованию</td>\n"
            "<td>Требования к стажу</td>\n</tr>\n<tr>\n<td>C-SV-1</td>\n<td>Председатель комитета</td>\n"
            f"<td>высшее образование</td>\n<td>{cell}</td>\n</tr>\n</table>\n")
    d = doc_meta(text, f"{lang}.md", "432", "2015-05-05", "103003000000")
    (p,) = d.positions
    assert (p.label, p.min_years) == ("Председатель комитета", 15)


# Ministry of Finance, 2020: an order that cancels another ("Отменить приказ …", "… бұйрығының … күші жойылсын")
@pytest.mark.parametrize("lang,point", [
    ("ru", "1. Отменить приказ исполняющего обязанности Министра финансов Республики Казахстан от 22 августа 2019 года "
           "№ 911 «Об утверждении Положения о Комитете казначейства Министерства финансов Республики Казахстан» "
           "(опубликован 28 августа 2019 года в Эталонном контрольном банке нормативных правовых актов Республики "
           "Казахстан)."),
    ("kk", "1. «Қазақстан Республикасы Қаржы министрлігінің Қазынашылық комитеті туралы ережені бекіту туралы» Қазақстан "
           "Республикасы Қаржы министрінің міндетін атқарушының 2019 жылғы 22 тамыздағы № 911 бұйрығының (Қазақстан "
           "Республикасы нормативтік құқықтық актілерінің эталондық бақылау банкінде 2019 жылғы 28 тамызда жарияланған) "
           "күші жойылсын."),
])
def test_an_order_cancelling_another_repeals_it(lang, point):
    head = "БҰЙЫРАМЫН:" if lang == "kk" else "ПРИКАЗЫВАЮ:"
    text = f"# Т\n\n{head}\n\n{point}\n\n2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.\n\n**Министр**\n\n**А. Смаилов**\n"
    d = doc_meta(text, f"{lang}.md", "53", "2020-01-22", "103002000000")
    (a,) = d.amendments
    assert (a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.path) == (
        "Repeal", "911", "2019-08-22", "Ministry of Finance", ())
    assert not d.unparsed


def test_a_note_that_the_order_was_cancelled_is_its_repeal():
    text = ("# Т\n\n> *Сноска. Приказ отменен приказом Первого заместителя Премьер-Министра Республики Казахстан – "
            "Министра финансов РК от 22.01.2020 № 53 (вводится в действие со дня его подписания).*\n\nПРИКАЗЫВАЮ:\n\n"
            "1. Утвердить прилагаемое Положение.\n\n2. Настоящий приказ вводится в действие со дня его подписания.\n")
    d = doc_meta(text, "rus.md", "911", "2019-08-22", "103002000000")
    (a,) = d.amendments
    assert (a.effect, a.amending.number, a.path, a.from_note) == ("Repeal", "53", (), True)


def test_a_kazakh_stamp_s_own_day_in_the_nominative_is_the_stamp_s_not_the_approval_s():
    # Ministry of Justice, 2015: "2015 жылғы 24 ақпан" (no locative ending) right above the stamp's number
    text = ("# Т\n\nЗаңына сәйкес, БҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n2. Осы бұйрық алғашқы ресми жарияланған "
            "күнінен бастап күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "**Қазақстан Республикасының Әділет министрі**\n\n**Б. Имашев**\n\n"
            "> *«КЕЛІСІЛДІ»*  \n> *Қазақстан Республикасының*  \n> *Ұлттық экономика*  \n> *министрі*  \n"
            "> *____________Е. Досаев*  \n> *2015 жылғы «__»_________*\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2015 жылғы 24 ақпан*  \n> *№ 110 бұйрығымен*  \n"
            "> *бекiтiлген*\n\n# Жүйелі түрде тіркеу жүргізу қағидалары\n\n1. Осы Қағидалар тіркеу тәртібін айқындайды.\n")
    d = doc_meta(text, "kaz.md", "110", "2015-02-24", "103001000000")
    (a,) = d.approvals
    assert (a.org.en, a.date, a.blank_date) == ("Ministry of National Economy", None, True)
    stamp = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert stamp.loc.line == 20  # from the country's name, its own day included
    assert not d.unparsed


def test_an_appendix_of_the_attached_instruction_is_the_instruction_s_and_its_form_number_no_title():
    # Ministry of Finance, 2015: "… нұсқаулыққа 1-қосымша" ("нұсқаулыққа" holds the letters of "қаулы", a resolution)
    text = ("# Т\n\nЕреженің 16-тармағына сәйкес, БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған нұсқаулық бекітілсін.\n\n"
            "2. Осы бұйрық 2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.\n\n**Министр**\n\n**Б. Сұлтанов**\n\n"
            "> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2015 жылғы 20 ақпандағы № 108 бұйрығымен бекітілген*\n\n"
            "# Желi, штаттар, контингенттер туралы мәлiметтердi жасау жөнiндегi нұсқаулық\n\n## 1. Жалпы ережелер\n\n"
            "1. Нұсқаулық мәліметтердің төрт нысанын белгілейді.\n\n"
            "> *Желiлер, штаттар, контингенттер*  \n> *туралы мәлiметтердi жасау*  \n> *жөнiндегi нұсқаулыққа*  \n"
            "> *1-қосымша*\n\n> *1-1-нысан**\n\n> *Ескерту. 1-қосымша жаңа редакцияда - ҚР Қаржы министрінің 09.08.2017 "
            "№ 486 бұйрығымен.*\n\n## Әкімшілік деректер жинауға арналған нысан\n\n<table>\n<tr>\n<td>100</td>\n"
            "<td>Ұйымдардың саны</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "kaz.md", "108", "2015-02-20", "103002000000")
    units = {u.path: u for u in d.units}
    form = units[(("appendix", "1"), ("appendix", "1"))]
    assert form.heading == "Әкімшілік деректер жинауға арналған нысан"
    assert (("appendix", "2"),) not in units
    (note,) = [a for a in d.amendments if a.amending.number == "486"]
    assert note.path == (("appendix", "1"), ("appendix", "1"))
    assert not d.unparsed


def test_an_order_s_own_sub_point_kept_as_the_record_of_its_deletion():
    # Ministry of Finance, 2015: the order's point 1 lists what it approves; its sub-points 1) and 5) were deleted
    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить:\n\n   *1) исключен приказом Министра финансов РК от 08.02.2016 № 52 "
            "(вводится в действие по истечении десяти календарных дней после дня его первого официального "
            "опубликования);*\n\n   2) Правила установления квалификационных классов согласно приложению 2 к настоящему "
            "приказу;\n\n   *5) исключен приказом Министра финансов РК от 27.09.2017 № 582 (вводится в действие по "
            "истечении десяти календарных дней после дня его первого официального опубликования);*\n\n"
            "2. Настоящий приказ вводится в действие по истечении десяти календарных дней со дня его первого "
            "официального опубликования.\n\n**Министр финансов Республики Казахстан**\n\n**Б. Султанов**\n")
    d = doc_meta(text, "rus.md", "56", "2015-01-29", "103002000000")
    assert sorted((a.path, a.amending.number) for a in d.amendments) == [
        ((("point", "1"), ("subpoint", "1")), "52"), ((("point", "1"), ("subpoint", "5")), "582")]
    point = next(u for u in d.units if u.path == (("point", "1"),))
    assert "исключен" not in point.text  # the records are events, not the point's words


@pytest.mark.parametrize("note", [
    "> *Ескерту. Қосымшаның жоғарғы оң жақ бұрышындағы мәтіні жаңа редакцияда - ҚР Әділет министрінің 12.06.2023 № 372 "
    "(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.*",
    "> *Сноска. Правый верхний угол приложения в редакции приказа Министра юстиции РК от 12.06.2023 № 372 (вводится в "
    "действие по истечении десяти календарных дней после дня его первого официального опубликования).*",
], ids=["kk", "ru"])
def test_a_note_rewording_only_an_appendix_s_top_right_corner_gives_it_no_new_text(note):
    # Ministry of Justice, 2021: the rules' appendix, whose stamp (its top right corner) was reworded
    text = ("# Т\n\nЕреженің 14-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған қағидалар бекітілсін.\n\n"
            "2. Осы бұйрық оның алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.\n\n"
            "**Министрдің міндетін атқарушы**\n\n**Н. Пан**\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n"
            "> *міндетін атқарушының*  \n> *2021 жылғы 30 қыркүйектегі*  \n> *№ 849 бұйрығымен*  \n> *бекітілген*\n\n"
            "## Жобаларды орналастыру және жария талқылау қағидалары\n\n1. Осы Қағидалар тәртібін айқындайды.\n\n"
            f"> *Жобаларды орналастыру және жария талқылау қағидаларына қосымша*\n\n{note}\n\nНысан\n\n"
            "## Жобаны жария талқылаудың аяқталуы туралы есеп\n\nЕсептің қалыптасу күні: ___________\n")
    d = doc_meta(text, "kaz.md", "849", "2021-09-30", "103001000000")
    (a,) = d.amendments
    assert (a.path, a.effect, a.amending.number) == ((("appendix", "1"), ("appendix", "1")), "Modification", "372")


def test_a_kazakh_stamp_ending_with_the_act_s_kind_without_its_possessive():
    # Affairs Administration of the President, 2022: "… № 05/326 / Бұйрықпен бекітілген" under three approvals, the
    # State Security Service among them; the instruction's appendices ("нұсқаулыққа 1-қосымша") are the instruction's
    text = ("# Т\n\nЗаңының 10-2-бабының 1-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған нұсқаулық бекітілсін.\n\n"
            "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "**Қазақстан Республикасы Президенті Іс Басқарушысының міндетін атқарушы**\n\n**М. Акимжанова**\n\n"
            "> *«КЕЛІСІЛДІ»*  \n> *Қазақстан Республикасы*  \n> *Мемлекеттік күзет қызметі*\n\n"
            "> *«КЕЛІСІЛДІ»*  \n> *Қазақстан Республикасы*  \n> *Ішкі істер министрлігі*\n\n"
            "> *Қазақстан Республикасы Президенті*  \n> *Іс Басқарушысының міндетін атқарушы*  \n"
            "> *2022 жылғы 30 қарашадағы*  \n> *№ 05/326*  \n> *Бұйрықпен бекітілген*\n\n"
            "## Террористік тұрғыдан осал объектілердің терроризмге қарсы қорғалуын ұйымдастыру жөніндегі нұсқаулық\n\n"
            "### 1-тарау. Жалпы ережелер\n\n1. Осы Нұсқаулық талаптарды нақтылайды.\n\n"
            "> *Қазақстан Республикасы*  \n> *Президентінің Іс Басқармасында*  \n> *террористік тұрғыдан осал*  \n"
            "> *объектілердің терроризмге*  \n> *қарсы қорғалуын ұйымдастыру*  \n> *жөніндегі нұсқаулыққа*  \n"
            "> *1-қосымша*\n\n## Іс басқармасының объектілеріне кіргізуге тыйым салынған заттардың тізбесі\n\n"
            "1. Қару.\n")
    d = doc_meta(text, "kaz.md", "05/326", "2022-11-30", "101004000000")
    assert [a.org.en for a in d.approvals] == ["State Security Service", "Ministry of Internal Affairs"]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading.startswith("Террористік тұрғыдан осал")
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in units
    assert units[(("appendix", "1"), ("appendix", "1"))].heading.startswith("Іс басқармасының объектілеріне")
    assert not d.unparsed


def test_a_rule_drawn_under_the_rules_is_no_text_and_a_form_s_first_field_no_title():
    # Presidential Administration, 2020: the rules end with "#### ______"; the appendix is a form whose title heading
    # is followed by its fields ("Вид аттестации:", a list to tick), not by more of its title; a stamp left blank
    text = ("# Т\n\nВ соответствии с пунктом 7 статьи 139 Трудового кодекса ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые "
            "Правила.\n\n2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его "
            "первого официального опубликования.\n\n**Е.Кошанов**\n\n> *УТВЕРЖДЕНЫ*  \n> *приказом Руководителя*  \n"
            "> *Администрации Президента*  \n> *Республики Казахстан*  \n> *от 2020 года*  \n> *№*\n\n"
            "## Правила и условия проведения аттестации гражданских служащих\n\n### Глава 1. Общие положения\n\n"
            "1. Повторная аттестация проводится в соответствии с пунктами 27-29 настоящих Правил.\n\n"
            "    #### __________________\n\n> *ПРИЛОЖЕНИЕ 1*  \n> *к Правилам и условиям*  \n"
            "> *проведения аттестации гражданских*  \n> *служащих*\n\n> *Форма*\n\n## Аттестационный лист\n\n"
            "Вид аттестации:\n\n- очередная;\n\n- повторная\n\n(нужное отметить знаком Х)\n\n"
            "1. Фамилия, имя, отчество (при его наличии) ______________________\n")
    d = doc_meta(text, "rus.md", "20-01-38.20", "2020-05-22", "101001000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"), ("chapter", "1"), ("point", "1"))].text.endswith("настоящих Правил.")
    assert units[(("appendix", "1"), ("appendix", "1"))].heading == "Аттестационный лист"
    assert (("appendix", "1"), ("appendix", "1"), ("point", "1")) in units
    assert not d.unparsed


def test_acts_listed_in_the_appendix_the_repeal_names_are_repealed():
    # Ministry of Justice, 2010: "Признать утратившими силу некоторые приказы … согласно приложению 3" — appendices 1
    # and 2 are the regulations approved, the third lists the committee's orders (one dated "22 cентября", a Latin c)
    text = ("# О некоторых вопросах апелляционного совета\n\nПримечание РЦПИ!\n\nПорядок введения в действие приказа см. "
            "п. 5.\n\nВ целях реализации Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые:\n\n   1) Положение об "
            "апелляционном совете согласно приложению 1 к настоящему приказу;\n\n   2) Правила подачи возражений "
            "согласно приложению 2 к настоящему приказу.\n\n2. Признать утратившими силу некоторые приказы Председателя "
            "Комитета по правам интеллектуальной собственности Министерства юстиции Республики Казахстан согласно "
            "приложению 3 к настоящему приказу.\n\n3. Настоящий приказ вводится в действие по истечении десяти "
            "календарных дней после дня его первого официального опубликования.\n\n*Министр Р. Тусупбеков*\n\n"
            + "".join(f"> *Приложение {n}*  \n> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n"
                      f"> *от 12 марта 2010 года № 81*\n\n## {title}\n\n{body}\n\n" for n, title, body in [
                          (1, "Положение об Апелляционном совете", "1. Совет является структурным подразделением "
                           "Комитета.\n\n2. Приказ Председателя Комитета от 1 ноября 2001 года № 69 применяется."),
                          (2, "Правила подачи возражений", "1. Правила устанавливают порядок подачи возражений."),
                          (3, "Перечень, признаваемых утратившим силу приказов Председателя Комитета по правам "
                              "интеллектуальной собственности Министерства юстиции Республики Казахстан",
                           "1) Приказ Председателя Комитета по правам интеллектуальной собственности Министерства "
                           "юстиции Республики Казахстан от 1 ноября 2001 года № 69 \"Об утверждении Правил подачи и "
                           "рассмотрения в апелляционном совете возражений\" (зарегистрированный в Реестре "
                           "государственной регистрации нормативных правовых актов за № 1712);\n\n2) Приказ и.о. "
                           "Председателя Комитета по правам интеллектуальной собственности Министерства юстиции "
                           "Республики Казахстан от 22 cентября 2004 года № 55-п \"О внесении изменений и дополнений в "
                           "Приказ Председателя Комитета от 1 ноября 2001 года № 69\" (зарегистрированный за № 3100).")]))
    d = doc_meta(text, "rus.md", "81", "2010-03-12", "103001000000")
    repealed = sorted((a.target_act.number, a.target_act.date, a.target_act.issuer and a.target_act.issuer.en)
                      for a in d.amendments if a.effect == "Repeal")
    committee = "Intellectual Property Rights Committee of the Ministry of Justice"
    assert repealed == [("55-П", "2004-09-22", committee), ("69", "2001-11-01", committee)]
    assert all(a.loc.line > 40 for a in d.amendments)  # from the third appendix, not the regulation that cites № 69
    assert not d.unparsed


def test_a_signature_whose_role_breaks_before_its_last_word_and_the_supreme_court_s_committee():
    # Ministry of Justice, 2010: "*Министрдің міндетін*" / "*атқарушы Д. Құсдәулетов*" right above the stamp
    text = ("# \"Тыйым салынған мүлікті сату ережесін бекіту туралы\"\n\nЗаңының 74-бабының 5-тармағына сәйкес, "
            "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған ереже бекітілсін.\n\n2. «Тыйым салынған мүлікті сату ережесін бекіту "
            "туралы» Қазақстан Республикасы Жоғарғы соты жанындағы сот әкімшілігі жөніндегі комитет Төрағасының 2010 "
            "жылғы 26 сәуірдегі № 01-01-31/149 бұйрығының (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде "
            "№ 6257 тіркелген) күші жойылды деп танылсын.\n\n3. Осы бұйрық алғаш ресми жарияланғаннан кейін күнтізбелік "
            "он күн өткен соң қолданысқа енгізіледі.\n\n*Министрдің міндетін*\n\n*атқарушы Д. Құсдәулетов*\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрі міндетін*  \n> *атқарушының*  \n"
            "> *2010 жылғы 3 қарашадағы*  \n> *№ 308 бұйрығымен*  \n> *бекітілген*\n\n"
            "## Тыйым салынған мүлікті сату ережесі\n\n## 1. Жалпы ережелер\n\n1. Ереже сату тәртібін белгілейді.\n")
    d = doc_meta(text, "kaz.md", "308", "2010-11-03", "103001000000")
    (s,) = d.signatories
    assert (s.role, s.name) == ("Министрдің міндетін атқарушы", "Д. Құсдәулетов")
    (a,) = d.amendments
    assert (a.effect, a.target_act.number, a.target_act.issuer.en) == (
        "Repeal", "01-01-31/149", "Committee for Judicial Administration under the Supreme Court")
    stamp = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert stamp.loc.line == 15  # from the country's name: the name above it is the signature's
    assert not d.unparsed


def test_a_list_of_positions_grouped_under_points_that_lead_in():
    # Ministry of Internal Affairs, 2018: "Перечень руководящих должностей …", each point a level of bodies
    # ("Должности районных … органов …:") and its sub-points the positions
    text = ("# Т\n\nВ соответствии с пунктом 1-1 статьи 33 Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Перечень.\n\n"
            "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
            "официального опубликования.\n\n**Министр внутренних дел Республики Казахстан генерал-полковник полиции**\n\n"
            "**К. Касымов**\n\n> *Приложение 1*  \n> *к приказу Министра*  \n> *внутренних дел*  \n"
            "> *Республики Казахстан*  \n> *от 28 сентября 2018 года № 671*\n\n## Перечень руководящих должностей в "
            "органах внутренних дел Республики Казахстан, замещаемых на конкурсной основе\n\n1. Должности областных "
            "(городов республиканского значения, столицы, на транспорте) территориальных органов Министерства "
            "внутренних дел Республики Казахстан:\n\n   1) начальник Управления миграционной службы Департамента "
            "полиции;\n\n   2) начальник отдела регистрационно-экзаменационной работы Департамента полиции.\n\n"
            "2. Должности районных (районов в городах) территориальных органов Министерства внутренних дел Республики "
            "Казахстан:\n\n   1) начальник отдела (отделения) миграционной службы города, района Департамента полиции.\n")
    d = doc_meta(text, "rus.md", "671", "2018-09-28", "103003000000")
    assert [(p.path[1:], p.label) for p in d.positions] == [
        ((("point", "1"), ("subpoint", "1")), "начальник Управления миграционной службы Департамента полиции"),
        ((("point", "1"), ("subpoint", "2")), "начальник отдела регистрационно-экзаменационной работы Департамента полиции"),
        ((("point", "2"), ("subpoint", "1")),
         "начальник отдела (отделения) миграционной службы города, района Департамента полиции")]
    assert not d.unparsed


def test_a_repeal_list_item_naming_units_deletes_those_units_and_repeals_no_act():
    # Ministry of Internal Affairs, 2018: "Признать утратившими силу:" a sub-point of one order and paragraphs 3 - 40
    # of a point of another (those acts stay in force)
    text = ("# Т\n\nВ соответствии с подпунктом 70-37) пункта 1 статьи 12 Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые "
            "Правила.\n\n2. Признать утратившими силу:\n\n   1) подпункт 2) пункта 1 приказа Министра внутренних дел "
            "Республики Казахстан от 18 марта 2015 года № 246 «Об утверждении правил аттестации и переаттестации "
            "аварийно-спасательных служб» (зарегистрирован в Реестре государственной регистрации нормативных правовых "
            "актов под № 10831, опубликован 5 июня 2015 года в информационно-правовой системе «Әділет»);\n\n"
            "   2) абзацы 3 - 40 пункта 1 приказа Министра внутренних дел Республики Казахстан от 29 ноября 2016 года "
            "№ 1108 «О внесении изменений и дополнений в приказ Министра внутренних дел Республики Казахстан от 18 марта "
            "2015 года № 246 «Об утверждении правил аттестации»» (зарегистрирован в Реестре государственной регистрации "
            "нормативных правовых актов под № 14749);\n\n   3) приказ Министра внутренних дел Республики Казахстан от 5 "
            "мая 2003 года № 250 (опубликован в Собрании актов центральных исполнительных органов, 2003 г., № 5, статья "
            "12).\n\n3. Настоящий приказ вводится в действие по истечении десяти "
            "календарных дней после дня его первого официального опубликования.\n\n**Министр**\n\n**К. Касымов**\n")
    d = doc_meta(text, "rus.md", "514", "2018-07-13", "103003000000")
    # the third is repealed whole: an article named in its publication's data is no unit of it
    assert [(a.target_act.number, a.path) for a in d.amendments if a.effect == "Repeal"] == [("250", ())]
    gone = sorted((a.target_act.number, a.path) for a in d.amendments if a.effect == "Deletion")
    assert gone[0] == ("1108", (("point", "1"), ("textparagraph", "10")))
    assert [p for n, p in gone if n == "1108"] == sorted((("point", "1"), ("textparagraph", str(k))) for k in range(3, 41))
    assert [p for n, p in gone if n == "246"] == [(("point", "1"), ("subpoint", "2"))]


def test_a_form_s_title_under_its_addressee_in_the_top_right_corner():
    # Ministry of Internal Affairs, 2018 (amended 2021): the note, "Форма", the addressee and the note on that corner
    # stand between the appendix's stamp and the form's title
    text = ("# Т\n\nЗакона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n2. Настоящий приказ вводится в действие по "
            "истечении десяти календарных дней после дня его первого официального опубликования.\n\n**Министр**\n\n"
            "**К. Касымов**\n\n> *Утверждены*  \n> *приказом Министра*  \n> *внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 13 июля 2018 года*  \n> *№ 514*\n\n## Правила аттестации негосударственных противопожарных служб\n\n"
            "1. Правила определяют порядок аттестации.\n\n> *Приложение 1*  \n> *к Правилам аттестации*  \n"
            "> *негосударственных*  \n> *противопожарных служб*\n\n> *Сноска. Приложение 1 в редакции приказа Министра "
            "внутренних дел РК от 10.12.2018 № 896 (вводится в действие по истечении двадцати одного календарного дня "
            "после дня его первого официального опубликования).*\n\n> *Форма*\n\n> *Председателю Комитета*  \n"
            "> *противопожарной службы*  \n> *Министерства по чрезвычайным*  \n> *ситуациям*  \n> *Республики Казахстан*  \n"
            "> *_______________________*\n\n> *Сноска. Правый верхний угол формы в редакции приказа Министра по "
            "чрезвычайным ситуациям РК от 04.02.2021 № 59 (вводится в действие по истечении десяти календарных дней "
            "после дня его первого официального опубликования).*\n\n## Заявление об аттестации негосударственной "
            "противопожарной службы\n\nБизнес-идентификационный номер: _____________________________________\n")
    d = doc_meta(text, "rus.md", "514", "2018-07-13", "103003000000")
    form = next(u for u in d.units if u.path == (("appendix", "1"), ("appendix", "1")))
    assert form.heading == "Заявление об аттестации негосударственной противопожарной службы"
    assert sorted((a.amending.number, a.effect) for a in d.amendments) == [("59", "Modification"), ("896", "Substitution")]
    assert not d.unparsed


def test_a_list_of_positions_with_long_names_and_a_sentence_s_verb_telling_them_apart():
    # Ministry of Internal Affairs, 2017: a list of military positions, some of sixteen words; the last point indented
    # and its number glued to its name ("15.Старшина отдельной роты.")
    text = ("# Т\n\nВ соответствии с пунктом 4 статьи 21 Закона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый перечень.\n\n"
            "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
            "официального опубликования.\n\n**Министр внутренних дел Республики Казахстан генерал-полковник полиции**\n\n"
            "**К. Касымов**\n\n> *Утвержден*  \n> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 8 августа 2017 года*  \n> *№ 542*\n\n# Перечень воинских должностей, при назначении на которые в "
            "отношении военнослужащих и лиц гражданского персонала проводится проверка с применением "
            "психофизиологического и полиграфологического исследований\n\n1. Начальник службы по ремонту вооружения и "
            "автобронетанковой техники.\n\n3. Старший специалист (начальник склада) склада вооружения, боеприпасов, "
            "имущества инженерного и службы радиационной, химической и биологической защиты.\n\n"
            "    15.Старшина отдельной роты.\n")
    d = doc_meta(text, "rus.md", "542", "2017-08-08", "103003000000")
    assert [p.path[-1][1] for p in d.positions] == ["1", "3", "15"]
    assert d.positions[1].label.endswith("химической и биологической защиты")
    sentence = text.replace("15.Старшина отдельной роты.", "15. Проверка проводится психофизиологом.")
    assert doc_meta(sentence, "rus.md", "542", "2017-08-08", "103003000000").positions == []


def test_a_russian_stamp_naming_the_rules_it_belongs_to_on_one_long_line():
    # Ministry of Internal Affairs, 2011 (rules of 2018): "Приложение" / "к Правилам присвоения … Республики Казахстан"
    text = ("# Т\n\nЗакона ПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n2. Настоящий приказ вводится в действие по истечении "
            "десяти календарных дней со дня его первого официального опубликования.\n\n"
            "**генерал-майор милиции К. Касымов**\n\n> *Приложение 7*  \n> *к приказу Министра*  \n> *внутренних дел*  \n"
            "> *Республики Казахстан*  \n> *от 27 мая 2011 года № 246*\n\n## Правила присвоения внеочередных "
            "специальных званий сотрудникам органов внутренних дел Республики Казахстан\n\n1. Правила определяют "
            "порядок.\n\n> *Приложение*  \n> *к Правилам присвоения внеочередных специальных званий сотрудникам органов "
            "внутренних дел Республики Казахстан*\n\n> *Форма*\n\n### ПРЕДСТАВЛЕНИЕ\n\n"
            "```\nк присвоению внеочередного специального звания ______________\n```\n")
    d = doc_meta(text, "rus.md", "246", "2011-05-27", "103003000000")
    form = next(u for u in d.units if u.path == (("appendix", "7"), ("appendix", "1")))
    assert form.heading == "ПРЕДСТАВЛЕНИЕ"
    assert d.signatories[0].name == "К. Касымов"
    assert not d.unparsed


def test_an_order_cancelling_some_orders_listed_in_its_appendix_repeals_each():
    # Ministry of Justice, 2018: "Отменить некоторые приказы … согласно приложению", its appendix's stamp left blank
    text = ("# Об отмене некоторых приказов Министра юстиции Республики Казахстан\n\nВ соответствии с подпунктом 3) "
            "пункта 2 статьи 7 Закона Республики Казахстан «Об органах юстиции» ПРИКАЗЫВАЮ:\n\n1. Отменить некоторые "
            "приказы Министра юстиции Республики Казахстан согласно приложению к настоящему приказу.\n\n2. Настоящий "
            "приказ вводится в действие со дня его подписания.\n\n**Министр**\n\n**М. Бекетаев**\n\n> *Приложение*  \n"
            "> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n> *от «__» сентября 2018 года*  \n> *№*\n\n"
            "## Перечень приказов Министра юстиции Республики Казахстан, подлежащих отмене\n\n1) приказ Министра юстиции "
            "Республики Казахстан от 24 февраля 2012 года № 85 «Об утверждении Положения об апелляционном совете»;\n\n"
            "2) приказ Министра юстиции Республики Казахстан от 26 ноября 2014 года № 335 «О внесении изменений и "
            "дополнений в некоторые приказы Министра юстиции Республики Казахстан».\n")
    d = doc_meta(text, "rus.md", "1421", "2018-09-20", "103001000000")
    assert sorted((a.effect, a.target_act.number, a.target_act.date) for a in d.amendments) == [
        ("Repeal", "335", "2014-11-26"), ("Repeal", "85", "2012-02-24")]
    assert not d.unparsed


def test_a_kazakh_repeal_whose_verb_ends_the_last_item_of_its_list():
    # Ministry of Justice, 2018: "2. Мыналардың:" / "1) … № 122 бұйрығының (…);" / "2) … № 357 бұйрығымен бекітілген …
    # тізбесінің 6) тармақшасының (…) күші жойылды деп танылсын."
    text = ("# Т\n\nЗаңының 167-бабының 11) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса берілген қағидалар бекітілсін.\n\n"
            "2. Мыналардың:\n\n   1) «Жеке сот орындаушыларының қызметін бақылауды жүзеге асыру қағидасын бекіту туралы» "
            "Қазақстан Республикасы Әділет министрінің 2015 жылғы 27 ақпандағы № 122 бұйрығының (Нормативтік құқықтық "
            "актілерді мемлекеттік тіркеу тізілімінде № 10477 болып тіркелген, 2015 жылғы 1 сәуірде «Әділет» "
            "ақпараттық-құқықтық жүйесінде жарияланған);\n\n   2) Қазақстан Республикасы Әділет министрінің 2016 жылғы "
            "27 мамырдағы № 357 бұйрығымен бекітілген Қазақстан Республикасы Әділет министрінің өзгерістер мен "
            "толықтырулар енгізілетін кейбір бұйрықтары тізбесінің 6) тармақшасының (Нормативтік құқықтық актілерді "
            "мемлекеттік тіркеу тізілімінде № 13784 болып тіркелген) күші жойылды деп танылсын.\n\n"
            "3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа "
            "енгізіледі.\n\n**Қазақстан Республикасының Әділет министрі**\n\n**М. Бекетаев**\n")
    d = doc_meta(text, "kaz.md", "171", "2018-02-01", "103001000000")
    assert sorted((a.effect, a.target_act.number, a.path) for a in d.amendments) == [
        ("Deletion", "357", (("appendix", "1"), ("subpoint", "6"))), ("Repeal", "122", ())]
    assert not d.unparsed


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_list_of_orders_repealed_whose_items_name_no_kind(lang):
    # Ministry of Internal Affairs, 2015 (order № 432): "Признать утратившими силу следующие приказы:" / "1) Министра
    # внутренних дел … № 517 «…»"; in Kazakh "2. Мынадай:" / "1) «…» … министрінің … № 517 (…);" / "2) «…» … № 392
    # бұйрықтарының (…) күші жойылды деп танылсын." (the kind named once, in the plural)
    text = {"ru": ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить квалификационные требования.\n\n2. Признать утратившими силу "
                   "следующие приказы:\n\n   1) Министра внутренних дел Республики Казахстан от 26 августа 2013 года № 517 "
                   "«Об утверждении квалификационных требований к категориям должностей органов внутренних дел Республики "
                   "Казахстан» (зарегистрированный в Реестре государственной регистрации нормативных правовых актов за № "
                   "8777);\n\n   2) Министра по чрезвычайным ситуациям Республики Казахстан от 28 августа 2013 года № 392 "
                   "«Об утверждении квалификационных требований к категориям должностей органов государственной "
                   "противопожарной службы Республики Казахстан» (зарегистрированный в Реестре государственной регистрации "
                   "нормативных правовых актов за № 8754 от 2 октября 2013 года).\n"),
            "kk": ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Біліктілік талаптары бекітілсін.\n\n2. Мынадай:\n\n   1) «Қазақстан Республикасы "
                   "ішкі істер органдары лауазымдарының санаттарына қойылатын біліктілік талаптарын бекіту туралы» Қазақстан "
                   "Республикасы Ішкі істер министрінің 2013 жылғы 26 тамыздағы № 517 (нормативтік құқықтық актілерді "
                   "мемлекеттік тіркеу реестрінде 2013 жылғы 4 қазанда № 8777 болып тіркелген);\n\n   2) «Қазақстан "
                   "Республикасы мемлекеттік өртке қарсы қызметі органдары лауазымдарының санаттарына қойылатын біліктілік "
                   "талаптарын бекіту туралы» Қазақстан Республикасы Төтенше жағдайлар министрінің 2013 жылғы 28 тамыздағы "
                   "№ 392 бұйрықтарының (нормативтік құқықтық актілерді мемлекеттік тіркеу реестрінде 2013 жылғы 2 қазанда "
                   "№ 8754 болып тіркелген) күші жойылды деп танылсын.\n")}[lang]
    d = doc_meta(text, "rus.md" if lang == "ru" else "kaz.md", "432", "2015-05-05", "103003000000")
    assert [(a.effect, a.target_act.kind, a.target_act.number, a.target_act.date, a.target_act.issuer.en)
            for a in d.amendments] == [("Repeal", "order", "517", "2013-08-26", "Ministry of Internal Affairs"),
                                       ("Repeal", "order", "392", "2013-08-28", "Ministry of Emergency Situations")]
    assert not d.unparsed and not d.instructions_failed


def test_a_kazakh_repeal_by_the_list_of_appendix_5_and_stamps_of_an_acting_minister():
    # Ministry of Justice, 2018: "Осы бұйрыққа 5-қосымшаға сәйкес тізбе бойынша … күші жойылды деп танылсын"; stamps
    # name the acting minister in short ("Әділет министрінің м.а."), the fifth with a typo in its year
    stamp = ("> *Қазақстан Республикасы*  \n> *Әділет министрінің м.а.*  \n> *{year} жылғы 5 қаңтардағы*  \n"
             "> *№ 19 бұйрығына*  \n> *{n}-қосымша*\n\n")
    text = ("# Т\n\nЗаңының 10-бабы 1) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған:\n\n   1) осы бұйрыққа "
            "1-қосымшаға сәйкес стандарт бекітілсін.\n\n2. Осы бұйрыққа 5-қосымшаға сәйкес тізбе бойынша Қазақстан "
            "Республикасы Әділет министрінің кейбір бұйрықтарының күші жойылды деп танылсын.\n\n3. Осы бұйрық алғашқы "
            "ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "**Қазақстан Республикасы Әділет министрінің міндетін атқарушы**\n\n**Э. Әзімова**\n\n"
            + stamp.format(year=2018, n=1) + "## Стандарт\n\n1. Мемлекеттік көрсетілетін қызмет.\n\n2. Порталдың жұмыс "
            "кестесі – тәулік бойы.\n\n" + stamp.format(year=2017, n=5)
            + "## Қазақстан Республикасы Әділет министрінің күші жойылды деп тануға жататын кейбір бұйрықтарының "
            "тізбесі\n\n1. «Сот-сараптама қызметі саласындағы мемлекеттік көрсетілетін қызметтердің стандарттарын "
            "бекіту туралы» Қазақстан Республикасы Әділет министрінің 2015 жылғы 14 мамырдағы № 270 бұйрығы "
            "(Нормативтiк құқықтық актілерді мемлекеттік тiркеу тiзiлiмiнде № 11339 болып тіркелген)\n\n2. «Сот-сараптама "
            "қызметі саласындағы мемлекеттік көрсетілетін қызметтердің стандарттарын бекіту туралы» Қазақстан "
            "Республикасы Әділет министрінің 2015 жылғы 14 мамырдағы № 270 бұйрығына өзгеріс пен толықтырулар енгізу "
            "туралы» Қазақстан Республикасы Әділет министрінің 2017 жылғы 15 наурыздағы № 271 бұйрығы (Нормативтiк "
            "құқықтық актілерді мемлекеттік тiркеу тiзiлiмiнде № 15013 болып тіркелген)\n")
    d = doc_meta(text, "kaz.md", "19", "2018-01-05", "103001000000")
    assert sorted((a.effect, a.target_act.number) for a in d.amendments) == [("Repeal", "270"), ("Repeal", "271")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].loc.line == 17 and units[(("appendix", "5"),)].heading.endswith("тізбесі")
    point2 = units[(("appendix", "1"), ("point", "2"))]
    assert point2.text == "Порталдың жұмыс кестесі – тәулік бойы."  # the stamp below is no part of it
    assert not d.unparsed


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_an_older_order_s_bare_appendix_stamps_and_the_repeal_of_a_point_of_an_order_named_by_number_first(lang):
    # Ministry of Justice, 1999: "Приложение 1" / "## Эскиз …" and "2- қосымша" on their own lines, indented under the
    # last point; "пункт 1 Приказа N 61 от 25 мая 1998 года" / "… N 61 Бұйрықтың 1-тармағының күші жойылған деп танылсын"
    if lang == "ru":
        text = ("# О печати частного нотариуса\n\nВ целях обеспечения реализации требований статьи 22 Закона приказываю:\n\n"
                "1. Утвердить эскиз и описание личной печати частного нотариуса (приложение 1, 2).\n\n"
                "2. Признать утратившим силу пункт 1 Приказа N 61 от 25 мая 1998 года \"Об утверждении эскиза и "
                "временного положения о печати частного нотариуса\".\n\n3. Контроль за исполнением настоящего приказа "
                "возложить на Вице-Министра юстиции Ваисова М.К.\n\n   *Министр*\n\n   Приложение 1\n\n"
                "   ## Эскиз личной печати частного нотариуса\n\n   (см. бумажный вариант)\n\n   Приложение 2\n\n"
                "   ## Описание личной печати частного нотариуса\n\n   Диаметр печати должен быть 40 мм.\n")
    else:
        text = ("# Жеке нотариустың мөрі туралы\n\nЗаңның 22-бабының талаптарын іске асыруды қамтамасыз ету мақсатында "
                "БҰЙЫРАМЫН:\n\n1. Жекеше нотариустың өз мөрінің нобайы мен сипаттамасы бекітілсін (1, 2-қосымшалар).\n\n"
                "2. \"Жекеше нотариустың мөрінің нобайы мен уақытша ережесін бекіту туралы\" 1998 жылғы 25 мамырдағы "
                "N 61 Бұйрықтың 1-тармағының күші жойылған деп танылсын.\n\n3. Осы бұйрықтың орындалуын бақылау Әділет "
                "Вице-Министрі М.Қ. Уәйісовке жүктелсін.\n\n   *Министр*\n\n   1-қосымша\n\n   Жеке нотариустың жекеше "
                "мөрінің нобайы\n\n   (Мөр нобайын қағаздағы нұсқадан қараңыз)\n\n   2- қосымша\n\n"
                "   ## Жекеше нотариустың өз мөрінің сипаттамасы\n\n   Мөрдің диаметрі 40 мм болуға тиіс.\n")
    d = doc_meta(text, f"{'rus' if lang == 'ru' else 'kaz'}.md", "16", "1999-02-24", "103001000000")
    (a,) = d.amendments
    assert (a.effect, a.target_act.number, a.target_act.date, a.path) == ("Deletion", "61", "1998-05-25", (("point", "1"),))
    tops = [u.path for u in d.units if u.path[0][0] == "appendix" and len(u.path) == 1]
    assert tops == [(("appendix", "1"),), (("appendix", "2"),)]
    assert not d.unparsed


def test_an_editors_extract_of_the_suspending_order_above_the_act_s_own_text():
    # Ministry of Justice, 2003: the portal put an extract of order N 218 (which suspended this one) above the order's
    # own text; meta.yaml's requisites open with the editors' note on it
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Сноска. Действие приказа приостановлено - приказом Министра юстиции Республики "
                                  "Казахстан от 16 октября 2003 года N 218. Приказ Министра юстиции Республики Казахстан "
                                  "от 3 июля 2003 года N 133. Зарегистрирован в Министерстве юстиции Республики Казахстан "
                                  "17 июля 2003 года N 2406.", "approved_on": "2003-07-02",
                     "approved_by": ["103001000000"]}, "meta.yaml")
    assert (meta.ref.number, meta.ref.date, meta.ref.registration) == ("133", "2003-07-03", "2406")
    text = ("# Об утверждении Правил ведения мониторинга нормативных правовых актов\n\nИзвлечение из приказа\n\n"
            "Министра юстиции Республики Казахстан\n\nот 16.10.2003г. N 218\n\nВ соответствии со статьей 7 Закона "
            "Республики Казахстан \"Об органах юстиции\" приказываю:\n\n1\\. Приостановить действие приказа Министра "
            "юстиции Республики Казахстан от 3 июля 2003 года N 133 \"Об утверждении Правил ведения мониторинга "
            "нормативных правовых актов\", зарегистрированного в Министерстве юстиции Республики Казахстан 17 июля "
            "2003 года N 2406.\n\n2\\. Настоящий Приказ вводится в действие с момента его подписания.\n\nМинистр "
            "юстиции\n\n--------------------------------------------\n\nВ соответствии со статьей 7 Закона Республики "
            "Казахстан \"Об органах юстиции\", в целях совершенствования нормотворческого процесса, приказываю:\n\n"
            "1\\. Утвердить прилагаемые Правила.\n\n2\\. Настоящий Приказ вступает в силу со дня государственной "
            "регистрации в Министерстве юстиции Республики Казахстан.\n\n*Министр*\n\n> *Утверждены*  \n"
            "> *Приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 3 июля 2003 года N 133.*\n\n"
            "## Правила ведения мониторинга нормативных правовых актов\n\n1. Правила устанавливают порядок.\n")
    from kg.parse import parse_text

    d = parse_text(text, "rus.md", meta=meta)
    (s,) = d.amendments
    assert (s.effect, s.amending.number, s.amending.date, s.target_act.number, s.from_note) == (
        "Suspension", "218", "2003-10-16", "133", True)
    assert [u.path for u in d.units if len(u.path) == 1] == [(("preamble", ""),), (("point", "1"),), (("point", "2"),),
                                                             (("appendix", "1"),)]
    assert not d.unparsed



def _criteria_table(rows) -> str:
    """An HTML table of two columns, a row each pair (criteria and requirements of a position)."""
    return "<table>\n" + "".join(f"<tr>\n<td>{a}</td>\n<td>{b}</td>\n</tr>\n" for a, b in rows) + "</table>\n\n"


def test_qualification_requirements_a_numbered_heading_a_position_and_its_criteria_table():
    # Ministry of Justice, 2014: "## 1. Министрдің көмекшісі С-3 санаты (2 бірлік), № 1-0-1, 1-0-2" over a table of
    # criteria ("Өлшемдер | Талаптар": Білімі, Кәсіби біліктілігі, Жұмыс тәжірибесі, Функционалдық міндеттері)
    text = ("# Т\n\nЗаңының 13-бабы 5-тармағына сәйкес, БҰЙЫРАМЫН:\n\n1. Қоса берілген біліктілік талаптары бекітілсін.\n\n"
            "2. Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n\n*Министр Б. Имашев*\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2014 жылғы 20 наурыздағы*  \n> *№ 117*  \n"
            "> *бұйрығымен бекітілді*\n\n## Әділет министрлігінің «Б» корпусының әкімшілік мемлекеттік лауазымдарына "
            "қойылатын БІЛІКТІЛІК ТАЛАПТАРЫ\n\n## 1. Министрдің көмекшісі С-3 санаты (2 бірлік), № 1-0-1, 1-0-2\n\n"
            + _criteria_table([("Өлшемдер", "Талаптар"), ("Білімі", "Жоғары білім: құқықтану"),
                     ("Кәсіби біліктілігі", "Қазақстан Республикасының Конституциясын білуі."),
                     ("Жұмыс тәжірибесі", "Компьютерде жұмыс жасай білу."),
                     ("Функционалдық міндеттері", "Министрлік басшысының басқа да тапсырмаларын орындау.")])
            + "## 135. Әділет департаментінің басшысы С-0-1 санаты (16 бірлік)\n\n"
            + _criteria_table([("Өлшем", "Талаптар"), ("Білімі", "Жоғары білім")]))
    d = doc_meta(text, "kaz.md", "117", "2014-03-20", "103001000000")
    first, last = d.positions
    assert (first.label, first.category, first.staff_units, first.codes) == ("Министрдің көмекшісі", "С-3", 2,
                                                                              ("1-0-1", "1-0-2"))
    assert first.education == ("Жоғары білім: құқықтану",) and first.duties == (
        "Министрлік басшысының басқа да тапсырмаларын орындау.",)
    assert first.knowledge == ("Қазақстан Республикасының Конституциясын білуі.",)
    assert (last.label, last.category, last.staff_units, last.codes, last.path[-1]) == (
        "Әділет департаментінің басшысы", "С-0-1", 16, (), ("point", "135"))
    assert not d.unparsed


def test_qualification_requirements_an_unnumbered_russian_heading_a_position_and_its_criteria_table():
    # Ministry of Justice, 2017: "## Помощник Министра, категория С-3 (1 единица), №1-0-1" and "## Заместитель
    # руководителя Департамента юстиции, категория С-О-2 (56 единиц)" over tables "Критерии | Требования"
    text = ("# Т\n\nЗакона ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Квалификационные требования.\n\n2. Настоящий приказ "
            "вводится в действие со дня его первого официального опубликования.\n\n**Министр юстиции Республики "
            "Казахстан**\n\n**М. Бекетаев**\n\n> *Утверждены*  \n> *приказом Министра юстиции*  \n> *Республики "
            "Казахстан*  \n> *от 3 мая 2017 года № 137*\n\n# Квалификационные требования к категориям административных "
            "государственных должностей корпуса «Б» Министерства юстиции Республики Казахстан\n\n"
            "## Помощник Министра, категория С-3 (1 единица), №1-0-1\n\n"
            + _criteria_table([("Критерии", "Требования"), ("Образование", "Высшее образование в области права"),
                     ("Опыт работы", "Умение работать на компьютере")])
            + "## Заместитель руководителя Департамента юстиции, категория С-О-2 (56 единиц)\n\n"
            + _criteria_table([("Критерии", "Требования"), ("Образование", "Высшее образование в области права"),
                     ("Функциональные обязанности", "Координирует и контролирует деятельность курируемых отделов.")]))
    d = doc_meta(text, "rus.md", "137", "2017-05-03", "103001000000")
    first, second = d.positions
    assert (first.label, first.category, first.staff_units, first.codes, first.path[-1]) == (
        "Помощник Министра", "С-3", 1, ("1-0-1",), ("table", "1-0-1"))
    assert first.education == ("Высшее образование в области права",)
    assert (second.label, second.category, second.staff_units, second.duties) == (
        "Заместитель руководителя Департамента юстиции", "С-О-2", 56,
        ("Координирует и контролирует деятельность курируемых отделов.",))
    assert not d.unparsed


def test_an_older_order_s_editors_notes_in_its_body_a_stamp_quoting_the_title_and_an_empty_table():
    # Ministry of Internal Affairs, 2000: "Примечание РЦПИ!" and its text inside an appendix and under a stamp (a note
    # of the act, no title and no words of it); a stamp quoting the order's title over its appendix's note and title
    # heading; an empty table under the signature
    rcpi = ("Примечание РЦПИ!\n\nПриказ Министра внутренних дел РК от 15.03.2007 N 105 утратил силу приказом Министра "
            "внутренних дел РК от 11.02.2009 N 46.\n\n")
    text = ("# О введении новых образцов водительского удостоверения\n\nВ целях автоматизации процесса:\n\n"
            "1\\. Ввести в действие образец удостоверения (приложение N 1).\n\n2\\. Приказ объявить всему личному "
            "составу ОВД.\n\n*Министр внутренних дел*\n\n*Республики Казахстан -*\n\n*генерал-лейтенант*\n\n"
            "<table>\n<tr>\n<td></td>\n</tr>\n</table>\n\n> *Приложение N 1 к приказу*  \n> *Министра внутренних "
            "дел*  \n> *Республики Казахстан*  \n> *от 27 ноября 2000 года N 644*  \n> *\"О введении новых образцов*  \n"
            "> *водительского удостоверения\" <*>*\n\n> *Сноска. Приложение 1 в редакции - приказом Министра внутренних "
            "дел РК от 17 ноября 2005 года N 639 (вводится в действие с 10 декабря 2005 года).*\n\n"
            "## Образец водительского удостоверения\n\nВодительское удостоверение состоит из следующих элементов:\n\n"
            "1\\) сведения о водителе;\n\n" + rcpi + "4\\) исключен - от 15 марта 2007 года N 105.\n\n"
            "> *Приложение N 4 к приказу*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 27 ноября 2000 года N 644*\n\n" + rcpi + "Талон к водительскому удостоверению состоит из элементов:\n\n"
            "1\\. подпись владельца;\n")
    d = doc_meta(text, "rus.md", "644", "2000-11-27", "103003000000")
    heads = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert heads == {(("appendix", "1"),): "Образец водительского удостоверения", (("appendix", "4"),): None}
    assert set(d.act.notes) == {rcpi.replace("\n\n", " ").strip()}
    assert not any("РЦПИ" in (u.text or "") for u in d.units)
    assert ("Deletion", (("appendix", "1"), ("subpoint", "4"))) in {(a.effect, a.path) for a in d.amendments}
    # the note states that the order which amended the text lost force: that order's repeal, once
    assert [(a.target_act.number, a.target_act.date, a.amending.number, a.amending.date) for a in d.amendments
            if a.effect == "Repeal"] == [("105", "2007-03-15", "46", "2009-02-11")]
    assert not d.unparsed


def test_an_older_kazakh_repeal_naming_the_act_s_title_after_its_number():
    # Ministry of Internal Affairs, 2001: "… Ішкіісминінің 1999 жылғы 18 маусымдағы N 316 "… бекіту туралы" бұйрығының
    # күші жойылды деп есептелсін" (the title after the number, before the act's kind)
    from kg.patterns import find_act_refs

    text = ("4. Қазақстан Республикасы Ішкіісминінің 1999 жылғы 18 маусымдағы N 316 \"Қазақстан Республикасы Ішкіісмині "
            "жоғары оқу орындарына қабылдау ережелерін бекіту туралы\" бұйрығының күші жойылды деп есептелсін.")
    ((ref, _, _),) = find_act_refs(text)
    assert (ref.number, ref.date, ref.issuer.en, ref.title) == (
        "316", "1999-06-18", "Ministry of Internal Affairs",
        "Қазақстан Республикасы Ішкіісмині жоғары оқу орындарына қабылдау ережелерін бекіту туралы")


def test_an_approval_naming_the_official_on_the_line_of_his_title():
    # Ministry of Internal Affairs, 2009: "«Келісілген»" / "… Көлік және коммуникация" / "министрі Ә. Құсайынов" /
    # "2009 жылғы 21 желтоқсан" (the ministry's older name, "коммуникация" for "коммуникациялар")
    text = ("# Т\n\nЖолын кесу мақсатында БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған нұсқаулық бекітілсін.\n\n2. Осы бұйрық алғаш "
            "рет ресми жарияланғаннан кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.\n\n**Министр**\n\n"
            "**С. Баймағанбетов**\n\n> *«Келісілген»*  \n> *Қазақстан Республикасының*  \n> *Көлік және коммуникация*  \n"
            "> *министрі Ә. Құсайынов*  \n> *2009 жылғы 21 желтоқсан*\n\n> *Қазақстан Республикасы*  \n"
            "> *Ішкі істер министрінің*  \n> *2009 жылғы 21 желтоқсандағы*  \n> *№ 485 бұйрығымен бекітілген*\n\n"
            "## Нұсқаулық\n\n1. Осы Нұсқаулық тәртібін айқындайды.\n")
    (a,) = doc_meta(text, "kaz.md", "485", "2009-12-21", "103003000000").approvals
    assert (a.org.en, a.person, a.date) == ("Ministry of Transport and Communications", "Ә. Құсайынов", "2009-12-21")


def test_an_approval_naming_its_body_before_the_word_agreed():
    # Ministry of Justice, 2020: "Қазақстан Республикасының" / "Цифрлық даму, инновациялар" / "және аэроғарыш
    # өнеркәсібі министрлігімен" / "«КЕЛІСІЛДІ»" (agreed with the ministry), under the signature
    text = ("# Т\n\nЗаңының 10-бабы 1)-тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n2. Осы бұйрық алғашқы "
            "ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "**Қазақстан Республикасы Әділет министрінің міндетін атқарушы**\n\n**Н. Пан**\n\n"
            "> *Қазақстан Республикасының*  \n> *Цифрлық даму, инновациялар*  \n"
            "> *және аэроғарыш өнеркәсібі министрлігімен*  \n> *«КЕЛІСІЛДІ»*\n\n"
            "> *Қазақстан Руспубликасы*  \n> *Әділет министрінің*  \n> *2020 жылғы 29 мамыры № 66*  \n"
            "> *Бұйрығына 1-қосымша*\n\n## Қағидалар\n\n1. Осы Қағидалар тәртібін айқындайды.\n")
    d = doc_meta(text, "kaz.md", "66", "2020-05-29", "103001000000")
    (a,) = d.approvals
    assert a.org.en == "Ministry of Digital Development, Innovation and Aerospace Industry" and a.loc.line == 13
    assert [(s.role, s.name) for s in d.signatories] == [("Қазақстан Республикасы Әділет министрінің міндетін атқарушы",
                                                          "Н. Пан")]
    assert not d.unparsed


# Ministry of Internal Affairs, 1995 (order № 263): points kept only as the record of their repeal by a government
# resolution ("1-4. (Пункты отменены - постановлением …)"; in Kazakh a note, "қолданылуы тоқтатылды", their
# application ended: a repeal, not a suspension); an act named with "г." for its year and its number first; a
# Kazakh repeal "күшін жойды деп саналсын"; a signature's rank over two lines ("ІШКІ ҚЫЗМЕТ" / "ГЕНЕРАЛ-МАЙОРЫ"); a
# Kazakh stamp naming the body, the day and the number above the appendix's number
NATIONALITY_RU = (
    "# Т\n\nВо исполнение постановления Кабинета Министров Республики Казахстан от 12 января 1993 г. N 31 P930031_ "
    "приказываю:\n\n1-4. (Пункты отменены - постановлением Правительства РК от 9 февраля 2005 года N 124 ).\n\n"
    "5. Считать утратившим силу Приказ МВД Республики Казахстан N 64 от 9 февраля 1993 года \"Об объявлении "
    "постановления Кабинета Министров Республики Казахстан от 12 января 1993 года N 31\".\n\n   *Министр*\n\n"
    "   Приложение N 1\n\n   к приказу МВД\n\n   Республики Казахстан\n\n   N 263 от 20.11.1995г.\n\n"
    "   ## ИНСТРУКЦИЯ\n\n   ## О порядке изменения записи о национальности в паспортах граждан\n")
NATIONALITY_KK = (
    "# Т\n\nҚазақстан Республикасы Министрлер Кабинетiнiң 1993 жылғы қаңтардың 12-iндегi N 31 қаулысын орындау "
    "мақсатында БҰЙЫРАМЫН :\n\n1-4. <*>\n\n> *Ескерту: 1-4-тармақтардың қолданылуы тоқтатылды - ҚР Үкіметінің 2005 "
    "жылғы 9 ақпандағы N 124 қаулысымен .*\n\n5. Қазақстан Республикасы IIМ 1993 жылғы ақпанның 9-ындағы \"Қазақстан "
    "Республикасы Министрлер Кабинетiнiң 1993 жылғы қаңтардың 12-iндегi N 31 қаулысын жариялау туралы\" N 64 бұйрығы "
    "күшiн жойды деп саналсын.\n\n   МИНИСТР\n\n   IШКI ҚЫЗМЕТ\n\n   ГЕНЕРАЛ-МАЙОРЫ\n\n"
    "   Қазақстан Республикасы IIМ\n\n   1995 жылғы 20 қараша N 263\n\n   N 1 қосымша\n\n"
    "   ## Нұсқау Қуғын-сүргiн кезеңiнде паспорттардағы ұлты туралы жазбаны өзгерту тәртiбi туралы\n")


@pytest.mark.parametrize("text, name", [(NATIONALITY_RU, "rus.md"), (NATIONALITY_KK, "kaz.md")])
def test_points_ended_by_a_resolution_and_an_older_signature_and_stamp(text, name):
    d = doc_meta(text, name, "263", "1995-11-20", "103003000000")
    gone = [a for a in d.amendments if a.path]
    assert [(a.path, a.effect, a.amending.number, a.amending.date) for a in gone] == [
        ((("point", str(n)),), "Deletion", "124", "2005-02-09") for n in range(1, 5)]  # points 1 to 4, each
    (repeal,) = [a for a in d.amendments if not a.path]
    assert (repeal.effect, repeal.target_act.number, repeal.target_act.date) == ("Repeal", "64", "1993-02-09")
    assert (("appendix", "1"),) in {u.path for u in d.units} and not d.unparsed
    if name == "kaz.md":
        assert [s.role for s in d.signatories] == ["МИНИСТР ІШКІ ҚЫЗМЕТ ГЕНЕРАЛ-МАЙОРЫ"]


# Ministry of Internal Affairs, 1996 (order № 262): the regulation's chapters numbered like its points, the points'
# numbering starting again under the first ("1. Общие положения" / "1. Приемники-распределители …") and going on
# across the next ("7. …" / "2. Прием и регистрация задержанных" / "8. …")
RECEIVERS_RU = (
    "# Т\n\nприказываю:\n\n1. Утвердить Положение о приемниках-распределителях.\n\n2. Приказ вводится в действие "
    "со дня подписания.\n\nМинистр\n\nПриложение N 1\n\nк приказу МВД\n\nРеспублики Казахстан\n\n"
    "от 12.08.1996 г. N 262\n\n## ПОЛОЖЕНИЕ о приемниках-распределителях органов внутренних дел\n\n"
    "1. Общие положения\n\n1. Приемники-распределители предназначены для содержания лиц, не имеющих определенного "
    "места жительства, документов.\n\n7. Контроль и методическое руководство в организации медицинской помощи лицам, "
    "содержащимся в приемниках-распределителях, осуществляют территориальные органы.\n\n"
    "2. Прием и регистрация задержанных\n\n8. Выявление лиц, не имеющих определенного места жительства, документов, "
    "осуществляется работниками этих органов.\n")


def test_chapters_numbered_like_points():
    d = doc_meta(RECEIVERS_RU, "rus.md", "262", "1996-08-12", "103003000000")
    units = {u.path: u for u in d.units}
    app = (("appendix", "1"),)
    assert units[app + (("chapter", "1"),)].heading == "Общие положения"
    assert units[app + (("chapter", "2"),)].heading == "Прием и регистрация задержанных"
    assert {app + (("chapter", "1"), ("point", "1")), app + (("chapter", "1"), ("point", "7")),
            app + (("chapter", "2"), ("point", "8"))} <= set(units)
    assert app + (("point", "1"),) not in units and not d.unparsed


# Ministry of Internal Affairs, 1996 (order № 370): an instruction's chapters numbered "2." over points "2.1",
# "2.2" …; the next chapter's heading whether decimal points follow it or paragraphs ("3. Восстановление в
# гражданстве" / "Согласно статье 18 Закона …"); a reference broken before the point it names ("… в соответствии
# с пунктом" / "2.1. настоящей Инструкции;")
CITIZENSHIP_RU = (
    "# Т\n\nП Р И К А З Ы В А Ю:\n\n1. Утвердить Инструкцию (приложение N 1).\n\nМинистр\n\nПриложение N 1\n\n"
    "к приказу МВД Республики Казахстан от 23 декабря 1996 года N 370\n\n## И Н С Т Р У К Ц И Я\n\n"
    "1\\. Общие положения\n\n1.1. Заявление о приеме в гражданство Республики Казахстан подается на имя Президента "
    "Республики Казахстан.\n\n2. Прием в гражданство Республики Казахстан\n\n2.1. К заявлению о приеме в гражданство "
    "Республики Казахстан прилагаются:\n\n- анкета-заявление утвержденной формы в двух экземплярах (приложение N 2);\n\n"
    "3. Восстановление в гражданстве Республики Казахстан\n\n   Согласно статье 18 Закона \"О гражданстве Республики "
    "Казахстан\" ранее состоявшее в гражданстве Республики Казахстан лицо может быть восстановлено в гражданстве по его "
    "ходатайству.\n\n4. Выход из гражданства Республики Казахстан\n\n4.1. К заявлению о выходе из гражданства "
    "Республики Казахстан прилагаются:\n\n- подробная автобиография, составленная в произвольной форме и оформленная в "
    "соответствии с пунктом\n\n2.1. настоящей Инструкции;\n\n- три фотографии размером 3,5 х 4,5 см;\n")


def test_chapters_over_decimal_points_and_paragraphs():
    d = doc_meta(CITIZENSHIP_RU, "rus.md", "370", "1996-12-23", "103003000000")
    units = {u.path: u for u in d.units}
    app = (("appendix", "1"),)
    assert [units[app + (("chapter", n),)].heading for n in "1234"] == [
        "Общие положения", "Прием в гражданство Республики Казахстан", "Восстановление в гражданстве Республики "
        "Казахстан", "Выход из гражданства Республики Казахстан"]
    assert units[app + (("chapter", "3"), ("textparagraph", "1"))].text.startswith("Согласно статье 18 Закона")
    assert "соответствии с пунктом 2.1. настоящей Инструкции;" in units[app + (("chapter", "4"), ("point", "4.1"))].text
    assert app + (("chapter", "4"), ("point", "2.1")) not in units and not d.unparsed


def test_a_decimal_point_with_no_space_after_its_number():
    # Ministry of Internal Affairs, 1994 (order № 319): "2.10.По каждому письму …" between 2.9 and 2.11
    text = ("# Т\n\nприказываю:\n\n1. Утвердить Инструкцию.\n\nМинистр\n\n```\nПриложение\nк приказу МВД Республики\n"
            "Казахстан\nот 14 декабря 1994 г. N 319\n```\n\nИ Н С Т Р У К Ц И Я\n\n2. Учет и рассмотрение писем\n\n"
            "2.9. Не допускается направление жалоб граждан для разрешения тем органам, действия которых обжалуются.\n\n"
            "2.10.По каждому письму не позднее чем в пятидневный срок должно быть принято одно из следующих решений.\n\n"
            "2.11. В случаях, когда в письме поднимаются вопросы других ведомств, направляется копия письма.\n")
    d = doc_meta(text, "rus.md", "319", "1994-12-14", "103003000000")
    units = {u.path: u for u in d.units}
    ch = (("appendix", "1"), ("chapter", "2"))
    assert units[ch + (("point", "2.10"),)].text.startswith("По каждому письму")
    assert units[ch + (("point", "2.9"),)].text.endswith("обжалуются.") and not d.unparsed


def test_chapters_numbered_like_points_between_points_numbered_across_them():
    # Ministry of Internal Affairs, 1999 (order № 89): "8. …" / "2. Основные задачи Инспекции" / "9. …", the second
    # chapter's heading a number already given to a point
    text = ("# Т\n\nприказываю:\n\n1\\. Утвердить Положение (приложение 1).\n\nМинистр внутренних дел\n\n"
            "Республики Казахстан\n\nПриложение 1\n\nк приказу МВД\n\nРеспублики Казахстан\n\n№ 89 от 18.02.1999 г.\n\n"
            "## Положение об уголовно-исполнительной инспекции\n\n1. Общие положения\n\n"
            "1\\. Уголовно-исполнительная инспекция является структурным подразделением Департамента.\n\n"
            "2\\. Инспекция осуществляет свою деятельность в соответствии с Конституцией.\n\n"
            "2\\. Основные задачи Инспекции\n\n3\\. Основными задачами Инспекции являются:\n\n"
            "1) исполнение наказаний в виде привлечения к исправительным работам;\n\n"
            "3\\. Основные функции начальника Инспекции\n\n4\\. Основными функциями начальника Инспекции являются:\n\n"
            "1) осуществление контроля за исполнением приговоров.\n")
    d = doc_meta(text, "rus.md", "89", "1999-02-18", "103003000000")
    units = {u.path: u for u in d.units}
    app = (("appendix", "1"),)
    assert [units[app + (("chapter", n),)].heading for n in "123"] == [
        "Общие положения", "Основные задачи Инспекции", "Основные функции начальника Инспекции"]
    assert units[app + (("chapter", "1"), ("point", "2"))].text.endswith("Конституцией.")
    assert app + (("chapter", "3"), ("point", "4"), ("subpoint", "1")) in units and not d.unparsed


# Ministry of Justice, 2000 (order № 17): the rules attached with no stamp, their title a heading under the signature,
# their own appendices stamped ("Приложение 1" / "к Правилам оказания информационных" / …); a point kept as the
# record of its deletion with a space in its bracket ("15-1. ( исключен приказом … N 31 )"); a form's name under a
# blank for the body's name ("## ____ Наименование государственного органа")
INFORMATION_RU = (
    "# Т\n\nВ целях упорядочения оказания информационных услуг приказываю:\n\n1. Утвердить прилагаемые Правила "
    "оказания информационных услуг.\n\n3. Настоящий приказ вступает в силу со дня государственной регистрации.\n\n"
    "   *Министр*\n\n   ## Правила оказания информационных услуг\n\n## 1. Общие положения\n\n"
    "1. Правила оказания информационных услуг (далее - Правила) разработаны в соответствии с Указом Президента.\n\n"
    "15-1. ( исключен приказом Министра юстиции РК от 30 января 2007 года N 31 )\n\n"
    "16. Информация осуществляется в виде выдачи справки по форме согласно приложению 1.\n\n"
    "> *Приложение 1*  \n> *к Правилам оказания информационных*  \n> *услуг территориальными органами*  \n"
    "> *Министерства юстиции Республики*  \n> *Казахстан*\n\n"
    "> *Сноска. Приложение 1 дополнено приказом Министра юстиции РК от 30 января 2007 года N 31 .*\n\n"
    "## __________________________________________________________ Наименование государственного органа\n\n"
    "## Справка о зарегистрированных правах (обременениях) на недвижимое имущество\n\n"
    "N __________ \"___\" _________ 200 __ г.\n")


def test_rules_attached_with_no_stamp_and_their_stamped_appendix():
    d = doc_meta(INFORMATION_RU, "rus.md", "17", "2000-01-29", "103001000000")
    units = {u.path: u for u in d.units}
    rules = (("appendix", "1"),)
    assert units[rules].heading == "Правила оказания информационных услуг"
    assert rules + (("chapter", "1"), ("point", "16")) in units
    assert units[rules + (("appendix", "1"),)].heading == ("Справка о зарегистрированных правах (обременениях) на "
                                                           "недвижимое имущество")
    events = {(a.path, a.effect, a.amending.number) for a in d.amendments}
    assert (rules + (("chapter", "1"), ("point", "15-1")), "Deletion", "31") in events
    assert (rules + (("appendix", "1"),), "Insertion", "31") in events and not d.unparsed


# Ministry of Justice, 1999 (order № 6): a repeal naming the kind and the issuer once for two acts, the second by its
# day and number only ("приказы Министра юстиции … от 6 февраля 1998 года N 129 "…" и от 24 июня 1998 года № 74 "…"")
TWO_REPEALED_RU = (
    "# Т\n\nприказываю:\n\n4. Признать утратившими силу с 20 февраля 1999 года приказы Министра\n\n```\n"
    "юстиции Республики Казахстан от 6 февраля 1998 года N 129\n\nV980478_\n\n\"Об\nутверждении Положения о порядке "
    "государственной регистрации юридических лиц\"\nи от 24 июня 1998 года № 74\n\nV980087_\n\n\"О внесении изменений и "
    "дополнений в\nПоложение о порядке государственной регистрации юридических лиц,\nутвержденное приказом Министра "
    "юстиции Республики Казахстан от 6 февраля\n1998 года № 129\".\n5. Контроль возложить на Вице-Министра юстиции.\n"
    "Министр юстиции\nРеспублики Казахстан\n```\n")


def test_a_repeal_of_acts_listed_under_one_kind_and_issuer():
    d = doc_meta(TWO_REPEALED_RU, "rus.md", "6", "1999-01-15", "103001000000")
    assert sorted((a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments) == [
        ("Repeal", "129", "1998-02-06", "Ministry of Justice"), ("Repeal", "74", "1998-06-24", "Ministry of Justice")]


def test_a_suspension_of_acts_listed_under_one_kind_and_issuer():
    text = ("# Т\n\nприказываю:\n\n1. Приостановить действие приказов Министра юстиции Республики Казахстан от 6 февраля "
            "1998 года N 129 и от 24 июня 1998 года № 74 до 1 апреля 1999 года.\n\n2. Настоящий приказ вводится в "
            "действие со дня подписания.\n\nМинистр\n")
    d = doc_meta(text, "rus.md", "7", "1999-01-15", "103001000000")
    assert sorted((a.effect, a.target_act.number, a.until) for a in d.amendments) == [
        ("Suspension", "129", "1999-04-01"), ("Suspension", "74", "1999-04-01")]


# Ministry of Justice, 1999 (order № 6): forms drawn in fences, the stamps of the next appendices inside them
# ("Приложение 3" / "к приказу Министра" / … / 'от "__"______ 1999 г. №___'), a stamp begun in the running text
# ending in the drawn part (its blank day and number), the forms' names written inside them ("Заявление" / "о
# государственной регистрации" / "юридического лица") or below a drawn head
FORMS_RU = (
    "# Т\n\nприказываю:\n\n1. Утвердить прилагаемые формы заявлений (Приложения 1-3).\n\n```\n"
    "5. Контроль за исполнением настоящего приказа возложить на Вице-Министра юстиции Республики Казахстан.\n"
    "Министр юстиции\nРеспублики Казахстан\nПриложение 1\nк приказу Министра\nюстиции Республики Казахстан\n"
    "от \"__\" _______ 1999 г. № ___\nНаименование регистрирующего органа\nЗаявление\nо государственной регистрации\n"
    "юридического лица\nДля государственной регистрации представляется_____________________________,\n"
    "Приложение 2\nк приказу Министра\nюстиции Республики Казахстан\nот \"__\" _______ 1999 г. № ____\n"
    "Наименование регистрирующего органа\n```\n\n```\nЗаявление\n```\n\n"
    "Об учетной регистрации филиала (представительства)\n\n```\n"
    "Для учетной регистрации представляется____________________________________\n"
    "Приложение 3\nк приказу Министра\nюстиции Республики Казахстан\nот \"__\"______ 1999 г. №___\n"
    "___________________________\nНаименование регистрирующего органа\nЗаявление\n"
    "о государственной перерегистрации юридического лица\n(об учетной перерегистрации филиала и представительства)\n"
    "Для перерегистрации представляется__________________________________________\n```\n")


def test_stamps_inside_drawn_forms():
    d = doc_meta(FORMS_RU, "rus.md", "6", "1999-01-15", "103001000000")
    titles = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert titles == {
        (("appendix", "1"),): "Заявление о государственной регистрации юридического лица",
        (("appendix", "2"),): "Заявление Об учетной регистрации филиала (представительства)",
        (("appendix", "3"),): ("Заявление о государственной перерегистрации юридического лица (об учетной "
                               "перерегистрации филиала и представительства)")}
    assert not d.unparsed


# Ministry of Finance, 1997 (the Tax Committee's order № 322): a list of changes to an instruction named in its title
# ("Изменения и дополнения к Инструкции N 40 "…""), no ordering word: its points amend that instruction, in chapters
# numbered in Roman numerals ("В главе III:"), sub-points lettered and quoted ('подпункт "в" изложить …'), a point
# inserted by "ввести" ('после пункта 37 ввести пункт "37а" следующего содержания:')
CHANGE_LIST_RU = (
    "# Изменения и дополнения к Инструкции N 40 \"О порядке исчисления и уплаты подоходного налога с физических лиц\"\n\n"
    "1. В главе 1 пункт 5 изложить в следующей редакции:\n\n\"5. Освобождение физического лица от подоходного налога "
    "может производиться только в порядке внесения изменений в Указ \"О налогах\".\n\n2. В главе III:\n\nВ пункте 15:\n\n"
    "- подпункт \"в\" изложить в следующей редакции:\n\n\"в) доходы, полученные физическим лицом в виде вознаграждения "
    "(интереса)\";\n\n- в подпункте \"д\" слова \"денежные средства\" заменить словом \"деньги\";\n\n"
    "3. В главе IV:\n\n- после пункта 37 ввести пункт \"37а\" следующего содержания:\n\n\"37а. Физическое лицо имеет "
    "право на вычет по обязательным пенсионным взносам\".\n\n5. В главе VI в пункте 49:\n\n- дополнить подпунктом "
    "\"и\" следующего содержания:\n\n\"и) вознаграждение (интерес) по вкладам в банках\";\n\nПредседатель\n")


def test_a_list_of_changes_to_an_instruction_named_in_its_title():
    d = doc_meta(CHANGE_LIST_RU, "rus.md", "322", "1997-09-30", "103002000000")
    events = [(a.target_act.number, a.target_act.kind, a.path, a.effect, (a.new_text or "")[:12]) for a in d.amendments]
    assert events == [
        ("40", "instruction", (("chapter", "1"), ("point", "5")), "Substitution", "Освобождение"),
        ("40", "instruction", (("chapter", "3"), ("point", "15"), ("subpoint", "в")), "Substitution", "в) доходы, п"),
        ("40", "instruction", (("chapter", "3"), ("point", "15"), ("subpoint", "д")), "WordReplacement", ""),
        ("40", "instruction", (("chapter", "4"), ("point", "37а")), "Insertion", "Физическое л"),
        ("40", "instruction", (("chapter", "6"), ("point", "49"), ("subpoint", "и")), "Insertion", "и) вознаграж")]
    assert {a.amending.number for a in d.amendments} == {"322"} and not d.unparsed


# Ministry of Finance, 1996 (order № 19): the list of changes attached with no stamp, its title a heading ending
# with a colon that names the instruction by the body that approved it, its day and number (as the order's point does,
# anchored: the portal's paragraphs are not joined again)
CHANGES_ATTACHED_RU = (
    "# Об утверждении \"О внесении изменений и дополнений в Инструкцию \"О порядке исчисления и внесения специальных "
    "платежей и налогов недропользователей\"\n\nприказываю:\n\n<a id=\"p1\"></a>\n\n1\\. Утвердить \"Изменения и дополнения в Инструкцию \"О порядке исчисления и внесения "
    "специальных платежей и налогов недропользователей\", утвержденную Министерством финансов от 30 июня 1995 года N "
    "41\".\n\n**Первый заместитель министра**\n\n## О внесении изменений и дополнений в Инструкцию \"О порядке исчисления и внесения специальных платежей и налогов "
    "недропользователей\", утвержденную Министерством финансов от 30 июня 1995 года N 41:\n\n"
    "Главная налоговая инспекция Министерства финансов Республики Казахстан вносит следующие изменения и дополнения в "
    "вышеназванную Инструкцию.\n\n1\\. Раздел II. Содержание и сфера применения специальных\n\nплатежей и налогов "
    "недропользователей дополнить пунктами 6 и 7 следующего содержания:\n\n\"6. Все контракты по недропользованию "
    "должны проходить обязательную предварительную налоговую экспертизу.\n\n7\\. Условия налогообложения, определенные "
    "в контрактах, сохраняются на срок их действия\".\n\nПервый заместитель министра\n")


def test_a_list_of_changes_attached_with_no_stamp():
    d = doc_meta(CHANGES_ATTACHED_RU, "rus.md", "19", "1996-01-22", "103002000000")
    events = sorted((a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.path, a.effect)
                    for a in d.amendments)
    assert events == [("41", "1995-06-30", "Ministry of Finance", (("section", "2"), ("point", n)), "Insertion")
                      for n in "67"]
    assert not d.unparsed
    # the list's point is its whole instruction, the sentence broken over two paragraphs
    point = next(u for u in d.units if u.path == (("appendix", "1"), ("point", "1")))
    assert point.text.endswith("платежей и налогов недропользователей дополнить пунктами 6 и 7 следующего содержания:")


def test_divisions_numbered_in_roman_numerals_and_quoted_letters():
    from kg.patterns import unit_refs

    assert unit_refs("В главе VI в пункте 49:") == [[("chapter", "6")], [("point", "49")]]
    assert unit_refs("В главе ІХ:") == [[("chapter", "9")]]  # the Cyrillic І and Х
    assert unit_refs('в подпункте "д" слова') == [[("subpoint", "д")]]
    assert unit_refs("пункт V") == []  # a Roman numeral names a division only


# the same list in Kazakh: its title names no act ("Өзгерістер мен толықтырулар"), the paragraph under it does ("…
# "…" N 40 нұсқаулыққа"); chapters in Roman numerals before their word ("III тарауда:"), lettered sub-points quoted
# before theirs ('"д" тармақшасында'), a point inserted by "енгізілсін", words added quoted before the verb ('"…"
# деген сөздермен толықтырылсын'), a new wording whose closing quote the text lost ('"в) …;' before the next
# instruction)
CHANGE_LIST_KK = (
    "# Өзгерiстер мен толықтырулар\n\nҚазақстан Республикасы Президентiнiң Заң күшi бар \"Салық және бюджетке "
    "төленетiн басқа да мiндеттi төлемдер туралы\" 1995 жылғы 24 сәуiрдегi N 2235 Z952235_ Жарлығына өзгерiстер мен "
    "толықтырулар енгiзу туралы\" Қазақстан Республикасының 1997 ж. 28 ақпандағы N 76-1 Z970076_ Заңдарына сәйкес "
    "\"Жеке тұлғалардан алынатын табыс салықтарын есептеу мен төлеудiң тәртiбi туралы\" N 40 нұсқаулыққа\n\n"
    "Өзгерiстер мен толықтырулар\n\n2. III тарауда:\n\n   15-тармақта:\n\n"
    "   - \"в\" тармақшасы мынадай редакцияда жазылсын:\n\n   \"в) сыйақы (мүдделер) түрiнде жеке тұлғаларға берiлген "
    "кiрiстер;\n\n   - \"д\" тармақшасында \"ақшалай қаржылар\" деген сөздер \"ақша\" деген сөзбен ауыстырылсын.\n\n"
    "   - \"м\" тармақшасы \"мемлекеттiк (ұлттық) лоторея жөнiндегi ұтыстардан басқа\" деген сөздермен толықтырылсын.\n\n"
    "3. IV тарауда:\n\n- 37-тармақтан соң мынадай мазмұндағы \"37а\" тармағы енгiзiлсiн:\n\n\"37а. Жеке тұлға "
    "зейнеткерлiк жарналар жөнiнде шегерiм жасауға құқы бар.\"\n")


def test_a_kazakh_list_of_changes_naming_its_instruction_under_its_title():
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждены приказом Председателя налогового комитета Министерства финансов Республики "
                                  "Казахстан от 30 сентября 1997 г. N 322.", "title": {"kaz": "Өзгерiстер мен толықтырулар"},
                     "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1997-09-29"}, "meta.yaml")
    d = parse_text(CHANGE_LIST_KK, "kaz.md", meta=meta)
    events = [(a.target_act.number, a.path, a.effect, (a.new_text or "")[:8]) for a in d.amendments]
    assert events == [
        ("40", (("chapter", "3"), ("point", "15"), ("subpoint", "в")), "Substitution", "в) сыйақ"),
        ("40", (("chapter", "3"), ("point", "15"), ("subpoint", "д")), "WordReplacement", ""),
        ("40", (("chapter", "3"), ("point", "15"), ("subpoint", "м")), "Insertion", "мемлекет"),
        ("40", (("chapter", "4"), ("point", "37а")), "Insertion", "Жеке тұл")]
    assert not d.unparsed and not d.instructions_failed



def test_a_kazakh_new_wording_opening_with_its_quoted_letter_and_no_quotation_mark_ends_before_the_next_instruction():
    """The same list: '"г" зейнетақылар, … байланысты;' and, in a fence, '"б" тұрғын үй құрылысын … сатып' / 'алушылар.'
    open with the sub-point's letter quoted and lost the wording's own marks. Each wording ends before the next
    instruction ('- "ж" тармақшасы мынадай редакцияда жазылсын:'; '- "в" тармақшасында "ақшалай жылдар" деген сөздер
    "ақша" деген сөзбен' / 'ауыстырылсын.'), which is read (both had been words of the wording before them)."""
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждены приказом Председателя налогового комитета Министерства финансов Республики "
                                  "Казахстан от 30 сентября 1997 г. N 322.", "title": {"kaz": "Өзгерiстер мен толықтырулар"},
                     "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1997-09-29"}, "meta.yaml")
    text = CHANGE_LIST_KK.split("2. III")[0] + (
        "5. VI тараудағы 49 тармағында:\n\n- \"г\" тармақшасы мынадай редакцияда жазылсын:\n\n\"г\" зейнетақылар, "
        "стипендия, мүгедектiгi бойынша мемлекеттiк әлеуметтiк жәрдемдер, асыраушысынан айырылуына байланысты;\n\n"
        "- \"ж\" тармақшасы мынадай редакцияда жазылсын:\n\n\"ж) мемлекеттiк бағалы қағаздар жөнiндегi сыйақы "
        "(мүдде)\";\n\n```\nIХ тарауда:\n71-тармақта:\n- \"б\" тармақшасы мынадай редакцияда жазылсын:\n"
        "\"б\" тұрғын үй құрылысын және осындай құрылысқа арналған көп құрылыс\nматериалдарын сатып алуды "
        "қоспағанда, жалпы сомасы жылына 1000 айлық\nесептiк көрсеткiштен асатын құрылыс салушылар мен көп мөлшерде "
        "сатып\nалушылар.\n- \"в\" тармақшасында \"ақшалай жылдар\" деген сөздер \"ақша\" деген сөзбен\n"
        "ауыстырылсын.\nҚазақстан Республикасы\nҚаржы министрлiгi\nСалық комитетiнiң\nТөрағасы\n```\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(a.path[-1][1], a.effect, a.old_words) for a in d.amendments] == [
        ("г", "Substitution", None), ("ж", "Substitution", None), ("б", "Substitution", None),
        ("в", "WordReplacement", "ақшалай жылдар")]
    assert [a.new_text.split()[-1] for a in d.amendments[:3]] == ["байланысты;", "(мүдде)", "алушылар."]
    assert not d.unparsed and not d.instructions_failed


# Ministry of Finance, 1996 (orders № 209 and № 19): Kazakh titles that name the instruction a list of changes amends,
# by its day and number ("… 1995 жылғы 26 маусымдағы N 37 ~V950077 нұсқаулыққа енгiзiлген өзгертулер мен
# толықтыруларды бекiту туралы") or by the body that approved it ("Қаржы министрлiгi 30.06.1995 ж. N 41 бекiткен "…"
# Нұсқаулыққа өзгертулер мен толықтырулар енгiзу туралы"), as the Russian titles do; a signature of two lines under
# the list, its rank above its role ("Салық қызметiнiң II дәрежелi" / "Мемлекеттiк кеңесшiсi")
@pytest.mark.parametrize("title, body, number, day, path", [
    ('"Қосылған құнға салынатын салықты есептеу мен төлеу тәртiбi туралы" 1995 жылғы 26 маусымдағы N 37 ~V950077 '
     'нұсқаулыққа енгiзiлген өзгертулер мен толықтыруларды бекiту туралы',
     'Қазақстан Республикасының Әдiлет министрлiгiнде тiркелген "Қосылған құнға салынатын салықты есептеу мен төлеу '
     'тәртiбi туралы" 1995 жылғы 26 маусымдағы N 37 нұсқаулыққа мынадай өзгертулер мен толықтырулар енгiзiледi:\n\n'
     '2-тармақ мынадай мазмұндағы мәтiнмен толықтырылсын:\n\n"Қазақстан Республикасының аумағында сатылған '
     'жолдамалардың құнына енгiзiлген қызметi қосылған құнға салық салу объектiсi болып табылмайды".\n\n'
     '```\nСалық қызметiнiң II дәрежелi\nМемлекеттiк кеңесшiсi\n```\n', "37", "1995-06-26", (("point", "2"),)),
    ('Қаржы министрлiгi 30.06.1995 ж. N 41 бекiткен "Әлеуметтiк төлемдер мен жер қойнауын пайдаланушылардың '
     'салықтарын есептеу мен енгiзудiң тәртiбi туралы" Нұсқаулыққа өзгертулер мен толықтырулар енгiзу туралы',
     'Қазақстан Республикасы Қаржы министрлiгiнiң Бас салық инспекциясы жоғарыда аталған нұсқаулыққа мынадай '
     'өзгертулер мен толықтырулар енгiзедi:\n\n1. II тарау. Әлеуметтік төлемдер мен жер қойнауын пайдаланушылар '
     'салықтарының мазмұны мен қолданылу аясы мынадай мазмұндағы 6-тармақпен толықтырылсын:\n\n   "6. Жер қойнауын '
     'пайдалану жөнiндегi барлық контрактылар алдын ала салық сараптауынан өтуi тиiс.".\n',
     "41", "1995-06-30", (("chapter", "2"), ("point", "6"))),
])
def test_kazakh_titles_name_the_instruction_a_list_of_changes_amends(title, body, number, day, path):
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Приказ Министерства финансов Республики Казахстан от 18 сентября 1996 года № 209.",
                     "title": {"kaz": title}, "form": "ПРИК", "approved_by": ["103002000000"]}, "meta.yaml")
    d = parse_text(f"# {title}\n\n{body}", "kaz.md", meta=meta)
    (a,) = d.amendments
    assert (a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.path) == (
        "Insertion", number, day, "Ministry of Finance", path)
    assert not d.unparsed and not d.instructions_failed
    if "кеңесш" in body:
        assert [s.role for s in d.signatories] == ["Салық қызметінің II дәрежелі Мемлекеттік кеңесшісі"]

# Ministry of Finance, 1999 (order № 180): the rules right under the signature in a fence, no stamp and no heading
# ("Первый вице-Министр финансов" / "Правила" / "о порядке формирования, …"), their first chapter numbered like a
# point; a note naming an order by a day with a two-digit year ("от 14.09.99г. N 496")
PAID_SERVICES_RU = (
    "# Т\n\nПриказываю:\n\n1\\. Утвердить Правила о порядке формирования средств.\n\n8\\. Считать утратившим силу "
    "приказ Министерства финансов Республики Казахстан от 29 января 1999 года N 44 \"Об утверждении Правил\" и приказ "
    "Министерства финансов Республики Казахстан от 16 апреля 1999 года N 153 \"Об утверждении Правил о порядке, от\n\n```\n"
    "спонсорской и благотворительной помощи, а также депозитных сумм\nгосударственных учреждений\".\n"
    "9. Настоящие Правила вводятся в действие со дня их государственной\nрегистрации в Министерстве юстиции Республики "
    "Казахстан.\nПервый вице-Министр финансов\nПравила\nо порядке формирования,\nиспользования и учета средств,\n"
    "государственных учреждений\n1. Средства, получаемые от реализации платных услуг\n```\n\n"
    "1\\. Средства, получаемые государственными учреждениями от реализации платных услуг, зачисляются на текущий счет.\n\n"
    "15\\. Представленные сводные сметы утверждаются вице-Министром финансов. <*>\n\n"
    "> *Сноска. Пункт 15 - в новой редакции согласно приказу Министра финансов РК от 14.09.99г. N 496 V990919_ ; в "
    "новой редакции согласно приказу МФ РК от 20.07.2000г. N 331 V001228_ .*\n")


def test_rules_in_a_fence_right_under_the_signature():
    d = doc_meta(PAID_SERVICES_RU, "rus.md", "180", "1999-05-02", "103002000000")
    units = {u.path: u for u in d.units}
    app = (("appendix", "1"),)
    assert units[app].heading.startswith("Правила о порядке формирования")
    assert units[app + (("chapter", "1"),)].heading == "Средства, получаемые от реализации платных услуг"
    notes = sorted((a.amending.number, a.amending.date) for a in d.amendments if a.from_note)
    assert notes == [("331", "2000-07-20"), ("496", "1999-09-14")]
    assert [r.target_act.number for r in d.amendments if r.effect == "Repeal"] == ["44", "153"] and not d.unparsed


# Ministry of Finance, 1995 (the Main Tax Inspectorate's instruction N 34, published alone, no ordering word): its
# first chapter's heading a line above its first point ("I. Общие положения"); a note naming a division by its
# heading and, after the first act, another unit for the next ('Раздел "Общие положения" - в новой редакции согласно
# приказу … N 14-1-/17; пункт 1 - с изменениями и дополнениями, внесенными приказом … N 62'); a bracket in the
# list of acts names no unit ("(… 2-тармақтан қараңыз)")
LAND_TAX_RU = (
    "# Инструкция N 34 о порядке исчисления и уплаты земельного налога\n\nНастоящая Инструкция издана на основании "
    "раздела VII \"Земельный налог\" Указа Президента Республики Казахстан, имеющего силу Закона, \"О налогах и других "
    "обязательных платежах в бюджет\" от 24 апреля 1995 года N 2235 (в дальнейшем Указ).\n\nI. Общие положения\n\n"
    "1. Согласно статьи 8 Указа Президента Республики Казахстан землевладение и землепользование является платным.\n\n"
    "   Плата за землю взимается в формах земельного налога или арендной платы. <*>\n\n"
    "   > *Сноска. Раздел \"Общие положения\" - в новой редакции согласно приказу Государственного налогового комитета "
    "Республики Казахстан от 23 января 1997 года N 14-1-/17; пункт 1 - с изменениями и дополнениями, внесенными "
    "приказом Налогового Комитета МФ РК от 10.07.98г. N 62. V980547_*\n\nII. Плательщики земельного налога\n\n"
    "2. Плательщиками земельного налога являются юридические и физические лица. <*>\n\n"
    "   > *Сноска. Пункт 2 - с изменениями и дополнениями, внесенными приказом Налогового комитета Минфина РК от "
    "29.12.97г. N 1. V970069_*\n")


def test_notes_naming_a_division_by_its_heading_and_a_unit_for_each_act():
    d = doc_meta(LAND_TAX_RU, "rus.md", "34", "1995-06-26", "103002000000")
    assert sorted((a.amending.number, a.amending.date, a.path, a.effect) for a in d.amendments) == [
        ("1", "1997-12-29", (("chapter", "2"), ("point", "2")), "Modification"),
        ("14-1-/17", "1997-01-23", (("chapter", "1"),), "Substitution"),
        ("62", "1998-07-10", (("chapter", "1"), ("point", "1")), "Modification")]
    assert {u.path: u.heading for u in d.units}[(("chapter", "1"),)] == "Общие положения" and not d.unparsed


def test_a_regulation_published_alone_has_its_own_sub_points():
    # Ministry of Justice, 1998 (regulation approved by order № 19, published alone, no ordering word): "6.
    # Заявление …" / "К заявлению прилагаются:" / "1) личный листок …" are the regulation's sub-points, not an
    # order's administrative tasks kept as its point's text
    text = ("# Положение \"О порядке выдачи лицензий на занятие адвокатской деятельностью\"\n\n1\\. Положение "
            "определяет порядок, условия и сроки выдачи лицензий на занятие адвокатской деятельностью.\n\n6\\. Заявление "
            "о допуске к сдаче квалификационного экзамена\n\n```\nодновременно является заявлением о выдаче лицензии.\n"
            "К заявлению прилагаются:\n1) личный листок по учету кадров, заполненный\nсобственноручно либо отпечатанный, "
            "без исправлений и помарок;\n2) автобиография, составленная собственноручно без помарок и\nисправлений;\n"
            "7. По результатам сдачи квалификационного экзамена в течение\nдесяти дней Лицензиаром принимается решение.\n```\n")
    d = doc_meta(text, "rus.md", "19", "1998-01-21", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("point", "6"), ("subpoint", "2"))].text.startswith("2) автобиография")
    assert (("point", "7"),) in units and not d.unparsed


# Main Tax Inspectorate of the Ministry of Finance, 1996 (order № 36): an order of one sentence, no ordering word and
# no point ("В соответствии со статьей 54 Указа … утвердить прилагаемые к настоящему приказу изменения и дополнения в
# Инструкцию № 37 …"), signed by a rank ("Государственный советник налоговой службы II ранга"), the changes attached
# under the signature with no stamp, their instruction unnumbered ("Пункт 2 дополнить текстом следующего содержания:")
VAT_CHANGES_RU = (
    "# Об утверждении изменений и дополнений в Инструкцию № 37 от 26 июня 1995 года \"О порядке исчисления и уплаты "
    "налога на добавленную стоимость\"\n\nВ соответствии со статьей 54 Указа Президента Республики\n\n```\nКазахстан, "
    "имеющего силу Закона, \"О налогах и других обязательных\nплатежах в бюджет\"\n\nZ952235_\n\nутвердить прилагаемые к "
    "настоящему приказу\nизменения и дополнения в Инструкцию № 37\n\nV950077_\n\nот 26 июня 1995 года\n\"О порядке "
    "исчисления и уплаты налога на добавленную стоимость\",\nзарегистрированную в Министерстве юстиции Республики "
    "Казахстан.\nГосударственный советник налоговой\nслужбы II ранга\nО внесении изменений и дополнений\nв Инструкцию "
    "№ 37 от 26 июня 1995 года\n\"О порядке исчисления и уплаты налога\nна добавленную стоимость\"\n19 сентября 1996 "
    "года\n```\n\nВ Инструкцию № 37 от 26 июня 1995 года \"О порядке исчисления и уплаты налога на добавленную "
    "стоимость, зарегистрированную в Министерстве юстиции Республики Казахстан, вносятся следующие изменения и "
    "дополнения.\n\nПункт 2 дополнить текстом следующего содержания:\n\n\"Услуги туристических фирм Республики "
    "Казахстан, предоставляемые туристам за пределами стран-членов Содружества Независимых Государств, не являются "
    "объектом обложения по налогу на добавленную стоимость\".\n")


def test_an_order_of_one_sentence_and_its_changes_attached_unstamped():
    d = doc_meta(VAT_CHANGES_RU, "rus.md", "36", "1996-09-17", "103002000000")
    (event,) = d.amendments
    assert (event.target_act.number, event.target_act.date, event.path, event.effect) == (
        "37", "1995-06-26", (("point", "2"),), "Insertion")
    assert event.new_text.startswith("Услуги туристических фирм")
    assert [s.role for s in d.signatories] == ["Государственный советник налоговой службы II ранга"]
    units = {u.path: u for u in d.units if u.act.number == "36"}
    # the one sentence, its basis and what it orders, is the order's preamble whole (it had been a paragraph of it)
    preamble = units[(("preamble", ""),)].text
    assert preamble.startswith("В соответствии со статьей 54") and preamble.endswith("Министерстве юстиции Республики "
                                                                                    "Казахстан.")
    assert ("textparagraph", "1") not in [u[0] for u in units]
    assert units[(("appendix", "1"),)].heading.startswith("О внесении изменений и дополнений") and not d.unparsed


# the same order in Kazakh: its one sentence ends with what it orders ("…, осы бұйрыққа қоса тiркелiп отырған, … N 37
# Нұсқаулықтың … өзгертулер мен толықтырулар бекiтiлсiн."), the list of changes titled by what it does ("… N 37
# нұсқаулыққа өзгертулер мен толықтырулар енгiзу туралы") under a signature of a rank over two lines
VAT_CHANGES_KK = (
    "# \"Қосылған құнға салынатын салықты есептеу мен төлеу тәртiбi туралы\" 1995 жылғы 26 маусымдағы N 37 ~V950077 "
    "нұсқаулыққа енгiзiлген өзгертулер мен толықтыруларды бекiту туралы\n\n\"Салық және бюджетке төленетiн басқа да "
    "мiндеттi төлемдер туралы\" Z952235_ Қазақстан Республикасы Президентiнiң Заң күшi бар Жарлығының 54-бабына сәйкес, "
    "осы бұйрыққа қоса тiркелiп отырған, Қазақстан Республикасының Әдiлет министрлiгiнде тiркелген \"Қосылған құнға "
    "салынатын\n\n```\nсалықты есептеу мен төлеу тәртiбi туралы\" 1995 жылғы 25 маусымдағы N 37\n\nV950077_\n\n"
    "Нұсқаулықтың Қазақстан Республикасы туристiк фирмаларының\nқызметiне қосылған құнға салық салу тәртiбi бөлiгiне "
    "енгiзiлген өзгертулер\nмен толықтырулар бекiтiлсiн.\nСалық қызметiнiң II дәрежелi\nМемлекеттiк кеңесшiсi\n"
    "\"Қосылған құнға салынатын салықты есептеу мен\nтөлеу тәртiбi туралы\" 1995 жылғы 26 маусымдағы\nN 37\n\n"
    "V950077_\n\nнұсқаулыққа өзгертулер мен толықтырулар\nенгiзу туралы\n1996 жылғы 19 қыркүйек\n```\n\nҚазақстан "
    "Республикасының Әдiлет министрлiгiнде тiркелген \"Қосылған құнға салынатын салықты есептеу мен төлеу тәртiбi "
    "туралы\" 1995 жылғы 26 маусымдағы N 37 нұсқаулыққа мынадай өзгертулер мен толықтырулар енгiзiледi:\n\n"
    "<a id=\"p2\"></a>\n\n2-тармақ мынадай мазмұндағы мәтiнмен толықтырылсын:\n\n\"Қазақстан Республикасының "
    "туристiк фирмаларының қызметi қосылған құнға салық салу объектiсi болып табылмайды\".\n\n```\nСалық "
    "қызметiнiң II дәрежелi\nМемлекеттiк кеңесшiсi\n```\n")


def test_the_sentence_that_orders_counts_only_before_the_first_point():
    """The same words inside a text's points (here the instruction of 1996, N 193, published alone, its point 2 given
    the words of the order N 78 of the same ministry) are no ordering line: the text is the instruction's points from
    its first, no preamble down to point 2."""
    text = ("# Инструкция О порядке предоставления декларации\n\nВ соответствии с Указом Президента граждане обязаны "
            "представить в органы налоговой службы сведения.\n\n<a id=\"p1\"></a>\n\n1. При поступлении на "
            "государственную службу граждане представляют сведения.\n\n<a id=\"p2\"></a>\n\n2. На основании "
            "Постановления Кабинета Министров Республики Казахстан от 28 апреля 1995 года N 592 \"О введении на "
            "территории Республики Казахстан марок акцизного сбора\" утвердить прилагаемую к настоящему приказу "
            "Инструкцию \"О порядке маркировки\".\n")
    meta = _requisites("Утверждена приказом Министра финансов Республики Казахстан от 26 августа 1996 г. N 193",
                       "103002000000")
    d = parse_text(text, "rus.md", meta=meta)
    points = [u.path[-1] for u in d.units if u.path[-1][0] == "point"]
    assert points == [("point", "1"), ("point", "2")]
    assert not d.unparsed


def test_the_order_of_one_sentence_and_its_changes_in_kazakh_read_as_in_russian():
    ru, kk = (doc_meta(text, name, "36", "1996-09-17", "103002000000")
              for text, name in ((VAT_CHANGES_RU, "rus.md"), (VAT_CHANGES_KK, "kaz.md")))
    for d in (ru, kk):
        assert [(a.target_act.number, a.path, a.effect) for a in d.amendments] == [("37", (("point", "2"),), "Insertion")]
        assert [u.path for u in d.units if u.act.number == "36"] == [
            (("preamble", ""),), (("appendix", "1"),), (("appendix", "1"), ("textparagraph", "1"))]
        assert not d.unparsed
    assert kk.units[0].text.endswith("өзгертулер мен толықтырулар бекітілсін.")
    assert [s.role for s in kk.signatories] == ["Салық қызметінің II дәрежелі Мемлекеттік кеңесшісі"] * 2


def test_an_order_of_one_sentence_with_no_ordering_word_and_its_temporary_instruction():
    """An order of the Ministry of Finance (1996, N 78) of one sentence in a fence, its basis and what it orders with
    no word before ("На основании Постановления … N 592 "…" утвердить прилагаемую к настоящему приказу Инструкцию
    "…"."), signed by one official of two offices ("Первый заместитель Министра" / "Начальник Главной налоговой" /
    "инспекции Республики Казахстан"), the instruction under it with no stamp, titled with a word before its kind
    ("ВРЕМЕННАЯ ИНСТРУКЦИЯ" / "О порядке маркировки …"), in chapters of decimal points, and signed at its end by a role
    over three lines, no name. The whole text had been the order's preamble, down to the first point numbered 1 (in
    the instruction's appendix)."""
    text = ("# Об утверждении Инструкции \"О порядке маркировки\"\n\n```\nНа основании Постановления Кабинета "
            "Министров Республики\nКазахстан от 28 апреля 1995 года N 592 \"О введении на территории\nРеспублики "
            "Казахстан марок акцизного сбора\" утвердить прилагаемую к настоящему\nприказу Инструкцию \"О порядке "
            "маркировки отдельных подакцизных\nтоваров, производимых на территории Республики Казахстан\".\n"
            "Первый заместитель Министра\nНачальник Главной налоговой\nинспекции Республики Казахстан\nВРЕМЕННАЯ "
            "ИНСТРУКЦИЯ\nО порядке маркировки отдельных подакцизных товаров,\nпроизводимых на территории Республики "
            "Казахстан\nI. ОБЩИЕ ПОЛОЖЕНИЯ\n```\n\n1.1. Настоящая Инструкция разработана во исполнение Постановления."
            "\n\n1.2. Перечень товаров, подлежащих маркировке приведен в приложении N 1.\n\nII. ПОРЯДОК ПРИОБРЕТЕНИЯ "
            "МАРОК АКЦИЗНОГО СБОРА\n\n2.1. Продажа марок производится налоговыми инспекциями.\n\nVII. КОНТРОЛЬ ЗА "
            "МАРКИРОВКОЙ ПОДАКЦИЗНЫХ ТОВАРОВ\n\nВ ТОРГОВОЙ СЕТИ\n\nКонтроль за наличием акцизных марок осуществляется "
            "Госторгинспекцией Республики Казахстан.\n\n```\nЗаместитель начальника\nГлавной налоговой инспекции\n"
            "Минфина Республики Казахстан\n```\n\n```\nПриложение N 2\nк Временной инструкции о порядке\nмаркировки "
            "отдельных подакцизных\nтоваров, производимых на\nтерритории Республики Казахстан\n```\n\nОбразцы марок "
            "акцизного сбора\n\n1. Образец марки для винно-водочной продукции\n")
    d = doc_meta(text, "rus.md", "78", "1996-06-04", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("preamble", ""),)].text.endswith("производимых на территории Республики Казахстан\".")
    assert [r.number for r, _ in d.act.based_on] == ["592"]
    assert [(s.role, s.of) for s in d.signatories] == [
        ("Первый заместитель Министра Начальник Главной налоговой инспекции Республики Казахстан", ()),
        ("Заместитель начальника Главной налоговой инспекции Минфина Республики Казахстан", (("appendix", "1"),))]
    assert units[(("appendix", "1"),)].heading.startswith("ВРЕМЕННАЯ ИНСТРУКЦИЯ О порядке маркировки")
    assert [p for p in units if p[:1] == (("appendix", "1"),) and p[-1][0] in ("chapter", "point")] == [
        (("appendix", "1"), ("chapter", "1")), (("appendix", "1"), ("chapter", "1"), ("point", "1.1")),
        (("appendix", "1"), ("chapter", "1"), ("point", "1.2")), (("appendix", "1"), ("chapter", "2")),
        (("appendix", "1"), ("chapter", "2"), ("point", "2.1")), (("appendix", "1"), ("chapter", "7")),
        (("appendix", "1"), ("appendix", "2"), ("point", "1"))]
    assert not d.unparsed


def test_a_kazakh_stamp_ending_with_a_link_code_over_a_title_typed_in_latin_letters():
    """An order of the Ministry of Finance (2002, N Л-164) approves a model labour contract; its Kazakh stamp ends with
    the portal's link code on a paragraph of its own ("бекiтiлген" / "" / "G021823_") and the title under it types the
    Kazakh Ү and І as the Latin Y and I ("МЕРЗIМДI ЕҢБЕК ШАРТЫНЫҢ YЛГIЛIК НЫСАНЫ"): the title as Kazakh letters, no
    blank before it (it had kept the Latin "YЛГIЛIК", after a space)."""
    text = ("# Мерзімді еңбек шартын жасасудың кейбір мәселелері туралы\n\nЕреженiң 12-тармағына сәйкес\n\nБҰЙЫРАМЫН:\n\n"
            "<a id=\"p1\"></a>\n\n1. Қоса берiлiп отырған мерзiмдi еңбек шартының үлгiлiк нысаны бекiтiлсiн.\n\n```\n"
            "Қазақстан Республикасы\nПремьер-Министрiнiң орынбасары -\nҚаржы министрi\n```\n\n```\nҚазақстан "
            "Республикасы\nПремьер-Министрiнiң орынбасары -\nҚаржы министрiнiң\n2002 жылғы 4 сәуірдегі\nN 164 "
            "бұйрығымен\nбекiтiлген\n\nG021823_\n```\n\nМЕРЗIМДI ЕҢБЕК ШАРТЫНЫҢ YЛГIЛIК НЫСАНЫ\n\n3.1.8. Қызметкер "
            "өзiнiң кәсiби бiлiктiлiгiн көтеруге құқылы.\n")
    d = doc_meta(text, "kaz.md", "Л-164", "2002-04-04", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "МЕРЗІМДІ ЕҢБЕК ШАРТЫНЫҢ ҮЛГІЛІК НЫСАНЫ"
    assert (("appendix", "1"), ("point", "3.1.8")) in units and not d.unparsed


def test_an_instruction_under_the_signature_and_its_issuing_body_and_day():
    # Ministry of Finance, 1994 (order № 226): the instruction attached in the fence under the signature with no
    # stamp, the body and day that issue it above its title ("Министерство финансов Республики Казахстан" / "3
    # августа 1994 г." / "Инструкция" / "О порядке учета … камней."), its chapters in Roman numerals
    text = ("# О порядке учета\n\nОб утверждении Инструкции \"О порядке учета\".\n\n1\\. Утвердить прилагаемую к "
            "настоящему приказу Инструкцию \"О порядке учета, оценки и реализации конфискованного имущества\".\n\n```\n"
            "2. Контроль за исполнением настоящего приказа возложить на заместителя Министра.\nМинистр финансов\n"
            "Республики Казахстан\nМинистерство финансов Республики Казахстан\n3 августа 1994 г.\nИнструкция\nО порядке "
            "учета, оценки и реализации конфискованного,\nбесхозяйного имущества, имущества, перешедшего по праву\n"
            "наследования к государству, кладов, находок, а также изделий\nиз драгоценных металлов и драгоценных "
            "каменей.\nI. Общие положения\n```\n\n1\\. Настоящая инструкция издана в соответствии с Законами Республики "
            "Казахстан.\n")
    d = doc_meta(text, "rus.md", "226", "1994-10-10", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading.startswith("Инструкция О порядке учета, оценки и реализации")
    assert units[(("appendix", "1"), ("chapter", "1"))].heading == "Общие положения"
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in units and not d.unparsed


# Ministry of Justice, 1998 (rules approved by order № 129, Kazakh, published alone): notes broken over paragraphs,
# a quotation open across them ('ЕСКЕРТУ. Қағиданың мәтіні бойынша "заңды тұлғалардың мемлекеттік' / 'тіркелімі"
# деген сөздер …' / … / "Әділет министрлігінің 1998.06.24. N 74 V980087_ бұйрығымен."), or before the act, its
# issuer ending the first line ("… - ҚР Әділет министрлігінің": no signature); a decimal point named by a note
# ("11.1-тармақ өзгертілді")
REGISTRATION_RULES_KK = (
    "# \"Заңды тұлғаларды мемлекеттiк тiркеу қағидасы\" ЕРЕЖЕ<*>\n\n> *ЕСКЕРТУ. Қағиданың мәтіні бойынша \"заңды "
    "тұлғалардың мемлекеттік*\n\nтіркелімі\" деген сөздер \"заңды тұлғалардың бірыңғай\n\nмемлекеттік тіркелімі\" деген "
    "сөздермен ауыстырылды - ҚР\n\nӘділет министрлігінің 1998.06.24. N 74 V980087_ бұйрығымен.\n\n1\\. Жалпы ережелер\n\n"
    "1\\. Осы Ереже тiркеу қызметтерiнiң әрекетiн реттейдi.\n\nIII. Заңды тұлғаны мемлекеттiк тiркеу тәртiбi\n\n"
    "11. Заңды тұлғалардың бірыңғай мемлекеттiк тiркелімi келесi тәртiппен жүргiзiледi:\n\n11.1. Құрылтайшы тiркеу "
    "органына:\n\n- қоса ұсынылған үлгiдегiдей тiркеу туралы өтiнiш (N 1 қосымшаны қараңыз); <*>\n\n"
    "> *ЕСКЕРТУ. 11.1-тармақ өзгертілді - ҚР Әділет министрлігінің*\n\n1998.06.24. N 74 V980087_ бұйрығымен.\n\n"
    "11.2.Жоғарыда аталған құжаттар ұсынылғаннан кейiн тiркеушi орган:\n\n- ұсынылған құжаттар пакетiнiң толықтығын "
    "тексеруге;\n")


def test_notes_broken_over_paragraphs():
    d = doc_meta(REGISTRATION_RULES_KK, "kaz.md", "129", "1998-02-06", "103001000000")
    events = [(a.path, a.effect, a.amending.number, a.old_words) for a in d.amendments]
    assert events == [((), "WordReplacement", "74", "заңды тұлғалардың мемлекеттік тіркелімі"),
                      ((("chapter", "3"), ("point", "11.1")), "Modification", "74", None)]
    assert (("chapter", "3"), ("point", "11.2")) in {u.path for u in d.units} and not d.unparsed


# Ministry of Finance, 1995 (instruction N 34 on the land tax, Kazakh): a note of words replaced throughout the text
# wrapped over ten paragraphs, quotations open across them; notes over three ("… - ҚР Мемлекеттік кіріс" /
# "министрлігінің 1999 жылғы 4 тамыздағы" / "N 929 бұйрығымен."), naming the Ministry of State Revenues in the
# singular ("кіріс") and the State Tax Committee ("ҚР Мемлекеттік салық комитетінің")
LAND_TAX_KK = (
    "# Жер салығын есептеу және төлеу тәртiбi туралы Нұсқаулық\n\n> *ЕСКЕРТУ.Бүкiл мәтiндегi \"Салық және бюджетке "
    "басқа да мiндеттi*\n\nтөлемдер туралы\" Қазақстан Республикасы Президентiнiң 1995\n\nжылғы N 2235 Заң күшi бар "
    "Жарлығы\" деген сөздер \"Салық және\n\nбюджетке басқа да мiндеттi төлемдер туралы\" Қазақстан\n\nРеспубликасының "
    "1995 жылғы N 2235 Заңы\" деген сөздермен\n\nауыстырылсын; \"Жарлық\", \"Жарлықтың\", \"Жарлықпен\",\n\n\"Жарлықта\", "
    "\"Жарлыққа\" деген сөздер тиiсiнше \"Заң\",\n\n\"Заңның\", \"Заңмен\", \"Заңда\", \"Заңға\" деген сөздермен\n\n"
    "ауыстырылды - ҚР Мемлекеттік кіріс министрлігінің\n\n1999 жылғы 4 тамыздағы N 929 бұйрығымен. V990903_\n\n"
    "Осы нұсқаулық \"Салық және бюджетке төленетiн басқа да мiндеттi төлемдер туралы\" Заңының \"Жер салығы\" "
    "бөлiмiне негiзделiп шығарылды. <*>\n\n> *ЕСКЕРТУ. Кiрiспе өзгертiлдi - ҚР Мемлекеттiк салық комитетiнiң*\n\n"
    "1997.01.23. N 14-1-17 бұйрығымен.\n\nI. Жалпы ережелер\n\n1. Қазақстан Республикасының Конституциясына сәйкес жер "
    "мемлекеттiк меншiк болып табылады. <*>\n\n      > *ЕСКЕРТУ. 1-тармақ жаңа редакцияда жазылды - ҚР Мемлекеттік "
    "кіріс*\n\n      министрлігінің 1999 жылғы 4 тамыздағы\n\n      N 929 бұйрығымен. V990903_\n")


def test_kazakh_notes_wrapped_over_many_paragraphs():
    d = doc_meta(LAND_TAX_KK, "kaz.md", "34", "1995-06-26", "103002000000")
    events = [(a.amending.number, a.amending.issuer.en, a.path, a.effect) for a in d.amendments]
    # (the note's two clauses apart with ";", each its words replaced: the decree's name by the law's, then "Жарлық",
    # "Жарлықтың", … by "Заң", "Заңның", … respectively)
    assert events == [("929", "Ministry of State Revenues", (), "WordReplacement")] * 6 + [
        ("14-1-17", "State Tax Committee", (("preamble", ""),), "Modification"),
        ("929", "Ministry of State Revenues", (("chapter", "1"), ("point", "1")), "Substitution")]
    words = [(a.old_words, a.new_words) for a in d.amendments if a.effect == "WordReplacement"]
    assert words[0][0].endswith("Заң күші бар Жарлығы") and words[0][1].endswith("N 2235 Заңы")
    assert words[1:] == [("Жарлық", "Заң"), ("Жарлықтың", "Заңның"), ("Жарлықпен", "Заңмен"), ("Жарлықта", "Заңда"),
                         ("Жарлыққа", "Заңға")]
    assert not d.unparsed


# Ministry of Finance, 1998 (order № 159): a note going on over paragraphs after a ";" (its act named in the second:
# "… соответственно падежу и числу заменяемых слов;" / "в тексте слова … - см. Приказ МФ РК от 25 мая 1999 г. N
# 239"), words replaced throughout the instruction except some points ("(исключая пункты 3.4, 3.10, 4.6)": those
# are not the units changed), the replacing words quoted after the verb
COUNTING_RU = (
    "# Т\n\n1. Утвердить прилагаемую Инструкцию.\n\n2. Считать утратившим силу приказ Министерства финансов Республики "
    "Казахстан от 30 декабря 1994 года N 329.\n\n   *Первый Вице-Министр*\n\n   ## Инструкция\n\n   ## Об объеме и "
    "формах годовой, квартальной\n\n   бухгалтерской отчетности государственных учреждений <*>\n\n   > *Сноска. В "
    "названии Инструкции, далее по тексту и в приложениях слова \"бюджетные организации\", \"организации\", используемые "
    "во всех падежах как во множественном, так и в единственном числе, заменить словами \"государственные учреждения\" "
    "соответственно падежу и числу заменяемых слов;*\n\n   в тексте слова \"министерства, государственного комитета и "
    "иного исполнительного органа\", \"специальные средства\", используемые во всех падежах как во множественном, так и в "
    "единственном числе, заменить соответственно словами \"администратор бюджетных программ\", \"средства, получаемые "
    "от реализации платных услуг\" соответственно падежу и числу заменяемых слов - см. Приказ МФ РК от 25 мая 1999 г. "
    "N 239 V990816_ ;\n\n   по всему тексту Инструкции (исключая пункты 3.4, 3.10, 4.6) слова \"сметы расходов\", "
    "\"смет\" заменены словами \"плана финансирования\" - приказом Министра финансов РК от 19 февраля 2002 года N 71 "
    "V021792_ .\n\n## 1. Общие положения\n\n1.1. Настоящей Инструкцией устанавливается объем форм годовой "
    "отчетности.\n")


def test_a_note_going_on_after_a_semicolon_and_units_it_excepts():
    d = doc_meta(COUNTING_RU, "rus.md", "159", "1998-05-14", "103002000000")
    notes = [(a.amending.number, a.path, a.old_words, a.new_words) for a in d.amendments if a.from_note]
    # (the words listed before one new, each replaced by it: "организации" too, "смет" too; and the note's second
    # clause, after its ";", replaced its own words respectively)
    a1 = (("appendix", "1"),)
    assert notes == [("239", a1, "бюджетные организации", "государственные учреждения"),
                     ("239", a1, "организации", "государственные учреждения"),
                     ("239", a1, "министерства, государственного комитета и иного исполнительного органа",
                      "администратор бюджетных программ"),
                     ("239", a1, "специальные средства", "средства, получаемые от реализации платных услуг"),
                     ("71", a1, "сметы расходов", "плана финансирования"),
                     ("71", a1, "смет", "плана финансирования")]
    assert not d.unparsed


def test_a_kazakh_repeal_by_the_appendix_named_with_an_ordinal_and_a_notary_chamber_agreeing():
    # Ministry of Justice, 2005 (order № 101): "Осы бұйрығына 2-ші қосымшаға сәйкес … бұйрықтарының күші жойылды деп
    # танылсын" (the appendix's number with the ordinal's ending) repeals the acts appendix 2 lists; agreed by the
    # chairman of the Republican Notary Chamber
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған Ереже бекітілсін.\n\n4\\. Осы бұйрығына 2-ші қосымшаға "
            "сәйкес Қазақстан Республикасы Әділет министрінің кейбір бұйрықтарының күші жойылды деп танылсын.\n\n5\\. Осы "
            "бұйрық алғаш ресми жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n*Министр*\n\n"
            "\"Келісілді\"\n\nРеспубликалық нотариаттық\n\nпалатаның төрағасы\n\n> *Қазақстан Республикасы*  \n> *Әділет "
            "министрінің*  \n> *2005 жылғы 31 наурыздағы*  \n> *N 101 бұйрығына*  \n> *1-қосымша*\n\n## ЕРЕЖЕ\n\n1\\. Осы "
            "ереже дайындалды.\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2005 жылғы 31 наурыздағы*  \n"
            "> *N 101 бұйрығына*  \n> *2-қосымша*\n\n## Қазақстан Республикасы Әділет министрінің күшін жойған кейбір "
            "бұйрықтарының тізбесі\n\n1\\. \"Жекеше нотариустың бос орнына орналасу үшін конкурс өткізу жөніндегі "
            "нұсқаулықты бекіту туралы\" Қазақстан Республикасы Әділет министрінің 2003 жылғы 9 желтоқсандағы N 259 бұйрығы "
            "(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде N 2614 тіркелген).\n")
    d = doc_meta(text, "kaz.md", "101", "2005-03-31", "103001000000")
    assert [(a.effect, a.target_act.number, a.target_act.date) for a in d.amendments] == [("Repeal", "259", "2003-12-09")]
    assert [a.org.en for a in d.approvals] == ["Republican Notary Chamber"] and not d.unparsed


def test_an_operative_part_of_sub_points_alone_closed_by_a_paragraph_is_read():
    # an operative part that lists sub-points with no point above them (the wording of an MVD order of 2006, its
    # point's lead left out), the last closed by a full stop and a paragraph after it: the sub-points, each its text
    # (the paragraphs after a closed list had been looked for under a point that is not there: the parser failed)
    text = ("# Т\n\nҚазақстан Республикасы \"Жол жүрісі қауіпсіздігі\" Заңының 19-бабының 2-тармағына сәйкес БҰЙЫРАМЫН:"
            "\n\n   1) көлік құралдарының санын, олардың тиесілігін және өзге де тіркеу құжаттарын нақтылау;\n\n"
            "   2) қылмыс пен әкімшілік құқық бұзушылықтың алдын алу және жолын кесу.\n\n"
            "Белгіленген мерзімде байқауға ұсынылмаған көлік құралдары одан әрі жол қозғалысына жіберілмейді деп танылады.\n")
    d = doc_meta(text, "kaz.md", "263", "2006-06-08", "103003000000")
    subs = {u.path: u.text for u in d.units if u.path[-1][0] == "subpoint"}
    assert list(subs) == [(("subpoint", "1"),), (("subpoint", "2"),)]
    assert subs[(("subpoint", "1"),)].endswith("нақтылау;") and not d.unparsed


# the instruction on the "Технадзор" system (Ministry of Internal Affairs, 2003, order N 22), in Kazakh: the
# instruction's appendices stamped with its name alone, a form's fields and a sentence ending with its verb right
# above a stamp; one stamp over the six appendices a note deleted ("4-қосымша" / … / "9-қосымша", "4-9-қосымшалар
# алынып тасталды"); a note with the portal's typo ("өзерту енгізілді")
TEKHNADZOR_KK = (
    "# \"Технадзор\" жүйесінің жұмыс істеуін ұйымдастыру жөніндегі нұсқаулықты бекіту туралы\n\nмақсатында БҰЙЫРАМЫН :\n\n"
    "1. Қоса беріліп отырған нұсқаулық бекітілсін.\n\n*Министр*\n\n*генерал-полковник*\n\n> *Қазақстан Республикасы*  \n"
    "> *Ішкі істер министрінің*  \n> *2003 жылғы 16 қаңтар*  \n> *N 22 бұйрығымен*  \n> *бекітілген*\n\n"
    "## \"Технадзор\" жүйесінің жұмыс істеуін ұйымдастыру жөніндегі нұсқаулық\n\n## 1. Жалпы жағдайлар\n\n"
    "9. Деректерді енгізу аяқталғаннан кейін автоматты тексеру жүргізіледі.\n\n      > *Ескерту: 9-тармаққа өзерту "
    "енгізілді - ҚР Ішкі істер министрінің 2007 жылғы 26 ақпандағы N 83 (қолданысқа енгізілу тәртібін 6-тармақтан "
    "қараңыз) бұйрығымен .*\n\n\"Технадзор\" автоматтандырылған\n\nжөніндегі нұсқаулыққа 1-қосымша\n\n"
    "## Көлік құралының мемлекеттік техникалық байқаудан өтуi туралы АКТ\n\nБайқаудан өтуі туралы қорытынды"
    + "_" * 37 + "\n\nТаныстым, көлік құралының иесі(қолы)" + "_" * 24 + "\n\n> *\"Технадзор\" автоматтандырылған*  \n"
    "> *жөніндегі нұсқаулыққа 2-қосымша*\n\n## Куәліктің үлгісі\n\nКуәлік баспахана тәсілімен дайындалады.\n\n"
    "Сыртқы жағында көлік құралы иесінің және мемлекеттік тіркеу нөмірлік\n\nбелгісінің өзгергені туралы жазылады\n\n"
    "\"Технадзор\" автоматтандырылған\n\nжөніндегі нұсқаулыққа 3-қосымша\n\n## Талонның үлгісі\n\n"
    "Мөлшері дөңгелек, диаметрі 50 мм.\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n"
    "> *2003 жылғы 16 қаңтар N 22*  \n> *бұйрығымен бекітілген*  \n> *\"Технадзор\" автоматтандырылған*  \n"
    "> *жөніндегі нұсқаулыққа*  \n> *4-қосымша*  \n> *5-қосымша*  \n> *6-қосымша*  \n> *7-қосымша*  \n> *8-қосымша*  \n"
    "> *9-қосымша*\n\n> *Ескерту: 4-9-қосымшалар алынып тасталды - ҚР Ішкі істер министрінің 2005 жылғы 23 "
    "қарашадағы N 651 бұйрығымен .*\n")


def test_tekhnadzor_stamps_of_the_instruction_s_appendices_and_six_deleted_under_one():
    d = doc_meta(TEKHNADZOR_KK, "kaz.md", "22", "2003-01-16", "103003000000")
    a1 = (("appendix", "1"),)
    tops = [u.path for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"]
    assert tops == [a1]
    texts = {u.path: u.text for u in d.units}
    # the form's fields and the sentence stay the words of the appendix above, not lines of the next stamp
    assert any((t or "").startswith("Таныстым, көлік құралының иесі") for p, t in texts.items() if p[:2] == a1 + (("appendix", "1"),))
    assert any("туралы жазылады" in (t or "") for p, t in texts.items() if p[:2] == a1 + (("appendix", "2"),))
    deleted = [a.path for a in d.amendments if a.effect == "Deletion"]
    assert deleted == [a1 + (("appendix", str(n)),) for n in range(4, 10)]
    assert [(a.effect, a.path[-1]) for a in d.amendments if a.amending.number == "83"] == [("Modification", ("point", "9"))]
    assert not d.unparsed


def test_a_fenced_kazakh_stamp_with_its_day_and_number_left_blank_opens_the_rules():
    # Ministry of Justice, 2000 (order N 14): the operative part's tail, the signature, the stamp with its day and
    # number left blank ('2000 ж. "___"_____N___' / "бұйрығымен бекітілген"), the rules' title and their first chapter
    # in one fence; the blank had been read as a drawn form from there on, a table, the rules untitled, no chapters
    text = ("# Ақпараттық қызмет көрсету Қағидаларын бекіту туралы\n\nмақсатында БҰЙЫРАМЫН:\n\n1\\. Қазақстан Республикасы "
            "Әділет Министрлігі Тіркеу қызметі\n\n```\nкомитетінің жылжымайтын мүлік жөніндегі Орталықтармен ақпараттық "
            "қызмет\nкөрсету Қағидасы бекітілсін.\n3. Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді.\n"
            "Министр\nҚазақстан Республикасы\nӘділет министрінің\n2000 ж. \"___\"_____N___\nбұйрығымен бекітілген\n"
            "Қазақстан Республикасы Әділет министрлігі\nТіркеу қызметі комитетінің\nЖылжымайтын мүлік жөніндегі "
            "орталықтарымен\nақпараттық қызмет көрсету\nҚАҒИДАСЫ\n1. Жалпы ережелер\n```\n\n1\\. Осы қағида Үкіметтің "
            "қаулысына сәйкес әзірленді.\n\n11\\. Қызметтің заңсыздығы сотпен белгіленуі мүмкін.\n\n2\\. Ақпараттарды "
            "беру негіздері мен тәртіптері\n\n12\\. Ақпараттарды беру жазбаша сұрау беру негізінде жүзеге асырылады.\n")
    d = doc_meta(text, "kaz.md", "14", "2000-01-29", "103001000000")
    heads = {u.path: u.heading for u in d.units if u.heading}
    a1 = (("appendix", "1"),)
    assert heads[a1].startswith("Қазақстан Республикасы Әділет министрлігі") and heads[a1].endswith("ҚАҒИДАСЫ")
    assert heads[a1 + (("chapter", "1"),)] == "Жалпы ережелер"
    assert heads[a1 + (("chapter", "2"),)] == "Ақпараттарды беру негіздері мен тәртіптері"
    assert a1 + (("chapter", "2"), ("point", "12")) in {u.path for u in d.units}
    assert not any(u.path[-1][0] == "table" for u in d.units) and not d.unparsed


def test_a_point_s_sentence_wrapped_before_a_bracket_is_one_paragraph():
    # Ministry of Internal Affairs, 2007 (order N 340): "11. Учаскелік полиция инспекторы немесе … учаскелік полиция
    # инспекторы" / "(бұдан әрі – учаскелік полиция инспекторы) … әңгімелеседі." — the sentence goes on after the wrap, in
    # a bracket: one paragraph, no parts (it had been read as two)
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Ереже бекітілсін.\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер "
            "министрінің*  \n> *2007 жылғы 21 тамыздағы*  \n> *N 340 бұйрығымен бекітілген*\n\n## Ереже\n\n11. Учаскелік "
            "полиция инспекторы немесе кәмелетке толмағандардың істері жөніндегі учаскелік полиция инспекторы\n\n"
            "    (бұдан әрі – учаскелік полиция инспекторы) мерзімінен бұрын-шартты түрде босатылған адаммен "
            "әңгімелеседі.\n\n12. Бақылау ісі тіркеледі.\n")
    d = doc_meta(text, "kaz.md", "340", "2007-08-21", "103003000000")
    p11 = (("appendix", "1"), ("point", "11"))
    assert not [u.path for u in d.units if u.path[:2] == p11 and len(u.path) > 2]
    assert {u.path: u.text for u in d.units}[p11].endswith("(бұдан әрі – учаскелік полиция инспекторы) мерзімінен "
                                                          "бұрын-шартты түрде босатылған адаммен әңгімелеседі.")


def test_a_form_s_line_ending_with_and_additional_is_no_appendix_stamp():
    # Ministry of Internal Affairs, 2006 (order № 263), a form drawn in text: "… ескертпелер және қосымша" / "ақпарат___"
    # ("remarks and additional information", wrapped) ends with "қосымша" after "және", no dative: no appendix's stamp
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Бекітілсін.\n\n*Министр*\n\nҚазақстан Республикасы\n\nІшкі істер министрінің\n\n"
            "2006 жылғы 8 маусымдағы\n\nN 263 бұйрығына 1-қосымша\n\n## Көлік құралының мемлекеттік техникалық байқаудан "
            "өтуi туралы АКТ\n\nТексеру барысында анықталған ақаулар туралы ескертпелер және қосымша\n\nақпарат" + "_" * 61
            + "\n\n<table>\n<tr>\n<td>Куәліктер алында</td>\n<td>Алғаны туралы қолы</td>\n</tr>\n<tr>\n<th>1</th>\n<th>2</th>\n"
            "</tr>\n</table>\n")
    d = doc_meta(text, "kaz.md", "263", "2006-06-08", "103003000000")
    assert [u.path for u in d.units if u.path[0][0] == "appendix" and len(u.path) == 1] == [(("appendix", "1"),)]
    assert not any((u.heading or "").startswith("ақпарат") for u in d.units) and not d.unparsed


def test_a_kazakh_repeal_by_the_appendix_named_with_no_hyphen_lists_acts_and_points_of_acts():
    # Ministry of Internal Affairs, 2006 (order № 263): "Осы бұйрықтың 5 қосымшасына сәйкес … кейбір бұйрықтары күшін
    # жойды деп танылсын" (the appendix's number with no hyphen: appendix 5, not the first); appendix 5 lists whole
    # orders and the first points of others ("… N 168 Бұйрығының 1-тармағы, … тіркелген")
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Бекітілсін.\n\n6\\. Осы бұйрықтың 5 қосымшасына сәйкес Қазақстан Республикасы "
            "Ішкі істер министрінің кейбір бұйрықтары күшін жойды деп танылсын.\n\n*Министр*\n\nҚазақстан Республикасы\n\n"
            "Ішкі істер министрінің\n\n2006 жылғы 8 маусымдағы\n\nN 263 бұйрығына 5-қосымша\n\n## Қазақстан Республикасы "
            "Ішкі істер министрінің күшін жойған кейбір бұйрықтарының тізімі\n\n1\\. \"Қазақстан Республикасында "
            "автомотокөлік құралдары мен оларға тiркемелердi мемлекеттiк техникалық байқауды жүргiзудiң тәртiбiн бекiту "
            "туралы\" Қазақстан Республикасы Ішкі істер министрлігі 1999 жылғы 22 қарашадағы N 587 бұйрығы, нормативтік "
            "құқықтық актілерді мемлекеттік тіркеу тізімінде N 990 болып тіркелген.\n\n7\\. \"Жол полициясының қызметін "
            "жетілдіру жөніндегі Қазақстан Республикасы Ішкі істер министрінің кейбір бұйрықтарына өзгерістер мен "
            "толықтырулар енгізу туралы\" Қазақстан Республикасы Ішкі істер министрі міндетін атқарушының 2005 жылғы 16 "
            "наурыздағы N 168 Бұйрығының 1-тармағы, нормативтік құқықтық актілерді мемлекеттік тіркеу тізімінде N 3582 "
            "болып тіркелген.\n")
    d = doc_meta(text, "kaz.md", "263", "2006-06-08", "103003000000")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.path) for a in d.amendments] == [
        ("Repeal", "587", "1999-11-22", ()), ("Deletion", "168", "2005-03-16", (("point", "1"),))]
    assert {a.ref.number: a.ref.registration for a in d.acts} == {"587": "990", "168": "3582"}
    assert not d.instructions_failed and not d.unparsed


# Ministry of Internal Affairs, 2001 (№ 655): the instruction's appendices stamped "Приложение 1" / "к Инструкции …"
# with no number to end at, each a form named on the line under the stamp ("Заявление-анкета", "Образец штампа",
# "Книга учета выездных дел") and drawn in text under its name, opening with a blank
RULES_APPENDICES_RU = (
    "# Об утверждении Инструкции о выдаче органами внутренних дел разрешений для выезда на постоянное жительство\n\n"
    "В целях дальнейшего совершенствования деятельности миграционной службы органов внутренних дел, приказываю:\n\n"
    "1\\. Утвердить прилагаемую Инструкцию о выдаче органами внутренних дел разрешений для выезда на постоянное "
    "жительство.\n\nМинистр\n\n> *Утверждена*  \n> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n"
    "> *от 10 сентября 2001 г. N 655*\n\n## Инструкция о выдаче органами внутренних дел разрешений для выезда на "
    "постоянное жительство\n\n1\\. Заявления-анкеты (приложение 1) о получении разрешения для выезда принимаются к "
    "рассмотрению только после предоставления всех документов.\n\nПриложение 1\n\nк Инструкции о выдаче органами "
    "внутренних дел разрешений для выезда на постоянное жительство за пределы Республики Казахстан\n\n"
    "Заявление-анкета\n\n________________________________________________________________ фамилия, имя, отчество | | "
    "_______________________________________________________| фото | число, месяц, год и место рождения\n\n"
    "Приложение 2\n\nк Инструкции о выдаче органами внутренних дел разрешений для выезда на постоянное жительство за "
    "пределы Республики Казахстан\n\nОбразец штампа\n\nо выезде на постоянное жительство за пределы Республики "
    "Казахстан\n\nПриложение 3\n\nк Инструкции о выдаче органами внутренних дел разрешений для выезда на постоянное "
    "жительство за пределы Республики Казахстан\n\nКнига учета выездных дел\n\n"
    "________________________________________________________________________ N | Фамилия, имя, |Число, месяц |\n")


def test_appendices_of_an_instruction_named_by_their_forms():
    d = doc_meta(RULES_APPENDICES_RU, "rus.md", "655", "2001-09-10", "103003000000")
    titles = {u.path: u.heading for u in d.units if len(u.path) == 2 and u.path[1][0] == "appendix"}
    assert titles == {
        (("appendix", "1"), ("appendix", "1")): "Заявление-анкета",
        (("appendix", "1"), ("appendix", "2")): "Образец штампа о выезде на постоянное жительство за пределы "
                                                "Республики Казахстан",
        (("appendix", "1"), ("appendix", "3")): "Книга учета выездных дел"}
    drawn = [u for u in d.units if u.path[:2] == (("appendix", "1"), ("appendix", "1")) and u.text]
    assert drawn and "фамилия, имя, отчество" in drawn[0].text
    assert not d.unparsed


# Ministry of Internal Affairs, 2001 (№ 411): an appendix of the instruction that is a form drawn in a fence with no
# name above it: the fence is the appendix's text (a table), not its title
DRAWN_FORM_RU = (
    "# Об утверждении Инструкции о порядке приема жалоб граждан\n\nВ целях обеспечения законности приказываю:\n\n"
    "1\\. Утвердить Инструкцию о порядке приема жалоб граждан (приложение 1).\n\n```\nМинистр внутренних дел\n"
    "Республики Казахстан\n```\n\n```\nПриложение 1\nк приказу МВД\nРеспублики Казахстан\nот 29 мая 2001 года\n"
    "N 411\n```\n\n```\nИнструкция\n```\n\nо порядке приема жалоб граждан по фактам\n\nнеправомерных действий "
    "сотрудников дорожной полиции\n\n1\\. Прием жалоб граждан в подразделениях дорожной полиции осуществляется "
    "круглосуточно.\n\n```\nПриложение 2\nк Инструкции (\n\nG011540_\n\n)\n```\n\n```\nСЕРИЯ___ N___ КОРЕШОК К "
    "ЖАЛОБЕ\nФ.И.О. заявителя_________________________________________________\nМесто жительства "
    "_________________________ тел. _________________\nСерия______ N____ Жалоба\nДата ________________ __________\n"
    "подпись\n```\n")


def test_a_form_drawn_in_a_fence_is_an_appendix_text_not_its_title():
    d = doc_meta(DRAWN_FORM_RU, "rus.md", "411", "2001-05-29", "103003000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"),)] == ("Инструкция о порядке приема жалоб граждан по фактам неправомерных "
                                           "действий сотрудников дорожной полиции")
    assert heads[(("appendix", "1"), ("appendix", "2"))] is None
    drawn = [u.text for u in d.units if u.path[:2] == (("appendix", "1"), ("appendix", "2")) and u.text]
    assert drawn and "КОРЕШОК К ЖАЛОБЕ" in drawn[0] and "Ф.И.О. заявителя" in drawn[0]
    assert not d.unparsed


# Ministry of Internal Affairs, 2001 (№ 473): the ministry that agreed the rules wrote its day with the year first and
# the day and month in figures ("2001 ж. 14.06."); the rules' notes name the orders that changed each point
AGREED_YEAR_FIRST_KK = (
    "# Қазақстан Республикасы Ішкі істер министрлігінің орта кәсіптік оқу орындарына қабылдау ережелерін бекіту туралы"
    "\n\nҚазақстан Республикасының \"Бiлiм туралы\" Заңына сәйкес БҰЙЫРАМЫН :\n\n1\\. Қазақстан Республикасы Iшкi iстер "
    "министрлiгiнiң орта кәсiптiк оқу орындарына қабылдау ережелерi қосымшаға сай бекiтiлсiн.\n\n"
    "*Қазақстан Республикасы*\n\n*Ішкі істер министрі -*\n\n*Ішкі әскерлер қолбасшысы*\n\n*генерал-майор*\n\n"
    "\"Келісілді\"\n\nҚазақстан Республикасы\n\nБілім және ғылым\n\nбірінші вице-Министрі\n\n2001 ж. 14.06.\n\n"
    "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2001 жылғы 16 маусымдағы*  \n"
    "> *N 473 бұйрығымен бекітілген*\n\n## Қазақстан Республикасы Iшкi iстер министрлiгiнiң орта кәсiптiк оқу "
    "орындарына қабылдау ЕРЕЖЕЛЕРI\n\n1\\. Колледждерге Қазақстан Республикасының азаматтары қабылданады. <*>\n\n"
    "> *Ескерту. 1-тармаққа өзгеріс енгізілді - ҚР Ішкі істер министрінің 2004 жылғы 2 маусымдағы N 309 бұйрығымен .*"
    "\n\n<a id=\"p2-1\"></a>\n\n2-1. Колледждерге қабылдау конкурстық негізде жүзеге асырылады.\n\n"
    "> *Ескерту: 2-1-тармақпен толықтырылды - Ішкі істер министрлігінің 2005 жылғы 25 мамырдағы N 308 бұйрығымен .*\n")


def test_an_agreement_dated_year_first_in_figures():
    d = doc_meta(AGREED_YEAR_FIRST_KK, "kaz.md", "473", "2001-06-16", "103003000000")
    assert [(a.org.kk, a.date) for a in d.approvals] == [("Білім және ғылым министрлігі", "2001-06-14")]
    assert {(a.path[-1], a.effect, a.amending.number) for a in d.amendments if a.from_note} == {
        (("point", "1"), "Modification", "309"), (("point", "2-1"), "Insertion", "308")}
    assert not d.unparsed


# Ministry of Justice, 2002 (№ 68): the rules' last point goes on in a fence, then a rule drawn across the page and
# the portal's editors named under it: the point's text and a part of it, the editors' credit no unit of the rules
CREDIT_UNDER_RULE_RU = (
    "# Об утверждении Правил выдачи юридической оценки (legal opinion)\n\nВ целях реализации Положения о Министерстве "
    "юстиции Республики Казахстан приказываю:\n\n1\\. Утвердить прилагаемые Правила выдачи юридической оценки (legal "
    "opinion).\n\nМинистр\n\n```\nУтверждены\nПриказом Министра юстиции\nРеспублики Казахстан\nот 16 мая 2002 года N 68\n"
    "```\n\nПравила\n\nвыдачи юридической оценки (legal opinion) по\n\nгосударственным займам и государственным "
    "гарантиям\n\nРеспублики Казахстан\n\n1\\. Общие положения\n\n1\\. Настоящие Правила определяют порядок, форму и "
    "сроки выдачи юридической оценки Министерством юстиции.\n\n14\\. Юридическая оценка теряет свою юридическую силу "
    "с момента прекращения действия Соглашения (Договора) о займе или государственной гарантии, а также в случаях "
    "внесения в Соглашение (Договор) о займе или государственную гарантию поправки\n\n```\n(дополнения или изменения) "
    "или изменения условий обращения указанных\nгосударственных ценных бумаг.\nПри внесении изменений и дополнений в "
    "Соглашение (Договор) о займе\nили государственную гарантию, юридическая оценка требует повторной выдачи\nв "
    "порядке, определяемом настоящими Правилами.\n"
    "___________________________________________________________________\n(Специалисты: Пучкова О.Я.,\n"
    "Мартина Н.А.)\n```\n")


def test_the_editors_credit_under_a_rule_in_a_fence():
    d = doc_meta(CREDIT_UNDER_RULE_RU, "rus.md", "68", "2002-05-16", "103001000000")
    last = [u for u in d.units if u.path[:2] == (("appendix", "1"), ("chapter", "1"))]
    assert [u.path[-1] for u in last if len(u.path) == 4] == [("part", "1"), ("part", "2")]
    assert not any("Специалисты" in (u.text or "") for u in d.units)
    assert last[-1].text.startswith("При внесении изменений") and not d.unparsed


# Ministry of Justice, 2002 (№ 48): a note under the instruction's stamp that ends with a colon and goes on in the next
# paragraph ("Сноска. По всему тексту Инструкции:" / 'слова "местных органов" заменены словами … - приказом … N 325.'),
# the instruction's title heading under it
NOTE_UNDER_COLON_RU = (
    "# Об утверждении Инструкции по проведению проверок государственных органов\n\nВ соответствии со статьей 24 "
    "Закона Республики Казахстан \"Об органах юстиции\" приказываю:\n\n1. Утвердить прилагаемую Инструкцию по "
    "проведению проверок государственных органов.\n\n2. Настоящий Приказ вступает в силу со дня государственной "
    "регистрации.\n\n   *Министр*\n\n   Утверждена Приказом\n\n   Министра юстиции\n\n   Республики Казахстан\n\n"
    "   от 3 апреля 2002 года N 48\n\n   > *Сноска. По всему тексту Инструкции:*\n\n   слова \"местных органов\" "
    "заменены словами \"органов местного\" - приказом Министра юстиции Республики Казахстан от 8 декабря 2005 года "
    "N 325.\n\n   ## Инструкция по проведению проверок государственных органов Республики Казахстан органами юстиции"
    "\n\n## 1. Общие положения\n\n1. Инструкция детализирует организацию и осуществление проверок местных органов.\n")


def test_a_note_ending_with_a_colon_goes_on_under_it():
    d = doc_meta(NOTE_UNDER_COLON_RU, "rus.md", "48", "2002-04-03", "103001000000")
    assert [(a.path, a.effect, a.amending.number, a.old_words, a.new_words) for a in d.amendments if a.from_note] == [
        ((("appendix", "1"),), "WordReplacement", "325", "местных органов", "органов местного")]
    heads = {u.path: u.heading for u in d.units}
    assert heads[(("appendix", "1"),)] == "Инструкция по проведению проверок государственных органов Республики " \
                                          "Казахстан органами юстиции"
    assert (("appendix", "1"), ("textparagraph", "1")) not in heads and not d.unparsed


# Ministry of Justice, 2004 (№ 168, Kazakh): stamps that quote the order's title over eight lines ('"Хабарлама
# нысандарын және' / … / "бекітілген") under the agreement of the statistics agency, whose blank and day end it
QUOTING_STAMP_KK = (
    "# Хабарлама нысандарын және олардың мемлекеттік статистика органдарына табыс ету Ережелерін бекіту туралы\n\n"
    "Заңына сәйкес,\n\nБұйырамын:\n\n1. Қоса беріліп отырғандар бекітілсін:\n\n   1) хабарлама нысандары;\n\n"
    "   2) Мемлекеттік статистика органдарына хабарлама нысандарын ұсыну тәртібі.\n\n*Министр*\n\nКелісілді:\n\n"
    "*Қазақстан Республикасының*\n\n*статистика жөніндегі*\n\n*агенттігінің төрағасы*\n\n"
    "*_________________________*\n\n*2004 жылғы 1 маусым*\n\n" + "".join(
        "> *\"Хабарлама нысандарын және*  \n> *оларды мемлекеттік статистика*  \n> *органдарына табыс ету*  \n"
        "> *Ережелерін бекіту туралы\"*  \n> *Қазақстан Республикасы Әділет*  \n> *министрінің 2004 жылғы*  \n"
        f"> *1 маусымдағы N 168 бұйрығымен*  \n> *бекітілген*\n\n## {title}\n\n1. {text}\n\n" for title, text in (
            ("Хабарлама", "Тіркеу"), ("Мемлекеттік статистика органдарына хабарламалар табыс ету ережесі",
                                      "Осы Ереже мемлекеттік статистика органдарына хабарламалар беру тәртібін анықтайды."))))


def test_stamps_quoting_the_order_title_under_an_agreement():
    d = doc_meta(QUOTING_STAMP_KK, "kaz.md", "168", "2004-06-01", "103001000000")
    assert [(a.org.ru, a.date) for a in d.approvals] == [("Агентство по статистике", "2004-06-01")]
    heads = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert heads == {(("appendix", "1"),): "Хабарлама",
                     (("appendix", "2"),): "Мемлекеттік статистика органдарына хабарламалар табыс ету ережесі"}
    assert [u.text for u in d.units if u.path == (("appendix", "1"), ("point", "1"))] == ["Тіркеу"]
    assert not d.unparsed


# Ministry of Finance, 2001 (№ 173): a list's last item, then the portal's editors named in a fence of their own
# ("(Специалисты: Склярова И.В.," / "Абрамова Т.М.)"): not the item's words
EDITORS_FENCE_RU = (
    "# Об утверждении списков аудиторских организаций и кредитных рейтинговых агентств\n\nВ целях ежегодного "
    "проведения аудита приказываю:\n\n1\\. Утвердить прилагаемые списки аудиторских организаций и кредитных "
    "рейтинговых агентств.\n\nИ.о. Министра\n\n```\nУтвержден\nприказом Министра финансов\nРеспублики Казахстан\n"
    "от 5 апреля 2001 года N 173\n```\n\nСписок кредитных рейтинговых агентств\n\n1\\. Fitch IBCA & DCR\n\n"
    "2\\. Moody's Investor Service\n\n3\\. Standart & Poor's (S&P)\n\n```\n(Специалисты: Склярова И.В.,\n"
    "Абрамова Т.М.)\n```\n")


def test_the_editors_in_a_fence_of_their_own_are_not_the_last_item():
    d = doc_meta(EDITORS_FENCE_RU, "rus.md", "173", "2001-04-05", "103002000000")
    items = [u.text for u in d.units if u.path[:1] == (("appendix", "1"),) and len(u.path) == 2]
    assert items == ["Fitch IBCA & DCR", "Moody's Investor Service", "Standart & Poor's (S&P)"]
    assert not d.unparsed


# Ministry of Finance, 2002 (№ Л-164): a stamp in a fence that ends with the order's number, a letter before it ("от 4
# апреля 2002 года N Л-164"), the form's title under it
LETTER_NUMBER_RU = (
    "# О некоторых вопросах заключения срочного трудового договора\n\nВ соответствии с пунктом 12 Положения о "
    "порядке прохождения государственной службы приказываю:\n\n1. Утвердить прилагаемую типовую форму срочного "
    "трудового договора.\n\n```\nЗаместитель Премьер-Министра\nРеспублики Казахстан -\nМинистр финансов\n```\n\n```\n"
    "Утверждена\nПриказом Заместителя Премьер-\nМинистра Республики Казахстан -\nМинистра финансов\nот 4 апреля 2002 "
    "года N Л-164\n(\n\nG021823_\n\n)\n```\n\nТиповая форма срочного трудового договора\n\n3.1.1. заключать, изменять "
    "и расторгать индивидуальный трудовой договор с работодателем в порядке, установленном Законом;\n")


def test_a_stamp_ending_with_a_number_that_has_a_letter():
    d = doc_meta(LETTER_NUMBER_RU, "rus.md", "Л-164", "2002-04-04", "103002000000")
    assert {u.path: u.heading for u in d.units}[(("appendix", "1"),)] == "Типовая форма срочного трудового договора"
    assert not d.unparsed


# Ministry of Finance, 2002 (№ 323): a stamp that quotes the order's title under its number ('"Об уплате некоторых
# обязательных' / 'платежей в бюджет наличными деньгами"') over a form drawn in a table: neither is the form's title
QUOTED_OWN_TITLE_RU = (
    "# Об уплате некоторых обязательных платежей в бюджет наличными деньгами\n\nВ целях реализации Налогового Кодекса "
    "приказываю:\n\n1. Утвердить прилагаемую форму бланка строгой отчетности.\n\n*Заместитель Премьер-Министра*\n\n"
    "*Республики Казахстан -*\n\n*Министр*\n\nПриложение\n\nк приказу Министра финансов\n\nРеспублики Казахстан\n\n"
    "от 15 июля 2002 года N 323\n\n\"Об уплате некоторых обязательных\n\nплатежей в бюджет наличными деньгами\"\n\n"
    "<table>\n<tr>\n<td>\n| Корешок квитанции |\n| Серия N |\n|Наименование (ФИО) плательщика "
    "_________________________________________|\n|* Примечание: указывается РНН лиц, подлежащих государственной |\n"
    "|регистрации в соответствии с налоговым законодательством Республики |\n|Казахстан. |\n</td>\n</tr>\n</table>\n")


def test_a_stamp_quoting_the_order_title_over_a_drawn_form():
    d = doc_meta(QUOTED_OWN_TITLE_RU, "rus.md", "323", "2002-07-15", "103002000000")
    heads = {u.path: u.heading for u in d.units}
    assert heads[(("appendix", "1"),)] is None
    drawn = [u.text for u in d.units if u.path[:1] == (("appendix", "1"),) and u.text]
    assert drawn and "Корешок квитанции" in drawn[0] and not any("Об уплате" in t for t in drawn)
    assert not d.unparsed


# Ministry of Finance, 2002 (№ 594, Kazakh): the agreement set under the title, above the preamble, of an official who
# holds two offices ("Мемлекеттік хатшысы-Қазақстан" / "Республикасыны Сыртқы" / "істер министрі"), its day left blank
AGREED_ON_TOP_KK = (
    "# Консулдық алымдарды бюджетке есепке алу ережесін бекіту туралы\n\n> *Келісілді*  \n"
    "> *Қазақстан Республикасының*  \n> *Мемлекеттік хатшысы-Қазақстан*  \n> *Республикасыны Сыртқы*  \n"
    "> *істер министрі*  \n> *2002 жылғы _______ N ___*\n\n\"Салық және бюджетке төленетін басқа да міндетті "
    "төлемдер туралы\" Қазақстан Республикасының Кодексінің (Салық Кодексі) 514-бабын жүзеге асыру мақсатында "
    "БҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған консулдық алымдарды бюджетке есепке алу ережесі бекітілсін.\n\n"
    "*Министр*\n")


def test_an_agreement_above_the_preamble_of_an_official_with_two_offices():
    d = doc_meta(AGREED_ON_TOP_KK, "kaz.md", "594", "2002-11-30", "103002000000")
    assert [(a.org.en, a.blank_date) for a in d.approvals] == [("Ministry of Foreign Affairs", True)]
    assert [u.path for u in d.units] == [(("preamble", ""),), (("point", "1"),)] and not d.unparsed


# Ministry of Finance, 1999 (№ 217): the entry-into-force point wrapped over three paragraphs ("3\. Установить, что
# настоящее положение (стандарт) аудита вступает" / "в силу … в Министерстве юстиции" / "Республики Казахстан."), a
# point after it: the sentence is one, and the operative part goes on to its last point
WRAPPED_FORCE_RU = (
    "# Об утверждении положения (стандарта) аудита 12 \"Заявления руководства\"\n\nВ соответствии с Законом "
    "Республики Казахстан \"Об аудиторской деятельности\" приказываю:\n\n1\\. Утвердить положение (стандарт) аудита 12 "
    "\"Заявления руководства\".\n\n3\\. Установить, что настоящее положение (стандарт) аудита вступает\n\nв силу со "
    "дня государственной регистрации в Министерстве юстиции\n\nРеспублики Казахстан.\n\n4\\. Контроль за исполнением "
    "настоящего приказа возложить на\n\nпервого вице-Министра финансов Ж.Д. Ертлесову.\n\nМинистр\n")


def test_an_entry_into_force_point_wrapped_over_paragraphs_and_a_point_after_it():
    d = doc_meta(WRAPPED_FORCE_RU, "rus.md", "217", "1999-05-19", "103002000000")
    texts = {u.path: u.text for u in d.units}
    assert list(texts) == [(("preamble", ""),), (("point", "1"),), (("point", "3"),), (("point", "4"),)]
    assert texts[(("point", "3"),)].endswith("в Министерстве юстиции Республики Казахстан.")
    assert texts[(("point", "4"),)].endswith("Ж.Д. Ертлесову.")
    assert [s.role for s in d.signatories] == ["Министр"] and not d.unparsed


# Ministry of Finance, 1999 (№ 217): an audit standard attached under the signature, with an example in its appendix
# ("Приложение" alone, "Пример письма-представления" under it), numbered again from 1: the example's points are its own
STANDARD_EXAMPLE_RU = (
    "# Об утверждении положения (стандарта) аудита 12 \"Заявления руководства\"\n\nВ соответствии с Законом "
    "Республики Казахстан \"Об аудиторской деятельности\" приказываю:\n\n1\\. Утвердить положение (стандарт) аудита 12 "
    "\"Заявления руководства\".\n\nМинистр\n\nПоложение (стандарт) аудита 12\n\nЗаявления руководства\n\nВведение\n\n1\\. Целью "
    "настоящего положения (стандарта) аудита является установление стандартов по использованию заявлений "
    "руководства.\n\n2\\. Аудитору необходимо получить от руководства соответствующие заявления.\n\nПриложение\n\n"
    "Пример письма-представления\n\nПриведенное письмо не является стандартным. Заявления руководства отличаются от "
    "одного субъекта к другому, от одного периода к другому.\n\n1\\. Не существует никаких "
    "нарушений со стороны руководства.\n\n2\\. Мы предоставили вам все бухгалтерские книги.\n\nРуководитель Подпись\n")


def test_an_example_appended_to_an_attached_standard_has_its_own_points():
    d = doc_meta(STANDARD_EXAMPLE_RU, "rus.md", "217", "1999-05-19", "103002000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"),)] == "Положение (стандарт) аудита 12 Заявления руководства"
    assert heads[(("appendix", "1"), ("appendix", "1"))] == "Пример письма-представления"
    example = [u.path[-1] for u in d.units if u.path[:2] == (("appendix", "1"), ("appendix", "1")) and len(u.path) == 3]
    assert ("point", "1") in example and ("point", "2") in example
    standard = {u.path: u.text for u in d.units if len(u.path) == 2 and u.path[1][0] == "point"}
    assert standard[(("appendix", "1"), ("point", "1"))].endswith("заявлений руководства.")
    assert not d.unparsed


# Ministry of Finance, 1998 (№ 217, Kazakh): the order's points, its signature, its own kind, day and number and the
# instruction's title over three lines, all in one fence ("БҰЙРЫҚ" / "15.05. 98 г. N 217" / "Мемлекеттiк мекемелердiң
# … туралы" / "Нұсқаулық"); a note wrapped at a unit's number ("(3.4, 3.10, 4.6, 4.22," / "4.28-1-тармақтарды
# қоспағанда)"); a point inserted between decimal points ("1.7-1.")
OWN_REQUISITES_KK = (
    "# Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық көлемі мен нысандары туралы Нұсқаулық\n\n"
    "1. Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық\n\n```\nкөлемі мен нысандары туралы "
    "нұсқаулық бекітілсін.\n2. \"Бюджетте тұрған мекемелер мен ұйымдардың бухгалтерлік есебінің\nжылдық, тоқсандық "
    "көлемі мен нысандары туралы нұсқаулықты бекіту\"\nҚазақстан Республикасы Қаржы министрлігінің 1994 жылғы 30 "
    "желтоқсандағы N\n329\n\nV940056_\n\nбұйрығының күші жойылған деп танылсын.\nБірінші\nвице-министр\nҚазақстан "
    "Республикасы\nҚаржы министрлігі\nБҰЙРЫҚ\n15.05. 98 г. N 217\nМемлекеттiк мекемелердiң бухгалтерлік есебінің "
    "жылдық,\nтоқсандық көлемі мен нысандары туралы\nНұсқаулық\n<*>\nЕСКЕРТУ. Нұсқаулықтың бүкiл мәтiнi бойынша (3.4, "
    "3.10, 4.6, 4.22,\n4.28-1-тармақтарды қоспағанда) \"шығыстар сметасы\" деген сөздер \"қаржыландыру жоспары\" "
    "деген сөздермен ауыстырылды\n- ҚР Қаржы министрiнiң 2002 жылғы 19 ақпанда N 71\n\nV021792_\n\nбұйрығымен.\n```\n\n"
    "1.1. Осы Нұсқаулықпен бухгалтерлік есептің жылдық, тоқсандық нысандарының көлемі белгіленеді.\n\n1.7-1. "
    "Республикалық бюджеттiк бағдарламалардың әкiмшiлерi ақпаратты беруге мiндеттi. <*>\n\n> *Ескерту. "
    "1.7-1-тармақпен толықтырылды - ҚР Қаржы министрінің*\n\n2001 жылғы 22 мамырдағы N 267 V011547_ бұйрығымен.\n")


def test_an_instruction_under_the_order_own_kind_day_and_number():
    d = doc_meta(OWN_REQUISITES_KK, "kaz.md", "217", "1998-05-15", "103002000000")
    heads = {u.path: u.heading for u in d.units}
    assert heads[(("appendix", "1"),)] == ("Мемлекеттік мекемелердің бухгалтерлік есебінің жылдық, тоқсандық көлемі мен "
                                           "нысандары туралы Нұсқаулық")
    assert [(("appendix", "1"), ("point", n)) in heads for n in ("1.1", "1.7-1")] == [True, True]
    notes = {(a.path, a.effect, a.amending.number) for a in d.amendments if a.from_note}
    assert ((("appendix", "1"), ("point", "1.7-1")), "Insertion", "267") in notes
    assert any(e == "WordReplacement" and n == "71" for _, e, n in notes)
    assert not d.unparsed
    # the order has no preamble, its title right above its first point, which approves the instruction: its points
    # are the order's, signed by the first vice-minister, the ministry's name above the order's kind the instruction's
    # head (the order's points had been an appendix 1, the instruction an appendix of it; the ministry's name had ended
    # the signature)
    assert [p for p in heads if len(p) == 1] == [(("point", "1"),), (("point", "2"),), (("appendix", "1"),)]
    assert [s.role for s in d.signatories] == ["Бірінші вице-министр"]


# Ministry of Finance, 1999 (№ 242, Kazakh): rules titled in the singular ("… өтеудiң қағидасы") right under the
# signature in a fence; their chapters numbered like points, a chapter inserted ("4-1. 2000 жылдан бастап … тәртiбi")
# and the next one's heading wrapped over paragraphs after a point inserted ("10-2." / "5\. Мемлекеттiк мекемелер
# болып табылмайтын жұмыс" / "берушiлердiң … бойынша" / "… шығыстарын өтеу")
SINGULAR_RULES_KK = (
    "# Жұмыс берушілердің шығыстарын өтеудің қағидасын бекіту туралы\n\n1\\. Жұмыс істейтін азаматтарға міндетті "
    "әлеуметтік қамсыздандыру\n\n```\nжөніндегі жәрдемақыларды төлеуге жұмсалған жұмыс берушілердің шығыстарын\n"
    "мемлекеттік бюджеттің қаражаты есебінен өтеудің қағидасы бекітілсін.\n2. Осы қаулы Қазақстан Республикасының "
    "Әділет министрлігінде\nтіркеуден өткен күнінен бастап күшіне енеді.\nҚазақстан Республикасы\nПремьер-Министрінің "
    "орынбасары -\nҚаржы министрі\nЖұмыс iстейтiн азаматтарға мiндеттi әлеуметтiк қамсыздандыру жөнiндегi\n"
    "жәрдемақыларды төлеуге жұмсалған жұмыс берушiлердiң\nшығыстарын өтеудiң қағидасы\n1. Жалпы Ережелер\n```\n\n"
    "1\\. Осы Қағида жұмыс берушiлердiң шығыстарын өтеудiң механизмiн белгiлейдi.\n\n2\\. Жұмыс берушiлердiң шығыстарын "
    "өтеу 1999 жылдың 1 қаңтарынан бастап есептелген жәрдемақылар бойынша жүргiзiледi.\n\n2\\. Есептелген және "
    "төленген жәрдемақылар туралы\n\nесептеме берудiң тәртiбi\n\n3\\. Жұмыс берушiлер есеп бередi.\n\n3\\. 1999 "
    "жылы жұмыс берушiлердiң кассалық шығыстарын өтеудiң\n\nтәртiбi\n\n9\\. Республикалық бюджеттiң қаражатын "
    "аудару жүргiзедi.\n\n4\\. 1999 жылы есептелген және "
    "төленген жәрдемақыларды төлеудiң\n\nтәртiбi\n\n10\\. Жұмыс берушiлермен есеп айырысуды жүргiзедi.\n\n"
    "4-1\\. 2000 жылдан бастап мемлекеттiк мекемелердiң шығыстарын өтеудiң тәртiбi\n\n10-1\\. Мемлекеттiк мекемелер "
    "растама бередi.\n\n10-2\\. Аудандық (қалалық) бөлiмдерi есеп айырысуды жүргiзедi.\n\n> *Ескерту: 4-1-тараумен "
    "толықтырылды - ҚР Қаржы министрлігінің*\n\n2000 жылғы 11 мамырдағы N 224 қаулысымен. V001157_\n\n5\\. "
    "Мемлекеттiк мекемелер болып табылмайтын жұмыс\n\nберушiлердiң мiндеттi әлеуметтiк қамсыздандыру бойынша\n\n"
    "жәрдемақыларды төлеуге жұмсалатын шығыстарын өтеу\n\n11\\. Өтеудi еңбек және халықты әлеуметтiк қорғаудың "
    "органдары жүргiзедi.\n")


def test_rules_in_the_singular_under_the_signature_and_an_inserted_chapter():
    d = doc_meta(SINGULAR_RULES_KK, "kaz.md", "242", "1999-05-25", "103002000000")
    heads = {u.path: u.heading for u in d.units}
    assert heads[(("appendix", "1"),)].endswith("шығыстарын өтеудің қағидасы")
    assert heads[(("appendix", "1"), ("chapter", "4-1"))].startswith("2000 жылдан бастап")
    assert heads[(("appendix", "1"), ("chapter", "5"))] == ("Мемлекеттік мекемелер болып табылмайтын жұмыс берушілердің "
                                                           "міндетті әлеуметтік қамсыздандыру бойынша жәрдемақыларды "
                                                           "төлеуге жұмсалатын шығыстарын өтеу")
    assert (("appendix", "1"), ("chapter", "5"), ("point", "11")) in heads
    assert [(a.path, a.effect) for a in d.amendments if a.from_note] == [
        ((("appendix", "1"), ("chapter", "4-1")), "Insertion")]
    assert not d.unparsed


# Ministry of Finance, 1999 (№ 242): a signature whose role begins with a word of its own, in a fence of running text
# ("Заместитель" / "Премьер-Министра -" / "Министр финансов" / "Республики Казахстан"), the rules' title under it
ROLE_FIRST_WORD_RU = (
    "# Об утверждении Правил возмещения расходов работодателей\n\n1\\. Утвердить Правила возмещения расходов "
    "работодателей на\n\n```\nвыплату работающим гражданам пособий по обязательному\nсоциальному обеспечению.\n"
    "2. Настоящий приказ вступает в силу со дня регистрации в\nМинистерстве юстиции Республики Казахстан.\nЗаместитель\n"
    "Премьер-Министра -\nМинистр финансов\nРеспублики Казахстан\nПравила возмещения расходов работодателей\nна выплату "
    "работающим гражданам пособий по обязательному\nсоциальному обеспечению\n1. Общие положения\n```\n\n1\\. Настоящие "
    "Правила устанавливают механизм возмещения расходов работодателей.\n")


def test_a_signature_whose_role_begins_with_a_word_of_its_own():
    d = doc_meta(ROLE_FIRST_WORD_RU, "rus.md", "242", "1999-05-25", "103002000000")
    assert [s.role for s in d.signatories] == ["Заместитель Премьер-Министра - Министр финансов Республики Казахстан"]
    assert {u.path: u.heading for u in d.units}[(("appendix", "1"),)].startswith("Правила возмещения расходов")
    assert not d.unparsed


# Ministry of Finance, 1999 (№ 213, Kazakh): the audit standard's title, then its first division's heading "Кіріспе"
# ("Introduction"), not the title's last word
STANDARD_INTRO_KK = (
    "# Аудиттің 8 \"Клиенттің бизнесін білу\" ережесін (стандартын) бекіту туралы\n\n\"Аудиторлық қызмет туралы\" Заңына "
    "сәйкес бұйырамын:\n\n1\\. Аудиттің 8 \"Клиенттің бизнесін білу\" ережесі (стандарты)\n\n```\nбекітілсін.\n"
    "Қазақстан Республикасы\nПремьер-Министрінің орынбасары-\nқаржы Министрі\n```\n\n```\nҚазақстан Республикасы\n"
    "Қаржы министрлігінің\n1999 жылғы 19 мамыр N 213\nбұйрығымен бекітілген\n```\n\nКлиент бизнесінің білімі 8-аудит "
    "ережесі (стандарты)\n\nКіріспе\n\n1\\. Аудиттің осы ережесінің (стандартының) мақсаты стандарттарды белгілеу болып "
    "табылады.\n")


def test_an_attached_standard_title_and_its_introduction():
    d = doc_meta(STANDARD_INTRO_KK, "kaz.md", "213", "1999-05-19", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Клиент бизнесінің білімі 8-аудит ережесі (стандарты)"
    assert (("appendix", "1"), ("point", "1")) in units and not d.unparsed

def test_an_appendix_s_number_over_a_narrow_stamp_one_word_a_line():
    # Almaty oblast maslikhat, 1998 (decision 21-170): "Приложение N 1" / "Утверждено" / "решением Алматинского" /
    # "областного Маслихата" / … under the signatures of the session's chairman and the maslikhat's secretary; the
    # number line is the stamp's first, not a line of its own left unread
    text = ("# Об объязательных правилах безопасности граждан на водоемах Алматинской области\n\n"
            "Рассмотрев представленные материалы областной Маслихат РЕШИЛ :\n\n"
            "1. Утвердить \"Обязательные правила безопасности граждан на водоемах Алматинской области\" (приложение "
            "N 1).\n\n**Председатель сессии областного Маслихата**\n\n**Ж.Балтабеков**\n\n"
            "**Секретарь областного Маслихата**\n\n**А.Бахтыбаев**\n\n"
            "> *Приложение N 1*  \n> *Утверждено*  \n> *решением Алматинского*  \n> *областного Маслихата*  \n"
            "> *от 24 июля 1998 г.*  \n> *N 21-170*\n\n"
            "# ОБЯЗАТЕЛЬНЫЕ ПРАВИЛА БЕЗОПАСНОСТИ ГРАЖДАН НА ВОДОЕМАХ АЛМАТИНСКОЙ ОБЛАСТИ\n\n## I. ОБЩИЕ ПОЛОЖЕНИЯ\n\n"
            "1.1. Настоящие обязательные правила устанавливают порядок пользования водоемами.\n")
    d = doc_meta(text, "rus.md", "21-170", "1998-07-24", "154000000002")
    assert [(s.role, s.name) for s in d.signatories] == [("Председатель сессии областного Маслихата", "Ж.Балтабеков"),
                                                         ("Секретарь областного Маслихата", "А.Бахтыбаев")]
    assert {u.path: u.heading for u in d.units if u.heading} == {
        (("appendix", "1"),): "ОБЯЗАТЕЛЬНЫЕ ПРАВИЛА БЕЗОПАСНОСТИ ГРАЖДАН НА ВОДОЕМАХ АЛМАТИНСКОЙ ОБЛАСТИ",
        (("appendix", "1"), ("chapter", "1")): "ОБЩИЕ ПОЛОЖЕНИЯ"}
    assert d.unparsed == [] and d.coverage == 1.0


def test_a_point_kept_as_the_record_of_its_deletion_is_no_entry_into_force_of_the_act():
    # Almaty oblast maslikhat, 2012 (decision 12-69, the budget for 2013-2015): "10. Исключен решением маслихата
    # Алматинской области от 22.02.2013 № 14-83 (вводится в действие с 1 января 2013 года)." — the day is the
    # deleting decision's, from 2013-01-01; it had been read as this decision's entry into force (dated 2013-02-22),
    # and the points after it as the end of the operative part (point 19's paragraphs left unread)
    text = ("# Об областном бюджете Алматинской области на 2013-2015 годы\n\nАлматинский областной маслихат "
            "Р Е Ш И Л:\n\n2. Установить, что поступления зачисляются в областной бюджет в размере 100%.\n\n"
            "10. Исключен решением маслихата Алматинской области от 22.02.2013 № 14-83 (вводится в действие с 1 "
            "января 2013 года).\n\n19. Учесть, что в областном бюджете на 2013 год предусмотрены целевые трансферты "
            "на развитие бюджетам районов и городов на:\n\n    развитие и обустройство инженерно-коммуникационной "
            "инфраструктуры в сумме 2724657 тысяч тенге согласно приложению 13.\n\n    Строительство жилья в сумме "
            "3552883 тысячи тенге согласно приложению 14.\n")
    d = doc_meta(text, "rus.md", "12-69", "2012-12-07", "154000000002")
    assert d.act.in_force is None
    assert [(a.amending.number, a.path, a.effect, a.since) for a in d.amendments] == [
        ("14-83", (("point", "10"),), "Deletion", "2013-01-01")]
    assert [u.path for u in d.units if u.path[0] == ("point", "19")] == [
        (("point", "19"),), (("point", "19"), ("part", "1")), (("point", "19"), ("part", "2")),
        (("point", "19"), ("part", "3"))]
    assert d.unparsed == [] and d.coverage == 1.0


def test_a_russian_stamp_ends_with_the_day_after_the_act_s_number():
    # Akim of Almaty oblast, 1999 (decision 1-9): "Приложение" / "к решению Акима" / "Алматинской области N 1-9" /
    # "от 14 января 1999 г." — the day is the stamp's last line, not the first words of the attachment's title
    text = ("# Об утверждении Порядка розничной торговли алькогольной продукцией\n\nАким области РЕШИЛ:\n\n"
            "1. Утвердить Порядок розничной торговли алкогольной продукцией.\n\n7. Настоящее решение вступает в силу с "
            "момента государственной регистрации в Управлении юстиции.\n\n**Аким Алматинской области**\n\n"
            "**З.Нуркадилов**\n\n> *Приложение*  \n> *к решению Акима*  \n> *Алматинской области N 1-9*  \n"
            "> *от 14 января 1999 г.*\n\n# ПОРЯДОК Розничной торговли алкогольной продукцией\n\n"
            "1. Розничная торговля алкогольной продукцией осуществляется при наличии разрешения.\n")
    d = doc_meta(text, "rus.md", "1-9", "1999-01-14", "154000000003")
    assert [(u.path, u.heading) for u in d.units if u.heading] == [
        ((("appendix", "1"),), "ПОРЯДОК Розничной торговли алкогольной продукцией")]
    assert d.coverage == 1.0


@pytest.mark.parametrize("role, name", [
    # Akim of Almaty oblast, 1999 (decisions 1-9 and 8-261): the head of the akim's office signs each attachment
    ("Руководитель аппарата Акима области", "С.Жусупова"),
    ("Руководитель аппарата", "С. Жусупова"),
])
def test_an_attachment_signed_at_its_end_is_the_signatory_s_not_its_last_point(role, name):
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = ("# Об утверждении Временных правил\n\nАким области решил:\n\n1. Утвердить Временные правила согласно "
            "приложения N 1.\n\n6. Контроль за выполнением настоящего решения возложить на заместителя Акима области."
            "\n\n**Аким Алматинской области**\n\n**З. Нуркадилов**\n\n> *Приложение N 1*  \n> *к решению Акима "
            "области*  \n> *от 27 августа 1999 г. N 8-261*\n\n# Временные правила оказания адресной социальной помощи"
            "\n\n5. Разрешение выдается сроком на один год с последующей ежегодной перерегистрацией.\n\n6. Оплата за "
            f"выдачу разрешений не производится.\n\n**{role}**\n\n**{name}**\n")
    d = doc_meta(text, "rus.md", "8-261", "1999-08-27", "154000000003")
    assert [(s.role, s.name, s.of) for s in d.signatories] == [
        ("Аким Алматинской области", "З. Нуркадилов", ()), (role, name, (("appendix", "1"),))]
    [last] = [u for u in d.units if u.path == (("appendix", "1"), ("point", "6"))]
    assert last.text == "Оплата за выдачу разрешений не производится."
    assert d.coverage == 1.0
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    signed = {q.object.value for q in quads if q.predicate.value.endswith("#signatoryOf")}
    assert {v.rsplit("/8-261", 1)[1] for v in signed} == {"", "/app/1"}  # the act, and its appendix 1


def test_an_amending_point_whose_instruction_is_not_read_still_amends_the_act_it_names():
    # Almaty oblast maslikhat, 2006 (decision 29-223): "1. Внести в решение … от 01 июля 2005 года N 18-133 "…"
    # … следующие изменения:" / "- в приложение пункт 3 "Сельское хозяйство", вместо ставок 2,73 тиына применить
    # ставку "0"." — the instruction's words are not the grammar's: it is reported as an instruction not read, and
    # the decision still amends decision 18-133 (it had named that act and said nothing of it)
    text = ("# Решение Алматинского областного Маслихата N 18-133 от 1 июля 2005 года\n\nАлматинский областной маслихат "
            "РЕШИЛ:\n\n1. Внести в решение Алматинского областного маслихата от 01 июля 2005 года N 18-133 \"Об "
            "утверждении ставок платы за пользование водными ресурсами поверхностных источников\" зарегистрированного "
            "в Реестре государственной регистрации нормативных правовых актов 8 августа 2005 года за N 1939 следующие "
            "изменения:\n\n   - в приложение пункт 3 \"Сельское хозяйство\", вместо ставок 2,73 тиына применить ставку "
            "\"0\".\n\n2. Настоящее решение вводится в действие по истечении 10 календарных дней после дня его первого "
            "официального опубликования.\n")
    d = doc_meta(text, "rus.md", "29-223", "2006-07-13", "154000000002")
    assert [(a.amending.number, a.target_act.number, a.target_act.date, a.path, a.effect) for a in d.amendments] == [
        ("29-223", "18-133", "2005-07-01", (), "Modification")]
    assert [line for line, _ in d.instructions_failed] == [7]
    assert [line for line, _ in d.unparsed] == [7]


def test_an_order_s_one_instruction_under_its_ordering_word_with_no_point():
    # Almaty oblast maslikhat, 1998 (decision 20-154): "Областной Маслихат РЕШИЛ:" / "Утвердить Положение о
    # пассажирском автотранспорте Алматинской области, приложение N 1." — the decision's one sentence, no point,
    # is its text (it had been left unread); the attached regulation's "## I . Общие положения" is its chapter I
    text = ("# О Положении о пассажирском автотранспорте Алматинской области\n\nОбластной Маслихат РЕШИЛ:\n\n"
            "Утвердить Положение о пассажирском автотранспорте Алматинской области, приложение N 1.\n\n"
            "**Председатель ХХ сессии областного Маслихата**\n\n**Ж.Балтабеков**\n\n"
            "> *Приложение N 1 к решению*  \n> *сессии Алматинского областного*  \n> *Маслихата N 20-154*  \n"
            "> *от 17 апреля 1998 года*\n\n# ПОЛОЖЕНИЕ о пассажирском автотранспорте Алматинской области\n\n"
            "## I . Общие положения\n\n1.1. Решения по развитию автомобильного транспорта в Алматинской области "
            "принимаются Акимом области.\n")
    d = doc_meta(text, "rus.md", "20-154", "1998-04-17", "154000000002")
    assert [(u.path, u.heading or u.text[:30]) for u in d.units] == [
        ((("preamble", ""),), "Областной Маслихат РЕШИЛ:"),
        ((("textparagraph", "1"),), "Утвердить Положение о пассажир"),
        ((("appendix", "1"),), "ПОЛОЖЕНИЕ о пассажирском автотранспорте Алматинской области"),
        ((("appendix", "1"), ("chapter", "1")), "Общие положения"),
        ((("appendix", "1"), ("chapter", "1"), ("point", "1.1")), "Решения по развитию автомобиль")]
    assert d.unparsed == [] and d.coverage == 1.0


def test_a_kazakh_decision_of_an_akim_names_the_akim_as_its_issuer():
    # Akim of Almaty oblast, 1999 (decision 1-9): "3. Алматы облысы Әкімінің 1998 жылғы 12 қазандағы N 10-287 "…"
    # шешімінің күші жойылсын." — the akim's decision is repealed (the Kazakh text had named no act: "әкімінің" was
    # no issuer's word, as "министрінің", "мәслихатының" and "әкімдігінің" are)
    text = ("# Алкогольді өнімдерді бөлшек саудада сату тәртібін бекіту туралы\n\nАлматы облысының әкімі ШЕШІМ "
            "ҚАБЫЛДАДЫ:\n\n1. Алматы облысы аумағында алкогольді өнімдерді бөлшек саудада сату тәртібі бекітілсін.\n\n"
            "3. Алматы облысы Әкімінің 1998 жылғы 12 қазандағы N 10-287 \"Алматы облысы аумағында алкогольді өнімдерді "
            "бөлшек саудада сатуға мекемелерге уақытша рұқсат беру тәртібін бекіту туралы\" шешімінің күші жойылсын.\n")
    d = doc_meta(text, "kaz.md", "1-9", "1999-01-14", "154000000003")
    assert [(a.target_act.number, a.target_act.date, a.target_act.kind, a.target_act.issuer.en, a.effect)
            for a in d.amendments] == [("10-287", "1998-10-12", "decision", "Akim of Almaty Region", "Repeal")]


@pytest.mark.parametrize("name, point", [
    # Almaty oblast maslikhat, 2016 (decision 54-301), both languages; Ministry of Finance, 2012 (order 490) says so too
    ("rus.md", "3. Настоящее решение вступает в силу со дня государственной регистрации в органах юстиции и вводится в "
               "действие по истечении десяти календарных дней после дня его первого официального опубликования, за "
               "исключением подпункта 3) пункта 16 Положения, который вводится в действие с 1 января 2019 года."),
    ("kaz.md", "3. Осы шешім Ереженің 2019 жылғы 1 қантардан бастап қолданысқа енгізілетін 16-тармағының 3) тармақшасын "
               "қоспағанда, әділет органдарында мемлекеттік тіркелген күннен бастап күшіне енеді және алғашқы ресми "
               "жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі."),
])
def test_the_day_of_units_an_entry_into_force_excepts_is_not_the_act_s(name, point):
    # the excepted sub-point comes into force on 2019-01-01; the decision itself ten days after its publication (no
    # day the text fixes); it had been read as in force from 2019-01-01
    text = ("# Об утверждении Положения\n\nАлматинский областной маслихат РЕШИЛ:\n\n1. Утвердить Положение согласно "
            f"приложению.\n\n{point}\n")
    d = doc_meta(text, name, "54-301", "2016-01-27", "154000000002")
    assert d.act.in_force is None and d.act.in_force_rule == point[3:]


def test_a_kazakh_stamp_may_end_with_the_appendix_it_names():
    # Almaty oblast maslikhat, 2016 (decision 54-301): "Алматы облыстық мәслихатының" / "2016 жылғы «27» қаңтар «…»" /
    # "… № 54-301 шешiмiмен бекiтiлген қосымшасы" — the stamp of appendix 1 (it had been left unread)
    text = ("# Ережесін бекіту туралы\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Ереже қосымшаға сәйкес "
            "бекітілсін.\n\n**Облыстық мәслихаттың хатшысы**\n\n**_________ Е.Келемсейіт**\n\n"
            "> *Алматы облыстық мәслихатының*  \n> *2016 жылғы «27» қаңтар «Алматы облысы бойынша тексеру комиссиясы»*  \n"
            "> *мемлекеттік мекемесінің Ережесін бекіту туралы» № 54-301 шешiмiмен бекiтiлген қосымшасы*\n\n"
            "# «Алматы облысы бойынша тексеру комиссиясы» мемлекеттiк мекемесiнің Ережесі\n\n## 1. Жалпы ережелер\n\n"
            "1. Алматы облысы бойынша тексеру комиссиясы мемлекеттік орган болып табылады.\n")
    d = doc_meta(text, "kaz.md", "54-301", "2016-01-27", "154000000002")
    assert [u.path for u in d.units if u.heading] == [(("appendix", "1"),), (("appendix", "1"), ("chapter", "1"))]
    assert d.unparsed == [] and d.coverage == 1.0


REGLEMENT_RU = (
    # Almaty oblast maslikhat, 2014 (decision 28-171, the maslikhat's reglement): the stamp broken after "от", the
    # day and the decision's title quoted on the lines under it; the reglement's chapters divided by headings that
    # number the chapter and the division ("## 2. …" / "## 2.1. Сессии маслихата"), its points numbered through
    "# Об утверждении Регламента Алматинского областного маслихата\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
    "1. Утвердить Регламент Алматинского областного маслихата согласно приложению к настоящему решению.\n\n"
    "**Секретарь областного маслихата**\n\n**Е. Келемсеит**\n\n> *Приложение к решению*  \n> *Алматинского областного*  \n"
    "> *маслихата N 28-171 от*  \n> *14 февраля 2014 года \"Об*  \n> *утверждении Регламента*  \n"
    "> *Алматинского областного*  \n> *маслихата\"*\n\n# Регламент Алматинского областного маслихата\n\n"
    "## 1. Общие положения\n\n3. Деятельность маслихата регулируется Конституцией Республики Казахстан.\n\n"
    "## 2. Порядок проведения сессии маслихата\n\n## 2.1. Сессии маслихата\n\n4. Основной формой деятельности "
    "маслихата является сессия.\n\n## 2.2. Порядок принятия актов маслихата\n\n18. Маслихат по вопросам своей "
    "компетенции принимает решения большинством голосов.\n\n## 3. Порядок заслушивания отчетов\n\n"
    "31\\. Маслихат осуществляет контроль за исполнением местного бюджета.\n")


def test_a_stamp_broken_after_from_and_a_chapter_s_numbered_divisions():
    d = doc_meta(REGLEMENT_RU, "rus.md", "28-171", "2014-02-14", "154000000002")
    app = (("appendix", "1"),)
    assert [(u.path, u.heading) for u in d.units if u.heading] == [
        (app, "Регламент Алматинского областного маслихата"),
        (app + (("chapter", "1"),), "Общие положения"),
        (app + (("chapter", "2"),), "Порядок проведения сессии маслихата"),
        (app + (("chapter", "2"), ("section", "2.1")), "Сессии маслихата"),
        (app + (("chapter", "2"), ("section", "2.2")), "Порядок принятия актов маслихата"),
        (app + (("chapter", "3"),), "Порядок заслушивания отчетов")]
    assert app + (("chapter", "2"), ("section", "2.2"), ("point", "18")) in {u.path for u in d.units}
    assert d.unparsed == [] and d.coverage == 1.0


BUDGET_CHANGES_KK = (
    # Almaty oblast maslikhat, 2003 (decision 33-181): a decision changing the budget decision 31-160 — the act named
    # with its day hyphenated apart ("2002 жылғы 26 - желтоқсандағы") and its registration in brackets, "… шешiмiне
    # мынандай өзгерiстер енгiзiлсiн:"; each figure replaced by another, unquoted, a stray mark between them at times
    # ('"I. Түсiмдер барлығы" деген жол бойынша«21042606 саны 22149126 санына ауыстырылсын;'), under the point named
    # ("5 тармақтағы:"); the signatures after the last point
    "# Алматы облыстық Мәслихатының 2002 жылғы 26 желтоқсандағы N 31-160 шешiмiне өзгерiстер енгiзу туралы\n\n"
    "Облыстық Мәслихат ШЕШIМ қабылдады:\n\n1. Алматы облыстық Мәслихатының 2002 жылғы 26 - желтоқсандағы \"Алматы "
    "облысының 2003 жылға арналған облыстық бюджетi туралы\" N 31-160 (971 тiркеу нөмiрi. 2003 жылғы 18-ақпандағы 20 "
    "нөмiрiнде \"Жетісу\" және \"Огни Алатау\" газеттерi, 2003 жылғы 24-қаңтарда шешiммен енгiзiлген өзгертулер) "
    "шешiмiне мынандай өзгерiстер енгiзiлсiн:\n\n   1 тармақтағы:\n\n\"I. Түсiмдер барлығы\" деген жол бойынша«21042606 "
    "саны 22149126 санына ауыстырылсын;\n\n\"Кiрiстер\" деген жол бойынша 9131678 саны 9131480 санына ауыстырылсын;\n\n"
    "5 тармақтағы:\n\nАқсу ауданы«190911 саны«191442 санына ауыстырылсын.\n\n"
    "**Облыстық Мәслихат сессиясының төрағасы**\n\n**С. Мұқашев**\n")


def test_a_kazakh_budget_decision_s_figures_replaced():
    d = doc_meta(BUDGET_CHANGES_KK, "kaz.md", "33-181", "2003-03-20", "154000000002")
    assert [(a.target_act.number, a.target_act.date, a.path, a.effect, a.old_words, a.new_words) for a in d.amendments] == [
        ("31-160", "2002-12-26", (("point", "1"),), "WordReplacement", "21042606", "22149126"),
        ("31-160", "2002-12-26", (("point", "1"),), "WordReplacement", "9131678", "9131480"),
        ("31-160", "2002-12-26", (("point", "5"),), "WordReplacement", "190911", "191442")]
    assert [(s.role, s.name) for s in d.signatories] == [("Облыстық Мәслихат сессиясының төрағасы", "С. Мұқашев")]
    assert d.unparsed == [] and d.coverage == 1.0


def test_a_point_amending_the_said_decision_with_the_amending_decision_s_own_appendix():
    # Almaty oblast maslikhat, 2003 (decision 33-181): "2. Көрсетiлген шешiмiнiң N 1 қосымшасы осы шешiмнiң N 1
    # қосымшасына сәйкес жаңа редакцияда баяндалсын." — "the said decision" is the one point 1 amends (31-160); its
    # appendix 1 is replaced by this decision's appendix 1 (the point had been read as no amendment at all)
    text = BUDGET_CHANGES_KK.replace(
        "**Облыстық Мәслихат",
        "2. Көрсетiлген шешiмiнiң N 1 қосымшасы осы шешiмнiң N 1 қосымшасына сәйкес жаңа редакцияда баяндалсын.\n\n"
        "**Облыстық Мәслихат", 1) + (
        "\n> *Алматы облыстық Мәслихаттың*  \n> *2003 ж. 20 наурыздағы*  \n> *N 33-181 шешіміне*  \n> *N 1 қосымша*\n\n"
        "# Алматы облысының 2003 жылға арналған облыстық бюджеті\n\nКірістер 9131480 мың теңге.\n")
    d = doc_meta(text, "kaz.md", "33-181", "2003-03-20", "154000000002")
    [new] = [a for a in d.amendments if a.effect == "Substitution"]
    assert (new.target_act.number, new.path, new.from_appendix) == ("31-160", (("appendix", "1"),), "1")
    assert "Кірістер 9131480 мың теңге." in (new.new_text or "")
    assert d.unparsed == [] and d.coverage == 1.0


def test_an_amended_decision_named_with_a_long_bracket_before_its_kind():
    # Almaty oblast maslikhat, 2004 (decision 9-63): "… N 3-12 (1434 тiркеу нөмiрi, 2004 жылғы 20 қаңтардағы 8
    # нөмiрiнде … газеттерi, 2004 жылғы 23 қаңтардағы , … және 2004 жылғы 12 тамыздағы шешiммен еңгiзiлген
    # өзгертулер) шешiмiне төмендегiдей өзгерiстер енгiзiлсiн:" — the act is the one named before the bracket, however
    # long (the point had named none, and was reported unread); figures with a stray mark after each
    # ("4212401»саны 4216466»санына ауыстырылсын;")
    text = ("# N 3-12 шешiмiне өзгерiстер енгiзу туралы\n\nАлматы облыстық Мәслихат ШЕШIМ қабылдады:\n\n1. Алматы "
            "облыстық Мәслихатының 2003 жылғы 25 желтоқсандағы \"Алматы облысының 2004 жылға арналған облыстық бюджетi "
            "туралы\" N 3-12 (1434 тiркеу нөмiрi, 2004 жылғы 20 қаңтардағы 8 нөмiрiнде \"Жетысу\" және \"Огни Алатау\" "
            "газеттерi, 2004 жылғы 23 қаңтардағы , 2004 жылғы 13 ақпандағы , 2004 жылғы 3 маусымдағы , 2004 жылғы 24 "
            "маусымдағы , 2004 жылғы 3 шiлдедегi және 2004 жылғы 12 тамыздағы шешiммен еңгiзiлген өзгертулер) шешiмiне "
            "төмендегiдей өзгерiстер енгiзiлсiн:\n\n   5 тармақтағы:\n\n   4212401»саны 4216466»санына ауыстырылсын;\n")
    d = doc_meta(text, "kaz.md", "9-63", "2004-09-06", "154000000002")
    assert [(a.target_act.number, a.target_act.date, a.path, a.old_words, a.new_words) for a in d.amendments] == [
        ("3-12", "2003-12-25", (("point", "5"),), "4212401", "4216466")]
    assert d.unparsed == [] and d.instructions_failed == []


@pytest.mark.parametrize("requisite, registered", [
    ("Алматы облыстық Мәслихатының 2004 жылғы 6 қыркүйектегі № 9-63 шешімі. Алматы облыстық әділет департаментінде "
     "2004 жылы 23 қыркүйекте № 1756 тіркелген", ("1756", "2004-09-23")),
    ("Алматы облыстық Мәслихатының 2003 жылғы 20 наурыздағы № 33-181 шешімі. Алматы облыстық Әділет басқармасында "
     "2003 жылғы 17 сәуірде № 1098 тіркелді", ("1098", "2003-04-17")),
])
def test_kazakh_requisites_give_the_day_of_registration_before_its_number(requisite, registered):
    from kg.corpus import act_meta

    ref = act_meta({"requisite": requisite, "form": "РЕШ"}, "meta.yaml").ref
    assert (ref.registration, ref.registration_date) == registered


def test_older_kazakh_changes_with_quoted_figures_and_the_said_decision_s_appendix():
    # Almaty oblast maslikhat, 2005 (decision 18-132): "… N 13-78 шешіміне (… тіркелген) төмендегі өзгертулер
    # енгізілсін:" ("өзгертулер", the older word for the changes); figures quoted, a negative one among them ('3\)
    # Операциялық сальдо - "-598309" саны "-600092" санына ауыстырылсын;'), under inserted points too ("9-1
    # тармақтағы:"); "2. Көрсетілген шешімнің 1 қосымшасы осы шешімнің 1 қосымшасына сәйкес …" with no "N"
    text = ("# N 13-78 шешіміне өзгертулер енгізу туралы\n\nАлматы облыстық Мәслихат ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Алматы "
            "облыстық Мәслихатының 2004 жылғы 21 желтоқсандағы \"Алматы облысының 2005 жылға арналған облыстық бюджеті "
            "туралы\" N 13-78 шешіміне (2005 жылғы 20 қаңтардағы нормативтік құқықтық актілерді мемлекеттік тіркеу "
            "Реестрінде 1836 тіркеу нөмірімен тіркелген) төмендегі өзгертулер енгізілсін:\n\n   1 тармақтағы:\n\n"
            "   3\\) Операциялық сальдо - \"-598309\" саны \"-600092\" санына ауыстырылсын;\n\n   9-1 тармақтағы:\n\n"
            "   Панфилов ауданына \"72900\" саны \"74622\" санына ауыстырылсын.\n\n2. Көрсетілген шешімнің 1 қосымшасы "
            "осы шешімнің 1 қосымшасына сәйкес жаңа редакцияда баяндалсын.\n")
    d = doc_meta(text, "kaz.md", "18-132", "2005-07-01", "154000000002")
    assert [(a.target_act.number, a.path, a.effect, a.old_words, a.new_words, a.from_appendix) for a in d.amendments] == [
        ("13-78", (("point", "1"),), "WordReplacement", "-598309", "-600092", None),
        ("13-78", (("point", "9-1"),), "WordReplacement", "72900", "74622", None),
        ("13-78", (("appendix", "1"),), "Substitution", None, None, "1")]
    assert d.unparsed == [] and d.instructions_failed == []


def test_a_repeal_with_its_verb_last():
    # Almaty oblast maslikhat, 2004 (decision 5-40): "2. Решение Алматинского областного Маслихата № 4-30 от 12 мая
    # 2000 года "О регламенте Алматинского областного Маслихата" отменить." — the act named first, the verb last
    text = ("# Об утверждении регламента Алматинского областного Маслихата\n\nАлматинский областной Маслихат решил:\n\n"
            "1. Утвердить регламент Алматинского областного Маслихата, согласно приложения.\n\n2. Решение Алматинского "
            "областного Маслихата № 4-30 от 12 мая 2000 года \"О регламенте Алматинского областного Маслихата\" "
            "отменить.\n")
    d = doc_meta(text, "rus.md", "5-40", "2004-04-13", "154000000002")
    assert [(a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.effect) for a in d.amendments] == [
        ("4-30", "2000-05-12", "Almaty Region Maslikhat", "Repeal")]


def test_the_unit_an_entry_into_force_excepts_comes_into_force_on_its_own_day():
    # Almaty oblast maslikhat, 2016 (decision 54-301): "…, за исключением подпункта 3) пункта 16 Положения, который
    # вводится в действие с 1 января 2019 года." — sub-point 3 of point 16 of the attached regulation (in its chapter
    # 2) enters into force on 2019-01-01, an event of that unit; the decision's own day stays unfixed
    text = ("# Об утверждении Положения\n\nАлматинский областной маслихат РЕШИЛ:\n\n1. Утвердить Положение согласно "
            "приложению.\n\n3. Настоящее решение вступает в силу со дня государственной регистрации в органах юстиции "
            "и вводится в действие по истечении десяти календарных дней после дня его первого официального "
            "опубликования, за исключением подпункта 3) пункта 16 Положения, который вводится в действие с 1 января "
            "2019 года.\n\n**Секретарь областного маслихата**\n\n**___________ Е.Келемсеит**\n\n"
            "> *Приложение утвержденное решением Алматинского областного маслихата от «27» января 2016 года № 54-301*\n\n"
            "# Положение о государственном учреждении «Ревизионная комиссия по Алматинской области»\n\n"
            "## 2. Миссия, основные задачи, функции, права и обязанности Ревизионной комиссии\n\n"
            "16. Ревизионная комиссия в пределах Алматинской области осуществляет следующие функции:\n\n"
            "    1) аудит эффективности;\n\n    3) аудит консолидированной финансовой отчетности местного бюджета.\n")
    d = doc_meta(text, "rus.md", "54-301", "2016-01-27", "154000000002")
    assert d.act.in_force is None
    assert [(a.target_act.number, a.path, a.effect, a.since) for a in d.amendments] == [
        ("54-301", (("appendix", "1"), ("chapter", "2"), ("point", "16"), ("subpoint", "3")), "EntryIntoForce",
         "2019-01-01")]


def test_an_unnumbered_stamp_broken_after_its_word_approved_is_the_stamp():
    # Almaty oblast maslikhat, 2017 (decision 26-129): "Приложение утвержденное" / "решением Алматинского" /
    # "областного маслихата" / "от «15» декабря 2017 года" / "№ 26-129" — the appendix's stamp with no number, its
    # first line ending at "approved"; its five lines had been left unread
    text = ("# Об утверждении Правил регулирования миграционных процессов в Алматинской области\n\nАлматинский "
            "областной маслихат РЕШИЛ:\n\n1. Утвердить Правила согласно приложению к настоящему решению.\n\n"
            "**Секретарь областного маслихата**\n\n**_________ С. Дюсембинов**\n\n"
            "> *Приложение утвержденное*  \n> *решением Алматинского*  \n> *областного маслихата*  \n"
            "> *от «15» декабря 2017 года*  \n> *№ 26-129*\n\n"
            "# Правила регулирования миграционных процессов в Алматинской области\n\n"
            "## Глава 1. Общие положения\n\n1. Настоящие Правила разработаны в соответствии с Законом.\n")
    d = doc_meta(text, "rus.md", "26-129", "2017-12-15", "154000000002")
    assert d.unparsed == []
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in [u.path for u in d.units]


def test_a_table_right_after_another_is_a_table_of_its_own():
    # Minister of Finance, 2012 (order 96): the appendix's base rate and its coefficients, two HTML tables with nothing
    # between them; the second had been rows of the first
    text = ("# Об утверждении базовой ставки\n\nВ соответствии с пунктом 57 Правил ПРИКАЗЫВАЮ:\n\n1\\. Утвердить базовую "
            "ставку согласно приложению к настоящему приказу.\n\n*Министр Б. Жамишев*\n\n> *Приложение*  \n"
            "> *к приказу Министра финансов*  \n> *Республики Казахстан*  \n> *от 13 февраля 2012 года № 96*\n\n"
            "## Базовая ставка и размеры применяемых коэффициентов\n\n"
            "<table>\n<tr>\n<td>\n№\nп/п\n</td>\n<td colspan=\"2\">Базовая ставка</td>\n</tr>\n<tr>\n<td>1</td>\n"
            "<td>города Астана и Алматы</td>\n<td>2,5 месячного расчетного показателя</td>\n</tr>\n</table>\n\n"
            "<table>\n<tr>\n<td>\n№\nп/п\n</td>\n<td>Вид коэффициентов</td>\n<td>\nРазмер\nкоэффициента\n</td>\n"
            "</tr>\n<tr>\n<td rowspan=\"2\">1</td>\n<td>Коэффициент, учитывающий тип строения (Кт):</td>\n<td></td>\n"
            "</tr>\n<tr>\n<td>1.1 офисное</td>\n<td>1</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "96", "2012-02-13", "103002000000")
    tables = {u.path[-1][1]: u.text for u in d.units if u.path[-1][0] == "table"}
    assert sorted(tables) == ["1", "2"]
    assert tables["1"].startswith("№ п/п | Базовая ставка") and "Вид коэффициентов" not in tables["1"]
    assert tables["2"].startswith("№ п/п | Вид коэффициентов") and "1 | 1.1 офисное | 1" in tables["2"]


def test_a_stamp_quoting_the_decision_s_title_from_its_day_s_line_ends_above_the_appendix_s_title():
    # Almaty oblast maslikhat, 2013 (decision 18-118): the stamp quotes the title from the day's line on ('от 28 июня
    # 2013 года "Об' / … / 'культурного наследия "Городище' / 'Талгар", "Городище Каялык",' / '"Городище Карамерген"'),
    # the names quoted inside it closing the quotation early; its last lines had been read as a stamp of their own and
    # the appendix's title as that of an appendix of the appendix (kk and ru set out different units)
    text = ("# Об утверждении границ охранных зон\n\nАлматинский областной маслихат РЕШИЛ:\n\n1. Утвердить границы "
            "согласно приложению 1.\n\n**Секретарь областного Маслихата**\n\n**Е. Келемсейт**\n\n"
            "> *Приложение N 1*  \n> *к решению Алматинского*  \n> *областного маслихата N 18-118*  \n"
            '> *от 28 июня 2013 года "Об*  \n> *утверждении границ охранных*  \n> *зон, зон регулирования застройки*  \n'
            "> *и зон охраняемого природного*  \n> *ландшафта объектов историко-*  \n"
            '> *культурного наследия "Городище*  \n> *Талгар", "Городище Каялык",*  \n> *"Городище Карамерген"*\n\n'
            '# Границы охранной зоны объекта историко-культурного наследия "Городище Талгар"\n\n'
            "1. Площадь городища: 20,8 га.\n")
    d = doc_meta(text, "rus.md", "18-118", "2013-06-28", "154000000002")
    units = {u.path: u for u in d.units}
    assert (("appendix", "1"), ("point", "1")) in units and not any(len(p) > 1 and p[1][0] == "appendix" for p in units)
    assert units[(("appendix", "1"),)].heading.startswith("Границы охранной зоны")
    assert d.unparsed == []


def test_a_second_appendix_s_number_above_its_approval_stamp_is_that_stamp_s():
    # Almaty oblast maslikhat, 1998 (decision 21-170): "Приложение N 2" / "Утверждено" / "решением Алматинского" / … /
    # "N 21-170" after the rules of appendix 1 — the appendix's number had been read as an appendix of the rules, left
    # empty, and the protocol's form made a third appendix
    stamp = ("> *Приложение N {n}*  \n> *Утверждено*  \n> *решением Алматинского*  \n> *областного Маслихата*  \n"
             "> *от 24 июля 1998 г.*  \n> *N 21-170*\n\n")
    text = ("# Об обязательных правилах безопасности граждан на водоемах\n\nобластной Маслихат РЕШИЛ :\n\n"
            "1. Утвердить \"Обязательные правила безопасности граждан на водоемах Алматинской области\" (приложение N 1)."
            "\n\n2. Утвердить образец \"Протокол-постановление о нарушении\" (приложение N 2).\n\n"
            "**Секретарь областного Маслихата**\n\n**А.Бахтыбаев**\n\n" + stamp.format(n=1)
            + "# ОБЯЗАТЕЛЬНЫЕ ПРАВИЛА БЕЗОПАСНОСТИ ГРАЖДАН НА ВОДОЕМАХ АЛМАТИНСКОЙ ОБЛАСТИ\n\n## I. ОБЩИЕ ПОЛОЖЕНИЯ\n\n"
            "1.1. Настоящие обязательные правила устанавливают порядок пользования водоемами.\n\n"
            "## 11. ОТВЕТСТВЕННОСТЬ ЗА НАРУШЕНИЕ ПРАВИЛ\n\n11.4. Указания представителей облспасвода являются "
            "обязательными.\n\n" + stamp.format(n=2)
            + "# ПРОТОКОЛ-ПОСТАНОВЛЕНИЕ о нарушении \"Обязательных правил безопасности граждан на водоемах\"\n\n"
            "Объяснение нарушителя: ______________________________________________\n")
    d = doc_meta(text, "rus.md", "21-170", "1998-07-24", "154000000002")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "2"),)].heading.startswith("ПРОТОКОЛ-ПОСТАНОВЛЕНИЕ")
    assert not any(p[0] == ("appendix", "3") for p in units)
    assert (("appendix", "2"), ("textparagraph", "1")) in units and d.unparsed == []


def test_a_stamp_left_blank_opens_the_appendix():
    # Minister of Internal Affairs, 2025 (order 735, a professional standard): the stamp as drafted, its number and day
    # left blank ("Приложение № ___" / … / 'от «____» ________ 2025 года' / "№_____"); the standard had been left unread
    # whole (28 % of the text read) and its profession card no position
    text = ("# Об утверждении профессионального стандарта «Частная охранная деятельность»\n\nВ соответствии с пунктом 5 "
            "статьи 5 Закона Республики Казахстан «О профессиональных квалификациях», ПРИКАЗЫВАЮ:\n\n1. Утвердить "
            "профессиональный стандарт «Частная охранная деятельность» согласно приложению 1 к настоящему приказу.\n\n"
            "**Министр генерал-лейтенант полиции**\n\n**Е. Саденов**\n\n> *Приложение № ___*  \n"
            "> *к приказу Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от «____» ________ 2025 года*  \n"
            "> *№_____*\n\n## Профессиональный стандарт: «Частная охранная деятельность»\n\n### Глава 1. Общие "
            "положения\n\n1. Область применения профессионального стандарта:\n\n   Профессиональный стандарт разработан "
            "в соответствии с Законом.\n\n### Глава 3. Карточки профессий\n\n<table>\n"
            "<tr>\n<td colspan=\"7\">9. Карточка профессии «Руководитель частной охранной организации»:</td>\n</tr>\n"
            "<tr>\n<td>Наименование профессии:</td>\n<td colspan=\"6\">Руководитель частной охранной организации</td>\n"
            "</tr>\n<tr>\n<td>Уровень квалификации по ОРК:</td>\n<td colspan=\"6\">6</td>\n</tr>\n"
            "<tr>\n<td rowspan=\"2\">Перечень трудовых функций:</td>\n<td>Обязательные трудовые функции:</td>\n"
            "<td colspan=\"5\">\n1. Организация деятельности охранной организации;\n2. Организация обеспечения охраны.\n"
            "</td>\n</tr>\n<tr>\n<td>Дополнительные трудовые функции:</td>\n<td colspan=\"5\">-</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "735", "2025-09-25", "103003000000")
    assert d.unparsed == [] and d.coverage == 1.0
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in [u.path for u in d.units]
    assert [(p.label, p.duties) for p in d.positions] == [
        ("Руководитель частной охранной организации",
         ("Организация деятельности охранной организации;", "Организация обеспечения охраны."))]


def test_a_kazakh_stamp_left_blank_opens_the_appendix():
    # the same standard in Kazakh: "Қазақстан Республикасы" / "Ішкі істер министрінің" / '2025 жылғы «____» ________' /
    # "№_____бұйрығына" / "№ ____ қосымша" — the number left blank before the kind, no space between them; the stamp
    # had been three lines of text and its first two a signatory
    text = ("# «Жеке күзет қызметі» кәсіптік стандартын бекіту туралы\n\n«Кәсіптік біліктілік туралы» Қазақстан "
            "Республикасы Заңының 5-бабының 5-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. «Жеке күзет қызметі» кәсіптік стандарты "
            "осы бұйрыққа 1-қосымшаға сәйкес бекітілсін.\n\n**Министр полиция генерал-лейтенанты**\n\n**Е. Саденов**\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2025 жылғы «____» ________*  \n"
            "> *№_____бұйрығына*  \n> *№ ____ қосымша*\n\n## «Жеке күзет қызметі» кәсіптік стандарты\n\n"
            "### 1-тарау. Жалпы ережелер\n\n1. Кәсіптік стандарттың қолданылу саласы:\n\n   «Жеке күзет қызметі» "
            "кәсіптік стандарты Заңға сәйкес әзірленді.\n")
    d = doc_meta(text, "kaz.md", "735", "2025-09-25", "103003000000")
    assert d.unparsed == [] and len(d.signatories) == 1
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in [u.path for u in d.units]


def test_an_approval_whole_on_one_heading_under_the_signature():
    # Minister of Justice, 2012 (order 292): '## «СОГЛАСОВАНО» Министр транспорта и коммуникаций Республики Казахстан
    # _______________ А. Жумагалиев «___» _________ 2012 года' under "Министр Б. Имашев" — the approval set as one
    # heading, the minister's name after the blank for the signature, its day left blank; it had been a second
    # signatory whose role was the whole line
    text = ("# Об утверждении Регламента электронной государственной услуги\n\nВ соответствии с пунктом 4 статьи 9-1 "
            "Закона Республики Казахстан «Об административных процедурах», ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый "
            "Регламент.\n\n3. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его "
            "первого официального опубликования.\n\nМинистр Б. Имашев\n\n## «СОГЛАСОВАНО» Министр транспорта и "
            "коммуникаций Республики Казахстан _______________ А. Жумагалиев «___» _________ 2012 года\n\n"
            "> *Утвержден*  \n> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n"
            "> *от 24 августа 2012 года № 292*\n\n## Регламент электронной государственной услуги\n\n"
            "## 1. Общие положения\n\n1. Электронная государственная услуга оказывается Комитетом.\n")
    d = doc_meta(text, "rus.md", "292", "2012-08-24", "103001000000")
    assert [(s.role, s.name) for s in d.signatories] == [("Министр", "Б. Имашев")]
    assert [(a.org.en, a.person, a.blank_date, a.date) for a in d.approvals] == [
        ("Ministry of Transport and Communications", "А. Жумагалиев", True, None)]
    assert d.unparsed == []


def test_a_table_s_numbered_caption_as_a_heading_is_one_title():
    # Minister of Justice, 2012 (order 292, a regulation's appendix 2): "## Таблица 1. Описание действий СФЕ через ПЭП"
    # — the table's own number, no division under a heading; it had been split into the appendix's title "Таблица"
    # and a chapter 1 over the table
    text = ("# Об утверждении Регламента\n\nВ соответствии с Законом, ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый "
            "Регламент.\n\nМинистр Б. Имашев\n\n> *Утвержден*  \n> *приказом Министра юстиции*  \n"
            "> *Республики Казахстан*  \n> *от 24 августа 2012 года № 292*\n\n## Регламент электронной государственной "
            "услуги\n\n## 1. Общие положения\n\n1. Электронная государственная услуга оказывается Комитетом.\n\n"
            "> *Приложение 2*  \n> *к Регламенту электронной государственной услуги*\n\n"
            "## Таблица 1. Описание действий СФЕ через ПЭП\n\n<table>\n<tr>\n<th>1</th>\n<th>№ действия</th>\n"
            "<th>1</th>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "292", "2012-08-24", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"), ("appendix", "2"))].heading == "Таблица 1. Описание действий СФЕ через ПЭП"
    assert (("appendix", "1"), ("appendix", "2"), ("table", "1")) in units
    assert not any(("chapter", "1") in p[2:] for p in units)


def test_a_note_s_day_written_year_first_with_day_and_month_swapped_is_the_requisites_day():
    # Minister of Internal Affairs, 2010 (order 90), Kazakh text: "11-тармаққа өзгерту енгізілді - ҚР Ішкі істер
    # министрінің 2011.05.08 № 394 (…) Бұйрығы." — the order of 5 August 2011 that meta.yaml's caused_by names
    # ("от 5 августа 2011 года № 394"); the note had named an order of 8 May 2011, the Russian text another act
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Приказ Министра внутренних дел Республики Казахстан от 26 февраля 2010 года № 90",
                     "approved_by": ["103003000000"], "form": "ПРИК",
                     "caused_by": {"code": "60336", "requisite": "Приказ Министра внутренних дел Республики Казахстан "
                                   "от 5 августа 2011 года № 394"}}, "meta.yaml")
    text = ("# Ережені бекіту туралы\n\nЗаңдарына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Ереже бекітілсін.\n\n"
            "*Министр С. Баймағанбетов*\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n"
            "> *2010 жылғы 26 ақпандағы*  \n> *№ 90 бұйрығына*  \n> *2-қосымша*\n\n## Ереже\n\n"
            "11. Көлiк құралдарын басқару құқығы мыналарға берiлуi мүмкiн.\n\n"
            "> *Ескерту. 11-тармаққа өзгерту енгізілді - ҚР Ішкі істер министрінің 2011.05.08 № 394 (алғаш ресми "
            "жарияланғаннан кейін күнтізбелік он күн өткеннен соң қолданысқа енгізіледі) Бұйрығы.*\n\n"
            "12. Құқық беріледі.\n\n> *Ескерту. 12-тармаққа өзгерту енгізілді - ҚР Ішкі істер министрінің 2011.05.09 "
            "№ 395 Бұйрығы.*\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert sorted((a.amending.number, a.amending.date) for a in d.amendments) == [
        ("394", "2011-08-05"), ("395", "2011-05-09")]
    assert ("394", "2011-05-08") not in {(a.ref.number, a.ref.date) for a in d.acts}


@pytest.mark.parametrize("lang, heading, line", [
    # Minister of Internal Affairs, 2010 (order 90): the portal's note that the order's repeal is provided for, "РҚАО-ның
    # ескертпесі!" / "Күшін жою көзделген - ҚР Ішкі істер министрінің 02.12.2014 № 862 бұйрығымен (…)"; it had been a
    # note of the act and no event ("ескертпесі" was no word of the portal's note either)
    ("kk", "РҚАО-ның ескертпесі!", "Күшін жою көзделген - ҚР Ішкі істер министрінің 02.12.2014 № 862 бұйрығымен (алғаш "
     "ресми жарияланған күннен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)."),
    ("ru", "Примечание РЦПИ!", "Утрачивает силу приказом Министра внутренних дел РК от 02.12.2014 № 862 (вводится в "
     "действие по истечении десяти календарных дней после дня его первого официального опубликования)."),
])
def test_the_portal_s_note_of_a_repeal_to_come_is_the_repeal(lang, heading, line):
    body = ("Заңдарына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Ереже бекітілсін." if lang == "kk" else
            "В соответствии с Законом ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.")
    text = f"# Т\n\n{heading}\n\n{line}\n\n{body}\n\n*Министр С. Баймағанбетов*\n"
    d = doc_meta(text, "kaz.md" if lang == "kk" else "rus.md", "90", "2010-02-26", "103003000000")
    assert d.act.status == "repealed"
    assert [(a.effect, a.amending.number, a.amending.date) for a in d.amendments] == [("Repeal", "862", "2014-12-02")]


def test_a_paragraph_on_the_sub_point_its_number_names_is_no_sub_point():
    # Minister of Internal Affairs, 2010 (order 90, requirements of health, appendix 3): under the table of diseases the
    # Kazakh text explains its rows as "1) тармақша … қарастырады", "3) тармақша бойынша …" (twice), "4) тармақшаға …
    # жатады", where the Russian writes "Подпункт 1) предусматривает …", "По подпункту 3) …": paragraphs, as in
    # Russian; they had been sub-points of the appendix, sub-point 3 twice
    stamp = "> *Ішкі істер органдарындағы қызмет үшін адамдардың денсаулық жағдайының сәйкестігіне қойылатын талаптарға {n}-қосымша*\n\n"
    text = ("# Талаптарды бекіту туралы\n\nКодексінің 60-бабына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған талаптар "
            "бекітілсін.\n\n**Министр**\n\n**С. Баймағанбетов**\n\n> *Қазақстан Республикасы*  \n"
            "> *Ішкі істер министрінің*  \n> *2010 жылғы 31 наурыздағы*  \n> *№ 150 бұйрығымен*  \n> *бекітілген*\n\n"
            "## Ішкі істер органдарындағы қызмет үшін адамдардың денсаулық жағдайының сәйкестігіне қойылатын талаптар\n\n"
            "1. Осы Талаптар адамдардың денсаулық жағдайын айқындайды.\n\n" + stamp.format(n=3)
            + "<table>\n<tr>\n<td>1) белсенді прогрессті;</td>\n<td>жз</td>\n</tr>\n</table>\n\n"
            "1\\) тармақша әртүрлі органдар мен жүйелердің үйлескен зақымданулары бар генерализді туберкулезді қарастырады.\n\n"
            "3\\) тармақша бойынша негізгі емдеу курсы аяқталған соң белсенді көмескі туберкулез қарастырылады:\n\n"
            "басылу сатысындағы омыртқа, сүйектер және буындардың белсенді туберкулезі;\n\n"
            "3\\) тармақша бойынша бірінші рет науқастанған адамдарға қорытынды шығарған жөн.\n\n"
            "4\\) тармақшаға негізгі емдеу курсы аяқталғаннан кейін локализациясы кеудеден тыс туберкулез жатады:\n\n"
            "омыртқа туберкулезі кезінде орналасушылар І баған бойынша жарамды деп танылады.\n")
    d = doc_meta(text, "kaz.md", "150", "2010-03-31", "103003000000")
    paths = [u.path for u in d.units]
    assert not any(p[-1][0] == "subpoint" for p in paths)
    assert all(u.occurrences <= 1 for u in d.units) and d.unparsed == []


def test_a_kazakh_repeal_naming_the_act_s_number_before_its_title_and_day():
    # Minister of Internal Affairs, 2010 (order 496): "… министрінің № 87-п «…» 2010 жылғы 17 наурыздағы бұйрығының
    # күші жойылсын (… тізілімінде № 6174 тіркелген, … Бюллетенінде 2010 жылғы № 8, 380-бап жарияланған)" — the number
    # right after the issuer; the act had not been read, and "№ 8" and "380-бап" of its publication had been articles 8
    # and 380 of the repealing order itself, deleted
    text = ("# Қағидаларын бекіту туралы\n\nЗаңы 6-бабының 7) тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған "
            "қағидалар бекітілсін.\n\n2. Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің № 87-п "
            "«Босқын мәртебесін беру туралы өтінішхатты тіркеу және қарау ережесін бекіту туралы» 2010 жылғы 17 "
            "наурыздағы бұйрығының күші жойылсын (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 6174 "
            "тіркелген, Қазақстан Республикасы орталық атқарушы және өзге де мемлекеттік органдарының нормативтік "
            "құқықтық актілер Бюллетенінде 2010 жылғы № 8, 380-бап жарияланған).\n\n**Министр**\n\n"
            "**С. Баймағанбетов**\n")
    d = doc_meta(text, "kaz.md", "496", "2010-11-29", "103003000000")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.path) for a in d.amendments] == [
        ("Repeal", "87-П", "2010-03-17", "Ministry of Labour and Social Protection of the Population", ())]
    assert d.instructions_failed == []


def test_a_kazakh_list_item_repeals_the_act_it_names_last_past_nested_titles():
    # Minister of Internal Affairs, 2010 (order 204, appendix 2 "Күші жойылған нормативтік құқықтық актілердің
    # тізбесі"): '7. «Қазақстан … қабылдау ережелерін бекіту туралы» … № 548 бұйрығына өзгерістер пен толықтырулар
    # енгізу туралы» … 2008 жылғы 9 маусымдағы № 211 бұйрығы (… «Заң газетінде» № 114 (1514) жарияланған).' — the
    # titles' quotes nest (one « opens both), so the act named last fell inside a "quotation"; item 7 had repealed
    # order 548 (the one its title amends) instead of order 211
    text = ("# Ережесін бекіту туралы\n\nЗаңы 15-1-бабының 3-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Қабылдау ережесі (1-қосымша) "
            "бекітілсін.\n\n3. Қазақстан Республикасы Ішкі істер министрінің кейбір бұйрықтарының (2-қосымша) күші "
            "жойылсын.\n\n*Министр С. Баймағанбетов*\n\n> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n"
            "> *2010 жылғы 11 мамырдағы*  \n> *№ 204 бұйрығына*  \n> *2-қосымша*\n\n"
            "## Күші жойылған нормативтік құқықтық актілердің тізбесі\n\n"
            "2\\. «Қазақстан Республикасы Ішкі істер министрлігінің жоғары оқу орындарына қабылдау ережелерін бекіту туралы» "
            "Қазақстан Республикасы Ішкі істер министрінің 2001 жылғы 9 шілдедегі № 548 бұйрығына өзгеріс пен толықтыру "
            "енгізу туралы» Қазақстан Республикасы Ішкі істер министрінің 2002 жылғы 11 маусымдағы № 411 бұйрығы "
            "(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 1916 болып тіркелген).\n\n"
            "7\\. «Қазақстан Республикасы Ішкі істер министрлігінің жоғары оқу орындарына қабылдау ережелерін бекіту туралы» "
            "Қазақстан Республикасы Ішкі істер министрінің 2001 жылғы 9 шілдедегі № 548 бұйрығына өзгерістер пен "
            "толықтырулар енгізу туралы» Қазақстан Республикасы Ішкі істер министрінің 2008 жылғы 9 маусымдағы № 211 "
            "бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 5250 болып тіркелген, 2008 жылғы 30 "
            "шілдеде «Заң газетінде» № 114 (1514) жарияланған).\n")
    d = doc_meta(text, "kaz.md", "204", "2010-05-11", "103003000000")
    assert sorted((a.target_act.number, a.target_act.date) for a in d.amendments if a.effect == "Repeal") == [
        ("211", "2008-06-09"), ("411", "2002-06-11")]


def test_signatories_named_by_role_alone_above_a_kazakh_stamp_are_no_part_of_it():
    # Almaty oblast maslikhat, 2008 (decision 6-35): "*Облыстық мәслихат*" / "*сессиясының төрағасы*" / "*Облыстық
    # мәслихаттың хатшысы*" with no names, right above the stamp "Алматы облыстық мәслихатының" / '2008 жылғы "17"
    # қаңтарындағы №N 6-35' / … / "шешіміне қосымша" — the stamp read backwards had taken the three lines as its own
    # (no signatory); the chairman and the secretary are two signatories
    text = ("# Төлемақы ставкаларын белгілеу туралы\n\nЗаңының 6-бабының 5 тармағына сәйкес Алматы облыстық мәслихаты ШЕШІМ "
            "ҚАБЫЛДАДЫ:\n\n1. Төлемақы ставкалары қосымшаға сәйкес белгіленсін.\n\n3. Осы шешім алғаш ресми "
            "жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n*Облыстық мәслихат*\n\n"
            "*сессиясының төрағасы*\n\n*Облыстық мәслихаттың хатшысы*\n\n> *Алматы облыстық мәслихатының*  \n"
            "> *2008 жылғы \"17\" қаңтарындағы №N 6-35*  \n> *\"Қоршаған ортаға эмиссиялар үшін 2008*  \n"
            "> *жылға арналған төлемақы ставкаларын*  \n> *белгілеу туралы\" шешіміне қосымша*\n\n"
            "## Қоршаған ортаға эмиссия үшін төлемақы ставкалары\n\nЕскертпе:\n\n1) коэффициенттер енгізіледі.\n")
    d = doc_meta(text, "kaz.md", "6-35", "2008-01-17", "154000000002")
    assert [(s.role, s.name) for s in d.signatories] == [
        ("Облыстық мәслихат сессиясының төрағасы", None), ("Облыстық мәслихаттың хатшысы", None)]
    assert (("appendix", "1"), ("subpoint", "1")) in [u.path for u in d.units] and d.unparsed == []


@pytest.mark.parametrize("left, right", [
    # Almaty oblast maslikhat, 2008 (decision 8-57) and 2007 (decision 39-302): the chairman's and the secretary's roles
    # set in two columns with no names, merged line by line; they had been one signatory of all the words
    ("Облыстық мәслихат", "Облыстық мәслихатының"),
    ("Облыстық мәслихат", "Облыстық мәслихат"),
])
def test_two_roles_set_in_columns_merged_line_by_line_are_two_signatories(left, right):
    text = ("# Төлем ставкаларын белгілеу туралы\n\nКодексінің 491-бабының 2-тармағына сәйкес Алматы облыстық мәслихаты "
            "ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Төлем ставкалары қосымшаға сәйкес белгіленсін.\n\n4. Осы шешім алғаш ресми "
            "жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            f"*{left} {right}*\n\n*сессиясының төрағасы хатшысы*\n")
    d = doc_meta(text, "kaz.md", "8-57", "2008-04-10", "154000000002")
    assert [(s.role, s.name) for s in d.signatories] == [
        (f"{left} сессиясының төрағасы", None), (f"{right} хатшысы", None)]


def test_a_kazakh_stamp_quoting_a_title_with_a_line_ending_in_a_bracket():
    # Almaty oblast maslikhat, 2008 (decision 8-57): the stamp quotes the decision's title over seven lines, one of them
    # ending with a bracket ("жарнама объектiлерi бойынша сыртқы (көрнекі)"), read back from "N 8-57 шешіміне қосымша";
    # the bracket had ended it, six lines left unread
    text = ("# Төлем ставкаларын белгілеу туралы\n\nКодексінің 491-бабының 2-тармағына сәйкес Алматы облыстық мәслихаты "
            "ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Төлем ставкалары, қосымшаға сәйкес белгіленсін.\n\n4. Осы шешім алғаш ресми "
            "жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "*Облыстық мәслихат Облыстық мәслихатының*\n\n*сессиясының төрағасы хатшысы*\n\n"
            "> *Алматы облыстық мәслихатының*  \n> *2008 жылғы 10 сәуірдегі \"Жергіліктi маңызы*  \n"
            "> *бар жалпыға ортақ пайдаланылатын автомобиль*  \n> *жолдарының бөлiнген белдеуiнде және Алматы*  \n"
            "> *облысының елдi мекендерде орналастырылатын*  \n> *жарнама объектiлерi бойынша сыртқы (көрнекі)*  \n"
            "> *жарнаманы орналастырғаны үшін төлем*  \n> *ставкаларын белгілеу туралы\"*  \n> *N 8-57 шешіміне қосымша*\n\n"
            "## Төлем ставкалары\n\n<table>\n<tr>\n<td>1</td>\n<td>2 шаршы метрге дейінгі</td>\n<td>4</td>\n</tr>\n"
            "</table>\n")
    d = doc_meta(text, "kaz.md", "8-57", "2008-04-10", "154000000002")
    assert d.unparsed == [] and len(d.signatories) == 2
    assert (("appendix", "1"), ("table", "1")) in [u.path for u in d.units]


def test_a_kazakh_budget_amendment_whose_quoted_title_lost_its_closing_quote_and_a_line_added():
    # Almaty oblast maslikhat, 2004 (decision 10-65): the amended decision named '2003 жылғы 25 желтоқсандағы "Алматы
    # облысының 2004 жылға арналған облыстық бюджетi туралы N 3-12 (…) шешiмiне', its title's closing quote lost before
    # the number, had not been read (the decision's fifteen changes none), and '"Талдықорған қ. - 5512 мың теңге" деген
    # жол қосылсын' (a line added to point 5-1) had been no instruction
    text = ("# Шешiмiне өзгерiстер енгiзу туралы\n\nЗаңының 6 баптағы 1 тармағына сәйкес, Алматы облыстық Мәслихат ШЕШIМ "
            "қабылдады:\n\n1. Алматы облыстық Мәслихатының 2003 жылғы 25 желтоқсандағы \"Алматы облысының 2004 жылға "
            "арналған облыстық бюджетi туралы N 3-12 (1434 тiркеу нөмiрi, 2004 жылғы 20 қаңтардағы 8 нөмiрiнде \"Жетісу\" "
            "және \"Огни Алатау\" газеттерi, 2004 жылғы 6 қыркүйектегi шешiммен енгiзiлген өзгертулер) шешiмiне "
            "төмендегiдей өзгерiстер енгiзiлсiн:\n\n   1 тармақтағы:\n\n\"Кiрiстер\" деген жолы бойынша 9627431 саны "
            "9907731 санына ауыстырылсын\n\n5-1 тармақтағы:\n\nАлакөл ауданы бойынша - 39390 саны 31261 санына "
            "ауыстырылсын\n\n\"Талдықорған қ. - 5512 мың теңге\" деген жол қосылсын\n\n7 тармақтағы:\n\n985420 саны "
            "1010620 санына ауыстырылсын;\n\n2. Көрсетiлген шешiмнiң»N 1 қосымшасы осы шешiмнiң N 1 қосымшасына сәйкес "
            "жаңа редакцияда баяндалсын.\n\n**Облыстық Мәслихат сессиясының төрағасы**\n\n**Ж. Егiнбаев**\n")
    d = doc_meta(text, "kaz.md", "10-65", "2004-09-14", "154000000002")
    got = [(a.target_act.number, a.target_act.date, a.path, a.effect, a.new_words or a.new_text) for a in d.amendments]
    assert got == [
        ("3-12", "2003-12-25", (("point", "1"),), "WordReplacement", "9907731"),
        ("3-12", "2003-12-25", (("point", "5-1"),), "WordReplacement", "31261"),
        ("3-12", "2003-12-25", (("point", "5-1"),), "Insertion", "Талдықорған қ. - 5512 мың теңге"),
        ("3-12", "2003-12-25", (("point", "7"),), "WordReplacement", "1010620"),
        ("3-12", "2003-12-25", (("appendix", "1"),), "Substitution", None)]
    assert d.instructions_failed == [] and d.unparsed == []


def test_a_last_point_ending_with_a_bracket_before_the_signature():
    # Akim of Almaty oblast, 1995 (decision 1-52): "2. Контроль за исполнением настоящего решения возложить на акимов
    # районов, областное управление экологии и биоресурсов (Улдарбеков Б.)" / "**Аким области**" / "**У. Узбеков**" —
    # the point's stop left out after the bracket; the signature is the akim's, not two parts of the point
    text = ("# О реализации Постановления Кабинета Министров\n\nаким области РЕШИЛ:\n\n1. Акимам районов принять "
            "необходимые меры.\n\n2. Контроль за исполнением настоящего решения возложить на акимов районов, областное "
            "управление экологии и биоресурсов (Улдарбеков Б.)\n\n**Аким области**\n\n**У. Узбеков**\n")
    d = doc_meta(text, "rus.md", "1-52", "1995-11-07", "154000000003")
    assert [(s.role, s.name) for s in d.signatories] == [("Аким области", "У. Узбеков")]
    assert [u.path for u in d.units] == [(("preamble", ""),), (("point", "1"),), (("point", "2"),)]


def test_a_forms_bare_note_label_is_its_text_not_unread():
    # a form of MinFin's order of 8 February 2018 № 146 labels its own footnotes "Ескерту:", no event after it
    text = ("Салықтық және кедендік әкімшілендірудің кейбір мәселелері туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Осы бұйрыққа 1-қосымшаға сәйкес салықтық берешекті өтеу туралы хабарламаның нысаны бекітілсін.\n\n"
            "**Қазақстан Республикасы Қаржы министрі**\n\n**Б.Сұлтанов**\n\n"
            "> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2018 жылғы 8 ақпандағы*  \n"
            "> *№ 146 бұйрығына 1-қосымша*\n\n> *нысан*\n\n## Салықтық берешекті өтеу туралы хабарлама\n\n"
            "Сізді ______________________________________________________________________\n\n"
            "мынадай салық және бюджетке төленетін басқа да міндетті төлем түрлері бойынша салық берешегі сомасының "
            "өтелмегенін хабарлайды:\n\nХабарлама салық төлеушіге (салық агентіне) табыс етілді\n\nЕскерту:\n\n"
            "* тәуекелдерді басқару жүйесінің нәтижесі бойынша салық төлеуші тәуекелдің қандай деңгейіне жатқызылғаны "
            "туралы ақпарат «Салық төлеушінің кабинеті» web-қосымшасында қол жетімді.\n")
    d = doc_meta(text, "kaz.md", "146", "2018-02-08", "103002000000")
    assert d.unparsed == [] and d.amendments == []
    texts = [u.text for u in d.units if u.path[0] == ("appendix", "1") and u.text]
    assert "Ескерту:" in texts


# Ministry of Finance, 1999 (order № 323): changes to an instruction an order of 1998 approved, attached under the
# order in both languages. Russian: a change throughout the text with two old words before the verb and the new after
# it; a line about the instruction's appendix that opens with "приложение" and ends with its verb (an instruction, not
# a stamp); an appendix named with its number sign ("в приложении № 2"). Kazakh: the stamp's "бұйырығымен" (so
# spelled), the act named as the instruction the order approved ("… N 288 бұйрығымен бекiтілген … нұсқаулыққа мынадай
# өзгерiстер мен толықтырулар енгiзiлсiн:"), the older "алынып тасталсын", a point deleted "тақырыбымен бiрге"
CHANGES_1999_RU = (
    "# Об утверждении изменений и дополнений к Инструкции по бухгалтерскому учету исполнения местных бюджетов в "
    "финансовых органах\n\nПриказываю:\n\n1. Утвердить прилагаемые изменения и дополнения к Инструкции по бухгалтерскому "
    "учету исполнения местных бюджетов в финансовых органах, утвержденной приказом Министерства финансов Республики "
    "Казахстан от 24 июня 1998 года № 288.\n\n2. Настоящий приказ вступает в силу со дня его государственной "
    "регистрации в Министерстве юстиции Республики Казахстан.\n\n   *Заместитель Премьер-Министра*\n\n"
    "   *Республики Казахстан - Министр финансов*\n\n   ## Изменения и дополнения в Инструкцию по бухгалтерскому учету "
    "исполнения местных бюджетов в финансовых органах\n\n   Внести в Инструкцию по бухгалтерскому учету исполнения "
    "местных бюджетов в финансовых органах, утвержденную приказом Министерства финансов Республики Казахстан от 24 июня "
    "1998 года № 288, следующие изменения и дополнения:\n\n   по всему тексту Инструкции слова \"бюджетные "
    "организации\", \"организации\", используемые во всех падежах как во множественном, так и в единственном числе "
    "заменить словами \"государственные учреждения\" соответственно падежу и числу заменяемого слова;\n\n"
    "   в пункте 44 слово \"налоговых\" заменить словом \"финансовых\";\n\n"
    "приложение к Инструкции Форму № 8 МБ \"Карточка учета лимита бюджетных ассигнований (установленных лимитов) и "
    "кассовых расходов\" исключить;\n\nв приложении № 2 к Инструкции в разделе I в пункте 2 абзац второй исключить.\n")

CHANGES_1999_KK = (
    "# Қаржы органдарында жергілікті бюджеттерді атқарудың бухгалтерлік есебі жөніндегі нұсқаулыққа өзгерістер мен "
    "толықтыруларды бекіту туралы\n\nБұйырамын:\n\n1. Қоса беріліп отырған Қазақстан Республикасы Қаржы министрлігінің "
    "1998 жылғы 24 маусымдағы N 288 бұйрығымен бекітілген Қаржы органдарында жергілікті бюджеттерді атқарудың "
    "бухгалтерлік есебі жөніндегі нұсқаулыққа өзгерістер мен толықтырулар бекітілсін.\n\n2. Осы бұйрық Қазақстан "
    "Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткен күнінен бастап күшіне енеді.\n\n"
    "```\nҚазақстан Республикасы\nПремьер-Министрінің\nорынбасары - Қаржы министрі\n```\n\n"
    "```\nҚазақстан Республикасы\nҚаржы министрлігінің\n1999 жылғы 25.06. N 323 бұйырығымен\nбекітілген\n```\n\n"
    "Қаржы органдарында жергілікті бюджеттерді атқарудың бухгалтерлік\n\nесебі жөніндегі нұсқаулыққа өзгерістер мен "
    "толықтырулар\n\nҚазақстан Республикасы Қаржы министрлiгiнiң 1998 жылғы 24 маусымдағы N 288 бұйрығымен бекiтілген "
    "Қаржы органдарында жергiлiктi бюджеттердi атқарудың бухгалтерлiк есебi жөнiндегi нұсқаулыққа мынадай өзгерiстер "
    "мен толықтырулар енгiзiлсiн:\n\nНұсқаулықтың барлық мәтiнi бойынша көпше түрде, сол сияқты жекеше түрде де барлық "
    "септеулерде қолданылатын \"бюджеттiк ұйымдар\", \"ұйымдар\" деген сөздер ауыстырылатын сөзiнiң септеуiне және "
    "жекеше, көпше түрiне тиiсiнше \"мемлекеттiк мекемелер\" деген сөздермен ауыстырылсын;\n\n"
    "```\n13-тармақта:\nбесiншi абзац алынып тасталсын;\n66-тармақ тақырыбымен бiрге алынып тасталсын;\n"
    "Нұсқаулыққа N 2 қосымшадағы 2-тармақтың I бөлiмiндегi екiншi абзац\nалынып тасталсын.\nОқығандар:\n"
    "Омарбекова А.Т.\nИкебаева Ә.Ж.\n```\n")


APP = (("appendix", "1"),)  # the instruction order 288 approved: that order's appendix


@pytest.mark.parametrize("text, lang, expected", [
    (CHANGES_1999_RU, "ru", [
        ("WordReplacement", APP, "бюджетные организации", "государственные учреждения"),
        ("WordReplacement", APP, "организации", "государственные учреждения"),  # (each word listed, by the one)
        ("WordReplacement", APP + (("point", "44"),), "налоговых", "финансовых"),
        ("Deletion", APP + (("appendix", "1"),), None, None),
        ("Deletion", APP + (("appendix", "2"), ("section", "1"), ("point", "2"), ("textparagraph", "2")), None, None)]),
    (CHANGES_1999_KK, "kk", [
        ("WordReplacement", APP, "бюджеттік ұйымдар", "мемлекеттік мекемелер"),
        ("WordReplacement", APP, "ұйымдар", "мемлекеттік мекемелер"),
        ("Deletion", APP + (("point", "13"), ("textparagraph", "5")), None, None),
        ("Deletion", APP + (("point", "66"),), None, None),
        ("Deletion", APP + (("appendix", "2"), ("section", "1"), ("point", "2"), ("textparagraph", "2")), None, None)]),
])
def test_changes_to_an_instruction_an_order_approved_in_both_languages(text, lang, expected):
    """"Внести в Инструкцию …, утвержденную приказом … № 288, следующие изменения" / "… N 288 бұйрығымен бекiтілген …
    нұсқаулыққа мынадай өзгерiстер … енгiзiлсiн": the units named are the instruction's, appendix 1 of order 288 (its
    point 44, its appendix 2), not points or appendices of the order itself."""
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 25 июня 1999 года № 323.", "103002000000")
    d = parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta)
    got = [(a.effect, a.path, a.old_words, a.new_words) for a in d.amendments]
    assert got == expected
    assert {(a.target_act.number, a.target_act.date) for a in d.amendments} == {("288", "1998-06-24")}
    assert not d.unparsed and not d.instructions_failed


def test_a_list_of_changes_titled_by_the_instruction_s_name_under_the_signature():
    """Ministry of Finance, 1999 (order № 239): "Изменения и дополнения" / 'к Инструкции "Об объеме и формах годовой,'
    / … under the signature, no stamp, naming the instruction by its title alone; the paragraph above its points names
    the order that approved it ("… внести следующие изменения и дополнения в Инструкцию "…" V980517_ , утвержденную
    приказом … от 15 мая 1998 года № 217."), whose appendix 1 the instruction is. Its instructions name paragraphs
    ("абзац восьмой изложить следующей редакцией:", in the instrumental) and the whole text ("в названии Инструкции,
    далее по тексту и в приложениях слова …": no appendix of it). The list had been text not understood (19 %)."""
    text = ("# Об утверждении изменений и дополнений к Инструкции\n\nПриказываю:\n\n1\\. Утвердить прилагаемые "
            "изменения и дополнения к Инструкции \"Об объеме и формах годовой, квартальной бухгалтерской отчетности "
            "бюджетных организаций\" V980517_ , утвержденной приказом Министерства финансов Республики Казахстан от 15 "
            "мая 1998 года № 217.\n\nЗаместитель Премьер-Министра\n\nРеспублики Казахстан -\n\nМинистр финансов\n\n"
            "Изменения и дополнения\n\nк Инструкции \"Об объеме и формах годовой,\n\nквартальной бухгалтерской "
            "отчетности\n\nбюджетных организаций\" V980517_\n\nВ соответствии с изменениями и дополнениями в Инструкцию "
            "по бухгалтерскому учету в организациях, содержащихся за счет средств республиканского и местных бюджетов "
            "V980489_ , утвержденную приказом Департамента казначейства Министерства финансов Республики Казахстан от 27 "
            "января 1998 года № 30, внести следующие изменения и дополнения в Инструкцию \"Об объеме и формах годовой, "
            "квартальной бухгалтерской отчетности бюджетных организаций\" V980517_ , утвержденную приказом Министерства "
            "финансов Республики Казахстан от 15 мая 1998 года № 217.\n\n1\\. В главе 1. Общие положения:\n\n- в "
            "названии Инструкции, далее по тексту и в приложениях слова \"бюджетные организации\", \"организации\", "
            "используемые во всех падежах как во множественном, так и в единственном числе, заменить словами "
            "\"государственные учреждения\" соответственно падежу и числу заменяемых слов;\n\nв пункте 1.5:\n\n- абзац "
            "восьмой изложить следующей редакцией:\n\n\"реквизит \"Единицы измерения\" - государственные учреждения, "
            "бухгалтерские отчеты составляют в тенге\";\n\n- в пункте 1.6 слова \"1 апреля\" исключить;\n\n<a id=\"p3\">"
            "</a>\n\n3\\. В главе 3. Порядок заключения счетов текущего бухгалтерского учета:\n\n- в пункте 3.8:\n\n"
            "- абзац третий исключить.\n")
    d = doc_meta(text, "rus.md", "239", "1999-05-25", "103002000000")
    assert {(a.target_act.number, a.target_act.date) for a in d.amendments} == {("217", "1998-05-15")}
    got = [(a.effect, a.path, a.old_words) for a in d.amendments]
    assert got == [
        ("WordReplacement", APP, "бюджетные организации"), ("WordReplacement", APP, "организации"),
        ("Substitution", APP + (("chapter", "1"), ("point", "1.5"), ("textparagraph", "8")), None),
        ("Deletion", APP + (("chapter", "1"), ("point", "1.6")), "1 апреля"),
        ("Deletion", APP + (("chapter", "3"), ("point", "3.8"), ("textparagraph", "3")), None)]
    assert not d.unparsed and not d.instructions_failed


def test_a_repealed_order_whose_title_names_the_order_it_amended():
    """Ministry of Internal Affairs, 2016 (order № 85), its appendix 2, a list of the orders repealed: an order
    amending another is titled by it, and the quotes of the two titles close once ('приказ … «О внесении изменений и
    дополнений в приказ … от 23 августа 2002 года № 556 «Об утверждении Инструкции …» от 24 апреля 2006 года № 196'):
    the order repealed is the one named around the title (196), not the one its title names (556), which had been
    the only act the item named, so that it was read as no repeal at all."""
    title = "«Об утверждении Инструкции по рассмотрению органами внутренних дел вопросов гражданства»"
    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n2. Признать утратившими "
            "силу некоторые приказы Министра согласно приложению 2 к настоящему приказу.\n\n**Министр**\n\n"
            "**К. Касымов**\n\n> *Приложение 2*  \n> *к приказу Министра внутренних дел*  \n> *Республики Казахстан*"
            "  \n> *от 28 января 2016 года*  \n> *№ 85*\n\n# Перечень утративших силу некоторых приказов Министра "
            "внутренних дел Республики Казахстан\n\n"
            f"1) приказ Министра внутренних дел Республики Казахстан {title} от 23 августа 2002 года № 566 "
            "(зарегистрированный в Реестре государственной регистрации нормативных правовых актов за № 2045);\n\n"
            "2) приказ Министра внутренних дел Республики Казахстан «О внесении изменений и дополнений в приказ Министра "
            f"внутренних дел Республики Казахстан от 23 августа 2002 года № 556 {title[:-1]}» от 24 апреля 2006 года № 196 "
            "(зарегистрированный в Реестре государственной регистрации нормативных правовых актов за № 4226, "
            "опубликованный в «Юридической газете» 26 мая 2006 года № 94-95(1074-1075));\n")
    d = doc_meta(text, "rus.md", "85", "2016-01-28", "103003000000")
    repealed = {(a.target_act.number, a.target_act.date) for a in d.amendments if a.effect == "Repeal"}
    assert repealed == {("566", "2002-08-23"), ("196", "2006-04-24")}
    act = next(a for a in d.acts if a.ref.number == "196")
    assert act.title.startswith("О внесении изменений и дополнений в приказ") and act.ref.issuer.en == "Ministry of Internal Affairs"


def test_a_kazakh_repealed_order_named_by_its_day_after_the_title_of_the_order_it_amended():
    """The same list in Kazakh: the amending order's title opens with the title of the order it amended and names it
    with its body, and the item then names the order repealed by its day and number alone, in the nominative ('«"…"
    Қазақстан Республикасы Ішкі істер министрінің 2002 жылғы 23 тамыздағы № 556 бұйрығына өзгерістер мен толықтырулар
    енгізу туралы» 2006 жылғы 24 сәуірдегі № 196 бұйрығы (…)'): order 196 of the body the item names, not 556 (read
    as repealed) nor nothing (the third item, its inner number with no sign, had named no act)."""
    inner = ("«Қазақстан Республикасы ішкі істер органдарының Қазақстан Республикасының азаматтығына байланысты "
             "мәселелерді қарау туралы нұсқаулықты бекіту туралы» Қазақстан Республикасы Ішкі істер министрінің 2002 "
             "жылғы 23 тамыздағы")
    text = ("# Қағидаларды бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n2. Осы "
            "бұйрықтың 2-қосымшасына сәйкес Қазақстан Республикасы Ішкі істер министрінің кейбір бұйрықтарының күші "
            "жойылды деп танылсын.\n\n**Министр**\n\n**Қ. Қасымов**\n\n> *Қазақстан Республикасы*  \n> *Ішкі "
            "істер министрінің*  \n> *2016 жылғы 28 қаңтардағы*  \n> *№ 85 бұйрығына*  \n> *2-қосымша*\n\n# "
            "Қазақстан Республикасы Ішкі істер министрінің күші жойылған кейбір бұйрықтарының тізбесі\n\n"
            f"1) {inner} № 556 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 2045 болып "
            "тіркелген);\n\n"
            f"2) {inner[:1]}{inner} № 556 бұйрығына өзгерістер мен толықтырулар енгізу туралы» 2006 жылғы 24 сәуірдегі "
            "№ 196 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 4226болып тіркелген, «Заң "
            "газетінде» 2006 жылғы 26 мамырдағы № 94-95(1074-1075) санында жарияланған)\n\n"
            f"3) {inner[:1]}{inner} 556 бұйрығына өзгерістер мен толықтырулар енгізу туралы» 2009 жылғы 12 тамыздағы № "
            "309 бұйрығы (Қазақстан Республикасының Әділет министрлігінде 2009 жылғы 9 қыркүйекте № 5776 тіркелген).\n")
    d = doc_meta(text, "kaz.md", "85", "2016-01-28", "103003000000")
    repealed = [(a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments
                if a.effect == "Repeal"]
    mvd = "Ministry of Internal Affairs"
    assert repealed == [("556", "2002-08-23", mvd), ("196", "2006-04-24", mvd), ("309", "2009-08-12", mvd)]


KK_1995_FENCE = (
    "# Қазақстан Республикасы Ішкі істер органдарының қызметкерлері мен зейнеткерлерінің жеке меншігіне автомотокөлік "
    "құралдарын сату тәртібі туралы\n\nАвтомотокөлік құралдарын сату тәртібін реттеу мақсатында\n\nБҰЙЫРАМЫН:\n\n"
    "1\\. Ереже бекітілсін (N 1 қосымша).\n\n3\\. Алматы қалалық ІІББ, облыстық ІІБ, көліктегі Қазақстан\n\n```\n"
    "Республикасы ІІМ орындарының бастықтары:\n"
    "3.1. Сатылатын автомотокөлік құралдарының техникалық күйіне баға беру\n"
    "және оларды сату құнын белгілеу жөніндегі комиссиясының құрамын бекітсін.\n"
    "4. Қазақстан Республикасы ІІМ аппаратында осы бұйрықты орындауда\n"
    "есептен шығарылатын автомотокөлік құралдарын сатып алуға өтініш жасаған\n"
    "қызметкерлердің есебін жүргізу бөлігі _______ орталық тұрғын үй-тұрмыс\n"
    "комиссиясына автомотокөлік құралдарына баға беру бөлігі ________ негізгі\n"
    "құралдары есептен шығару жөніндегі Орталық комиссияға жүктелсін.\n"
    "Министрдің\nміндетін атқарушы\nмилиция полковнигі\n"
    "Қазақстан Республикасы\n1995 жылғы 27 қыркүйек\nN 237 бұйрығына\nқосымша\n"
    "Пайдалану мерзімі өткен және\nесептен шығарылатын автомотокөлік\nқұралдарын сату тәртібі туралы\nЕРЕЖЕ\n"
    "1. Жалпы ережелер\n```\n\nОсы ереже сату мен есеп жүргізудің бірыңғай тәртібін белгілейді.\n\n"
    "2\\. Автомотокөлік құралын сатып алуға өтініш\n\nжасаған адамдардың есебін жүргізу тәртібі.\n\n"
    "2.1. Автомотокөлік құралын сатып алуға өтініш жасаған адамдар басшылыққа рапорт береді.\n\n"
    "2.2. Адамдардың есебін тұрғын үй-тұрмыс комиссиясы жүргізеді.\n")


def test_a_fence_of_running_text_with_blanks_left_for_names_is_no_drawn_form():
    """Ministry of Internal Affairs, 1995 (order № 237), Kazakh: one fence holds the order's last points, wrapped at a
    fixed width, a blank left in them for a name ("… есебін жүргізу бөлігі _______ орталық тұрғын үй-тұрмыс" /
    "комиссиясына …"), then the signature, whose role ends with a rank in Kazakh ("Министрдің" / "міндетін атқарушы" /
    "милиция полковнигі"), the stamp of the appendix and the rules' title. The blanks had made all of it one drawn form
    from the blank on: no signature, no stamp (the rules were read as the order's points). The rules' chapter heading
    ends with a full stop over decimal points ("2. … есебін жүргізу тәртібі." / "2.1. …"): a chapter."""
    d = doc_meta(KK_1995_FENCE, "kaz.md", "237", "1995-09-27", "103003000000")
    assert [s.role for s in d.signatories] == ["Министрдің міндетін атқарушы милиция полковнигі"]
    paths = {u.path for u in d.units}
    assert {(("point", "4"),), (("appendix", "1"), ("chapter", "2"), ("point", "2.1"))} <= paths
    assert (("point", "2.1"),) not in paths and not any(u.path[-1][0] == "table" for u in d.units)
    point4 = next(u.text for u in d.units if u.path == (("point", "4"),))
    assert "бөлігі _______ орталық" in point4 and point4.endswith("жүктелсін.")


def test_a_decimal_chapter_s_heading_going_on_in_a_bracket():
    """The same order in Russian: a chapter's heading wrapped over indented paragraphs, the second opening with a
    bracket ("3. Порядок рассмотрения рапортов" / "(заявлений) сотрудников и пенсионеров" / …), over points 3.1 …: one
    heading, no paragraph of the chapter."""
    text = ("# Положение\n\nприказываю:\n\n1. Утвердить Положение (приложение N 1).\n\nИ.О. Министра\n\n```\n"
            "Приложение к приказу\nМВД Республики Казахстан\nот 27 сентября 1995 г. N 237\n```\n\nПоложение\n\n"
            "2\\. Порядок учета лиц, изъявивших желание\n\nприобрести автомототранспортное средство\n\n"
            "2.1. Лица подают рапорт <*> .\n\n> *Сноска. Далее по тексту - орган внутренних дел*\n\n2.2. Учет лиц осуществляется жилищно-бытовой комиссией органа внутренних дел.\n\n"
            "3. Порядок рассмотрения рапортов\n\n   (заявлений) сотрудников и пенсионеров\n\n   органов внутренних "
            "дел, изъявивших желание\n\n   приобрести автомототранспортное средство\n\n3.1. Автомототранспортные "
            "средства реализуются сотрудникам.\n")
    d = doc_meta(text, "rus.md", "237", "1995-09-27", "103003000000")
    chapter = next(u for u in d.units if u.path == (("appendix", "1"), ("chapter", "3")))
    assert chapter.heading.startswith("Порядок рассмотрения рапортов (заявлений) сотрудников и пенсионеров")
    assert not any(u.path[-1][0] == "textparagraph" for u in d.units if u.path[:2] == chapter.path)


def test_an_older_order_s_own_title_printed_over_its_preamble_is_no_preamble():
    """Ministry of Internal Affairs, 1994 (order № 319): under the portal's heading the order prints its own title in
    short lines ("Об утверждении" / "Инструкции о порядке рассмотрения предложений, …"), then its preamble ("В
    соответствии с Указом … приказываю:"): the title is the act's title as printed, the preamble starts with its own
    words (the title's lines had been the preamble's first)."""
    text = ("# Инструкция о порядке рассмотрения предложений, заявлений, жалоб граждан\n\nОб утверждении\n\n"
            "Инструкции о порядке\n\nрассмотрения предложений,\n\nзаявлений, жалоб граждан\n\nВ соответствии с "
            "Указом Президента Республики Казахстан N 1952 от 26 октября 1994 года \"О порядке рассмотрения предложений, "
            "заявлений и жалоб граждан\", приказываю:\n\n1. Утвердить прилагаемую Инструкцию (приложение N 1).\n\n"
            "Министр\n\nгенерал-лейтенант\n")
    d = doc_meta(text, "rus.md", "319", "1994-12-14", "103003000000")
    units = {u.path: u.text for u in d.units}
    assert units[(("title", ""),)] == "Об утверждении Инструкции о порядке рассмотрения предложений, заявлений, жалоб граждан"
    assert units[(("preamble", ""),)].startswith("В соответствии с Указом Президента")
    assert not d.unparsed


def test_a_kazakh_day_with_no_word_for_its_year_and_a_title_opening_with_another():
    """Almaty region's akim, 1999 (decision № 8-220а): the preamble names the decree it carries out by a day with no
    word for the year, the day after the month with its suffix ("1998 қарашаның 16-ғы"), and by a title that opens with
    the title of the programme it approved, two quotes together ('""Халық денсаулығы" Мемлекеттік бағдарламасы
    туралы" № 4153 Жарлығын'): the decree of 16 November 1998 (no day had been read, and no act)."""
    text = ("# \"Салауатты өмір салты\" облыстық кешенді Бағдарламасын бекіту туралы\n\nҚазақстан Республикасы "
            "Президентінің 1998 қарашаның 16-ғы \"\"Халық денсаулығы\" Мемлекеттік бағдарламасы туралы\" № 4153 "
            "Жарлығын орындау мақсатында, облыс Әкімі ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. \"Салауатты өмір салты\" облыстық "
            "кешенді Бағдарламасы (№ 1 қосымша) бекітілсін.\n\n**Облыс Әкімі**\n\n**З. Нұрқаділов**\n")
    d = doc_meta(text, "kaz.md", "8-220а", "1999-08-03", "154000000003")
    assert [(r.number, r.date, r.kind, r.issuer.en) for r, _ in d.act.based_on] == [
        ("4153", "1998-11-16", "decree", "President")]


def test_an_approval_beside_the_stamp_dated_the_act_s_own_day():
    """Ministry of Internal Affairs, 2002 (order № 536): the approval and the stamp printed side by side, their
    columns merged line by line, the approval given the day the order was signed ("Согласовано Утверждена" / "Министр
    здравоохранения приказом Министра внутренних дел" / … / "от 8 августа 2002 г. от 8 августа 2002 года N 536"):
    the day is the approval's too (it had been taken for the stamp's alone, the approval undated)."""
    text = ("# Об организации медицинской помощи в МВД Республики Казахстан\n\nВ соответствии с постановлением "
            "Правительства Республики Казахстан от 16 января 2002 года N 53 приказываю:\n\n1. Утвердить прилагаемую "
            "Инструкцию об организации медицинской помощи в МВД Республики Казахстан.\n\n2. Контроль за исполнением "
            "настоящего приказа возложить на Медицинское управление.\n\n   И.О. Министра\n\n   Согласовано "
            "Утверждена\n\n   Министр здравоохранения приказом Министра внутренних дел\n\n   Республики Казахстан "
            "Республики Казахстан\n\n   от 8 августа 2002 г. от 8 августа 2002 года N 536\n\n   ## Инструкция об "
            "организации медицинской помощи в Министерстве внутренних дел Республики Казахстан\n\n## 1. Общие "
            "положения\n\n1. Работа медицинских организаций органов внутренних дел организуется по Инструкции.\n")
    d = doc_meta(text, "rus.md", "536", "2002-08-08", "103003000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Ministry of Health", "2002-08-08")]


def test_a_range_of_points_kept_as_the_record_of_their_deletion():
    """Ministry of Internal Affairs, 2007 (order № 180), its rules as in force: ten points kept as one line that
    records their deletion, the range written as two numbers ("6\\. - 15. (алынып тасталды - Қазақстан Республикасы
    Ішкі істер министрінің 2008.04.23 N 149 … Бұйрығымен)"): each of points 6 to 15 deleted by order 149 (the line
    had been point 6's text, no deletion recorded)."""
    text = ("# Ережесін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған ереже бекітілсін.\n\n*Министр*\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2007 жылғы 28 сәуірдегі*  \n"
            "> *N 180 бұйрығымен бекітілген*\n\n## Алғашқы арнайы оқудан өту ережесі\n\n"
            "5. Үміткердің өзімен бірге жеке куәлігі болуы тиіс.\n\n6\\. - 15. (алынып тасталды - Қазақстан "
            "Республикасы Ішкі істер министрінің 2008.04.23 N 149 (қолданысқа енгізілу тәртібін 3-тармақтан қараңыз) "
            "Бұйрығымен)\n\n16\\. Оқу процесі үлгі оқу жоспарларына сәйкес жүргізіледі.\n")
    d = doc_meta(text, "kaz.md", "180", "2007-04-28", "103003000000")
    gone = [(a.path[-1][1], a.amending.number, a.amending.date) for a in d.amendments if a.effect == "Deletion"]
    assert gone == [(str(n), "149", "2008-04-23") for n in range(6, 16)]
    assert not next(u for u in d.units if u.path[-1] == ("point", "6")).text


def test_a_quoted_label_is_no_word_an_instruction_replaces():
    # Ministry of Finance, 1997 (order № 322): 'в подпункте "д" слова "денежные средства" заменить словом "деньги"'
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждены приказом Председателя налогового комитета Министерства финансов Республики "
                                  "Казахстан от 30 сентября 1997 г. N 322.", "approved_by": ["103002000000"]}, "meta.yaml")
    text = ("# Изменения и дополнения к Инструкции N 40 \"О порядке исчисления и уплаты подоходного налога с физических "
            "лиц\"\n\n2. В главе III:\n\n```\nВ пункте 15:\n- в подпункте \"д\" слова \"денежные средства\" заменить словом\n"
            "\"деньги\";\n```\n")
    d = parse_text(text, "rus.md", meta=meta)
    (a,) = d.amendments
    assert (a.effect, a.path, a.old_words, a.new_words) == (
        "WordReplacement", (("chapter", "3"), ("point", "15"), ("subpoint", "д")), "денежные средства", "деньги")


@pytest.mark.parametrize("instruction, effect, old", [
    # an order given anew as a whole, or words changed throughout it: the act is the target, no unit of it (these once
    # failed the whole document)
    ("приказ изложить в новой редакции согласно приложению к настоящему приказу.", "Substitution", None),
    ('по всему тексту приказа слово "и" исключить.', "Deletion", "и"),
])
def test_an_instruction_on_the_whole_act_has_the_act_as_its_target(instruction, effect, old):
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 25 июня 1999 года № 323.", "103002000000")
    d = parse_text("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Внести в приказ Министра финансов Республики Казахстан от 24 июня 1998 года "
                   f"№ 288 следующие изменения:\n\n{instruction}\n", "rus.md", meta=meta)
    (a,) = d.amendments
    assert (a.effect, a.path, a.old_words, a.target_act.number) == (effect, (), old, "288")
    assert all(u.path for u in d.units)


def _instruction_40():
    """The requisites of the Ministry of Finance's Instruction N 40 (approved by order N 153 of 1995)."""
    return _requisites("Утверждена приказом Министерства финансов Республики Казахстан от 22 июня 1995 г. N 153.",
                       "103002000000")


def test_a_list_of_records_throughout_the_text_under_its_own_line():
    # Ministry of Finance, Instruction N 40 of 1995 as consolidated: "По всему тексту:" opens the records of words
    # replaced throughout it, their quotations nested in one mark; the amending ministry named by its abbreviation
    # ("МГД РК", "Мингосдоходов РК", "Министра госдоходов РК"), the Ministry of State Revenues
    meta = _instruction_40()
    text = ("# Инструкция N 40 о порядке исчисления и уплаты подоходного налога с физических лиц\n\nПо всему тексту:\n\n"
            "слова \"Указ Президента Республики Казахстан, имеющий силу Закона, \"О налогах и других обязательных платежах "
            "в бюджет\" заменены словами \"Закон Республики Казахстан \"О налогах и других обязательных платежах в "
            "бюджет\";\n\nслова \"Указ\", \"Указа\", \"Указом\", \"Указе\", \"Указу\" заменены соответственно словами "
            "\"Закон\", \"Закона\", \"Законом\", \"Законе\", \"Закону\" согласно приказу МГД РК от 4.08.99г. № 929 "
            "V990890_ .\n\n## Глава I Общие положения\n\n1. Инструкция разработана на основании Закона.\n\n"
            "6. Плательщиками подоходного налога являются физические лица. <*>\n\n   > *Сноска. Пункт 6 - с изменениями и "
            "дополнениями, внесенными приказом Мингосдоходов РК от 5.05.1999г. N 457 V990778_ ; приказом Министра госдоходов "
            "РК от 22 декабря 1999 г. N 1573 V991039_ .*\n")
    d = parse_text(text, "rus.md", meta=meta)
    events = [(a.effect, a.path, a.amending.number, a.amending.issuer.en, a.loc.line) for a in d.amendments]
    # (the instruction, published alone under order 153's requisites, is that order's appendix 1)
    assert events == [("WordReplacement", APP, "929", "Ministry of State Revenues", 3),
                      ("Modification", APP + (("chapter", "1"), ("point", "6")), "457", "Ministry of State Revenues", 15),
                      ("Modification", APP + (("chapter", "1"), ("point", "6")), "1573", "Ministry of State Revenues", 15)]
    assert not d.unparsed


def test_a_note_on_a_lettered_sub_point():
    # Instruction N 40 of 1995: "Сноска. Подпункт е) пункта 14 - с изменениями, внесенными приказом …", its sub-points
    # lettered ("а) …", "е) …"), a list numbered inside a point ("ПРИМЕРЫ: 1.Организация …" / "2. Организация …") its
    # text, not points going back
    meta = _instruction_40()
    text = ("# Инструкция N 40 о порядке исчисления и уплаты подоходного налога с физических лиц\n\n## Глава I Общие "
            "положения\n\n1. Инструкция разработана на основании Закона.\n\n2. Если международными договорами установлены "
            "иные правила, то применяются правила международных договоров.\n\n## Глава III Совокупный "
            "годовой доход\n\n14\\. К доходам, получаемым в виде оплаты труда, также относятся:\n\nа) отрицательная разница "
            "между стоимостью услуг или товаров.\n\nПРИМЕРЫ: 1.Организация закупила сахар по цене 1800 тенге за мешок.\n\n"
            "2\\. Организация произвела ремонт квартиры своему работнику.\n\nе) суммы других видов расходов работодателя."
            "\n\nК таким доходам можно "
            "отнести стоимость проездных билетов. <*>\n\n> *Сноска. Подпункт е) пункта 14 - с изменениями, внесенными "
            "приказом Налогового комитета Минфина РК от 30.09.1997г. N 322.*\n")
    d = parse_text(text, "rus.md", meta=meta)
    (a,) = d.amendments
    e = APP + (("chapter", "3"), ("point", "14"), ("subpoint", "е"))  # "Глава III …": a chapter, its number in Roman
    assert (a.effect, a.path, a.amending.number) == ("Modification", e, "322")
    assert {e, e[:3] + (("subpoint", "а"),)} <= {u.path for u in d.units}
    assert not any(u.path[-1] == ("point", "2") and u.path[1:2] == (("chapter", "3"),) for u in d.units)


def test_a_note_that_names_nothing_is_about_the_point_it_stands_under():
    # Instruction N 36 of 1995 on excises, in Kazakh: "Ескерту: Өзгертілді - ҚР Мемлекеттік кіріс министрлігінің" /
    # "1999 жылғы 9 тамыздағы N 929 бұйрығымен." under point 1; a note naming the instruction stays the act's
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Главная налоговая инспекция Министерства финансов Республики Казахстан от 27 июня "
                                  "1995 г. N 36.", "approved_by": ["103002000000"]}, "meta.yaml")
    text = ("# Акциздердi есептеу және төлеу тәртiбi туралы Нұсқаулық\n\nI. Белгiленген акциздер\n\n"
            "1. Акциз өнiмнен алынатын жанама салық болып табылады және сату құны қосылады. <*>\n\n"
            "   > *Ескерту: Өзгертілді - ҚР Мемлекеттік кіріс министрлігінің*\n\n"
            "   1999 жылғы 9 тамыздағы N 929 бұйрығымен. V990947_\n\n"
            "2. Қатысушысы Қазақстан Республикасы болып табылатын халықаралық шарттарда көзделген реттерді қоспағанда "
            "акциздер салынбайды.\n\n> *Ескерту. Нұсқаулық өзгертілді - ҚР Мемлекеттік кіріс министрлігінің 2000 жылғы "
            "1 ақпандағы N 71 бұйрығымен.*\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(a.amending.number, a.path) for a in d.amendments] == [
        ("929", (("chapter", "1"), ("point", "1"))), ("71", ())]


def test_an_older_note_worded_as_an_instruction_and_its_day_on_the_next_line():
    # Ministry of Finance, 1998 (order N 217), in Kazakh: a note in the fence of the instruction's title worded with the
    # instruction's verb ("… деген сөздермен ауыстырылсын - ҚР Қаржы министрлігінің"), its act's day and number on the
    # next line ("1999.05.25. N 239", no decimal point of the text)
    meta = _requisites("Приказ Министерства финансов Республики Казахстан от 15 мая 1998 года N 217.", "103002000000")
    text = ("# Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық көлемі мен нысандары туралы Нұсқаулық\n\n"
            "1. Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық\n\n```\nкөлемі мен нысандары туралы "
            "нұсқаулық бекітілсін.\nБірінші\nвице-министр\nҚазақстан Республикасы\nҚаржы министрлігі\nБҰЙРЫҚ\n"
            "15.05. 98 г. N 217\nМемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық,\nтоқсандық көлемі мен нысандары "
            "туралы\nНұсқаулық\n<*>\nЕскерту. Нұсқаулықтың атауындағы, бұдан әрі мәтін бойынша және\nқосымшалардағы "
            "барлық септеулерде көпше түрде де, сол сияқты\nжеке түрде де пайдаланылатын \"бюджеттік ұйымдар\", "
            "\"ұйымдар\"\nдеген сөздер тиісінше ауыстырылатын сөздердің септелуімен\nкөпше және жекеше түрде "
            "\"мемлекеттік мекемелер\" деген\nсөздермен ауыстырылсын - ҚР Қаржы министрлігінің\n1999.05.25. N 239\n\n"
            "V990816_\n\nбұйрығымен.\n```\n\n1.1. Осы Нұсқаулықпен бухгалтерлік есептің жылдық, тоқсандық нысандарының "
            "көлемі белгіленеді.\n")
    d = parse_text(text, "kaz.md", meta=meta)
    events = [(a.effect, a.amending.number, a.amending.date, a.old_words, a.new_words) for a in d.amendments]
    # (the two words listed, each replaced by the one new: "бюджеттік ұйымдар", "ұйымдар" → "мемлекеттік мекемелер")
    assert events == [("WordReplacement", "239", "1999-05-25", "бюджеттік ұйымдар", "мемлекеттік мекемелер"),
                      ("WordReplacement", "239", "1999-05-25", "ұйымдар", "мемлекеттік мекемелер")]
    assert not d.unparsed
    assert not any(step[1].startswith("1999") for u in d.units for step in u.path)


def test_kazakh_list_of_changes_lettered_point_and_quoted_label_first():
    # the Kazakh list of changes of 1997 to Instruction N 40: a point inserted earlier and numbered with a letter ("46а
    # тармағы"); words added, quoted before the verb, then the next instruction opening with a quoted label ('"в"
    # тармақшасында …'), which is no new text of the first
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждены приказом Председателя налогового комитета Министерства финансов Республики "
                                  "Казахстан от 30 сентября 1997 г. N 322.", "title": {"kaz": "Өзгерiстер мен толықтырулар"},
                     "approved_by": ["103002000000"]}, "meta.yaml")
    text = ("# Өзгерiстер мен толықтырулар\n\nЗаңдарына сәйкес \"Жеке тұлғалардан алынатын табыс салықтарын есептеу мен "
            "төлеудiң тәртiбi туралы\" N 40 нұсқаулыққа\n\nӨзгерiстер мен толықтырулар\n\n4. V тарау:\n\n"
            "   - 46а тармағы \"мемлекеттiк (ұлттық) лоторея жөнiндегi ұтыстардан басқа\" деген сөздермен толықтырылсын;\n\n"
            "5. IХ тарауда:\n\n```\n71-тармақта:\n- \"табыс\" деген сөзден соң \"және табыстар мен мүлiк туралы\n"
            "мәлiметтер\" деген сөздермен толықтырылсын;\n- \"в\" тармақшасында \"ақшалай жылдар\" деген сөздер \"ақша\" "
            "деген сөзбен\nауыстырылсын.\n```\n")
    d = parse_text(text, "kaz.md", meta=meta)
    got = [(a.effect, a.path, a.new_text, a.old_words, a.new_words) for a in d.amendments]
    assert got == [
        ("Insertion", (("chapter", "5"), ("point", "46а")), "мемлекеттік (ұлттық) лоторея жөніндегі ұтыстардан басқа",
         None, None),
        ("Insertion", (("chapter", "9"), ("point", "71")), "және табыстар мен мүлік туралы мәліметтер", None, None),
        ("WordReplacement", (("chapter", "9"), ("point", "71"), ("subpoint", "в")), None, "ақшалай жылдар", "ақша")]
    assert not d.unparsed and not d.instructions_failed


def test_notarial_instruction_of_1998_sections_with_no_title_and_words_replaced_respectively():
    # Ministry of Justice, 1998 (order N 539), in Kazakh: a section with no title of its own before its chapter's
    # heading ("### 2-БӨЛІМ 2-ТАРАУ. НОТАРИАТТЫҚ …"); a record of words replaced throughout, "бойына" so spelled, word
    # for word ("тиісінше": a replacement of each), with no note's word; a note naming an order numbered with a letter
    # ("N 527-к")
    meta = _requisites("Утверждена приказом Министра юстиции Республики Казахстан от 28 июля 1998 года N 539.", "103001000000")
    text = ("# Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *1998 жылғы 28 шілдедегі*  \n> *N 539 бұйрығымен*  \n"
            "> *бекітілді*\n\n## Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "Барлық мәтін бойына \"келісім-шарттары\", \"келісім-шарттың\", \"келісім-шарт\" деген сөздер тиісінше "
            "\"шарттары\", \"шарттың\", \"шарт\" деген сөздермен ауыстырылды - ҚР Әділет министрлігінің 2006.01.16 N 13 "
            "бұйрығымен .\n\n### 1-БӨЛІМ 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n1. Осы Нұсқаулық нотариаттық іс-әрекеттер жасау "
            "тәртібін белгілейді.\n\n### 2-БӨЛІМ 2-ТАРАУ. НОТАРИАТТЫҚ ІС-ӘРЕКЕТТЕРДІ ЖАСАУДЫҢ НЕГІЗГІ ЕРЕЖЕЛЕРІ\n\n"
            "9. Нотариаттық іс-әрекеттер нотариаттық кеңсенің үй-жайында жасалуы мүмкін.\n\n   > *Ескерту: 9-тармаққа "
            "өзгерту енгізілді - ҚР Әділет министрінің 2000.11.20 N 527-к, 2010.09.30 N 271 бұйрықтарымен.*\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(a.effect, a.amending.number, a.path, a.old_words, a.new_words) for a in d.amendments] == [
        ("WordReplacement", "13", APP, "келісім-шарттары", "шарттары"),
        ("WordReplacement", "13", APP, "келісім-шарттың", "шарттың"),
        ("WordReplacement", "13", APP, "келісім-шарт", "шарт"),
        ("Modification", "527-К", APP + (("section", "2"), ("chapter", "2"), ("point", "9")), None, None),
        ("Modification", "271", APP + (("section", "2"), ("chapter", "2"), ("point", "9")), None, None)]
    assert {("section", "1"), ("section", "2")} <= {u.path[1] for u in d.units if len(u.path) > 1}
    assert not d.unparsed and not any(u.text == "2-БӨЛІМ" for u in d.units)


def test_a_note_deleting_a_span_of_points_named_with_a_plural_word():
    # Ministry of Internal Affairs, 1999 (order N 587), in Kazakh: "10-24. <*>" / "Ескерту: 10-24-тармақтар алынып
    # тасталынды - ҚР Ішкі істер министрінің … N 775 бұйрығымен": points 10 to 24 deleted; "9-1-тармақпен" is one point
    text = ("# Тәртiбiн бекiту туралы\n\nБұйырамын :\n\n1. Тәртiбi бекiтiлсiн (1-қосымша).\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкi iстер министрлігінің*  \n> *1999 жылғы 22 қарашадағы*  \n"
            "> *N 587 бұйрығына*  \n> *1-қосымша*\n\n## Мемлекеттiк техникалық байқауды жүргізудің тәртібі\n\n"
            "9-1. Транспорт құралдарының техникалық жағдайын диагностикалау.\n\n> *Ескерту: 9-1-тармақпен толықтырылды - "
            "Ішкі істер министрінің 2003 жылғы 13 желтоқсандағы N 722 бұйрығымен .*\n\n10-24. <*>\n\n> *Ескерту: "
            "10-24-тармақтар алынып тасталынды - ҚР Ішкі істер министрінің 2002 жылғы 10 желтоқсандағы N 775 бұйрығымен .*\n")
    d = doc_meta(text, "kaz.md", "587", "1999-11-22", "103003000000")
    events = [(a.effect, a.amending.number, a.path[-1]) for a in d.amendments]
    assert events[0] == ("Insertion", "722", ("point", "9-1"))
    assert events[1:] == [("Deletion", "775", ("point", str(n))) for n in range(10, 25)]


def test_points_deleted_in_a_chapter_and_a_point_kept_as_its_history():
    # the same order: points 10 to 24, kept as one line under chapter 2, are points of chapter 2; point 25 is only the
    # record of its history, changed by one order and deleted by another, an event of each
    text = ("# Тәртiбiн бекiту туралы\n\nБұйырамын :\n\n1. Тәртiбi бекiтiлсiн (1-қосымша).\n\n"
            "> *Қазақстан Республикасы*  \n> *Ішкi iстер министрлігінің*  \n> *1999 жылғы 22 қарашадағы*  \n"
            "> *N 587 бұйрығына*  \n> *1-қосымша*\n\n## Мемлекеттiк техникалық байқауды жүргізудің тәртібі\n\n"
            "## 2. Заңды тұлғалар мен жеке кәсiпкерлердiң техникалық байқауды жүргiзуге қатысуының тәртiбi\n\n"
            "9. Техника құралдарының техникалық жағдайын диагностикалауды заңды тұлғалар жүзеге асырады.\n\n"
            "10-24. <*>\n\n> *Ескерту: 10-24-тармақтар алынып тасталынды - ҚР Ішкі істер министрінің 2002 жылғы 10 "
            "желтоқсандағы N 775 бұйрығымен .*\n\n## 3. Техникалық байқауды ұйымдастыру жөнiндегi шаралар\n\n"
            "25. Тармақ өзгертілді - ҚР Ішкі істер министрінің 2001 жылғы 12 қараша N 787 бұйрығымен , тармақ алынып "
            "тасталынды - 2002 жылғы 10 желтоқсандағы N 775 бұйрығымен .\n\n"
            "26. Жол полициясы жыл сайын 1 желтоқсанға дейiн техникалық байқаудың кестесiн жасайды.\n")
    d = doc_meta(text, "kaz.md", "587", "1999-11-22", "103003000000")
    events = [(a.effect, a.amending.number, a.path[1:]) for a in d.amendments]
    assert events[:15] == [("Deletion", "775", (("chapter", "2"), ("point", str(n)))) for n in range(10, 25)]
    assert events[15:] == [("Modification", "787", (("chapter", "3"), ("point", "25"))),
                           ("Deletion", "775", (("chapter", "3"), ("point", "25")))]
    assert next(u.text for u in d.units if u.path[1:] == (("chapter", "3"), ("point", "25"))) is None
    assert not [u for u in d.units if u.path[-1] == ("point", "10-24")]  # the span's line is no point of its own
    assert not d.unparsed


def test_two_agreements_side_by_side_above_the_preamble():
    """An order of the Ministry of Finance (2002, N 323) opens with two agreements side by side, under the title and
    above the preamble, the two words with no quotes ("Согласовано Согласовано" / "Вице-Министр иностранных Министр
    государственных" / "дел Республики Казахстан доходов Республики Казахстан" / "9 июля 2002 года"): the two bodies
    agree (the words had been read as one approval by a body named "Согласовано", the columns as the preamble's)."""
    text = ("# Об уплате некоторых обязательных платежей в бюджет наличными деньгами\n\nСогласовано Согласовано\n\n"
            "Вице-Министр иностранных Министр государственных\n\nдел Республики Казахстан доходов Республики Казахстан"
            "\n\n9 июля 2002 года\n\nВ целях реализации Кодекса Республики Казахстан \"О налогах и других обязательных "
            "платежах в бюджет\" (Налоговый Кодекс) приказываю:\n\n1. Утвердить прилагаемую форму бланка строгой "
            "отчетности. <*>\n\n   > *Сноска. Пункт 1 с изменениями - приказом Министра финансов Республики Казахстан от "
            "6 февраля 2003 года N 46.*\n\n*Министр*\n")
    d = doc_meta(text, "rus.md", "323", "2002-07-15", "103002000000")
    assert [(a.org.en, a.text) for a in d.approvals] == [
        ("Ministry of Foreign Affairs", "Вице-Министр иностранных дел Республики Казахстан"),
        ("Ministry of State Revenues", "Министр государственных доходов Республики Казахстан")]
    assert next(u.text for u in d.units if u.path == (("preamble", ""),)).startswith("В целях реализации")
    assert not d.unparsed


def test_two_agreements_printed_side_by_side():
    # Ministry of Internal Affairs, 2003 (order N 111): two pairs of agreements whose columns the portal merged line by
    # line; each column names its body, the first pair its two days on one line, the second one day under the column
    # that runs a line longer
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1. Утвердить Инструкцию.\n\n6. Настоящий приказ вводится в "
            "действие со дня государственной регистрации в Министерстве юстиции Республики Казахстан.\n\n*Министр*\n\n"
            "\"Согласовано\" \"Согласовано\"\n\nПредседатель Комитета Министр обороны\n\nНациональной безопасности "
            "Республики Казахстан\n\nРеспублики Казахстан\n\n11 марта 2003 г. 27 марта 2003 г.\n\n"
            "\"Согласовано\" \"Согласовано\"\n\nМинистр здравоохранения Председатель Агентства\n\nРеспублики Казахстан "
            "Республики Казахстан\n\nпо чрезвычайным ситуациям\n\n19 марта 2003 года\n\n> *Утверждена*  \n"
            "> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 1 марта 2003 г. N 111*\n\n"
            "## Инструкция о работе органов внутренних дел\n\n1. Настоящая Инструкция определяет задачи.\n")
    d = doc_meta(text, "rus.md", "111", "2003-03-01", "103003000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [
        ("National Security Committee", "2003-03-11"), ("Ministry of Defence", "2003-03-27"),
        ("Ministry of Health", None), ("Agency for Emergency Situations", "2003-03-19")]  # (the Kazakh text's days)
    assert [a.text for a in d.approvals][:2] == ["Председатель Комитета Национальной безопасности Республики Казахстан",
                                                 "Министр обороны Республики Казахстан"]
    assert not d.unparsed


def test_standards_of_public_services_with_their_own_appendices():
    # Ministry of Internal Affairs, 2007 (order N 362): the portal's "Оглавление" (table of contents) over the title and
    # under the signature; the standard's appendix stamped "Приложение 1" / "к Стандарту оказания государственной
    # услуги …" / "утвержденному приказом …" is the standard's, not the order's; the addresses it lists, in capitals
    # under a heading, are its text, not its title
    text = ("## Оглавление\n\n1. \" Выдача гражданам водительских удостоверений\";\n\n"
            "# Об утверждении стандартов оказания государственных услуг\n\nВ целях реализации статьи 9-1 Закона "
            "Республики Казахстан \"Об административных процедурах\", ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые стандарты "
            "оказания государственных услуг:\n\n   1) \"Выдача гражданам водительских удостоверений\".\n\n"
            "5. Настоящий приказ вводится в действие со дня официального опубликования.\n\n*Министр*\n\nОглавление\n\n"
            "> *Утвержден*  \n> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 4 сентября 2007 года N 362*\n\n## СТАНДАРТ оказания государственной услуги \"Выдача гражданам "
            "водительских удостоверений\"\n\n## 1. Общие положения\n\n1. Данный стандарт определяет порядок оказания "
            "государственной услуги.\n\n> *Приложение 1*  \n> *к Стандарту оказания государственной*  \n"
            "> *услуги \"Выдача гражданам водительских*  \n> *удостоверений\" утвержденному приказом*  \n"
            "> *Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 4 сентября 2007 года N 362*\n\n"
            "## г. Астана\n\nРЭО УДП ДВД г. Астана, Алматинский район, ул. Промзона 35, тел. 35-29-46, 28-05-24, "
            "28-05-94\n\nРП г. Астана, Алматинский район, ул. Манаса 18, тел. 37-59-46\n")
    d = doc_meta(text, "rus.md", "362", "2007-09-04", "103003000000")
    a1 = ("appendix", "1")
    by_path = {u.path: u for u in d.units}
    assert (a1, ("chapter", "1"), ("point", "1")) in by_path and (a1, a1) in by_path
    assert by_path[(a1, a1)].heading == "г. Астана"
    assert [by_path[(a1, a1, ("textparagraph", str(k)))].text[:12] for k in (1, 2)] == ["РЭО УДП ДВД ", "РП г. Астана"]
    assert d.coverage == 1.0 and not any("Оглавление" in (u.text or "") for u in d.units)


@pytest.mark.parametrize("note", [
    "Сноска. Наименование Инструкции в редакции приказа Министра юстиции РК от 20.11.2000 N 527-к.",
    "Ескерту: Нұсқаулықтың атауы жаңа редакцияда жазылды - ҚР Әділет министрлігінің 2000.11.20 N 527-к бұйрығымен ;",
], ids=["ru", "kk"])
def test_a_note_on_the_title_of_the_instruction_rewrites_its_title_not_its_text(note):
    # Ministry of Justice, the notarial Instruction of 1998 (order N 539) as consolidated: the note under its title
    # names the Instruction's title ("Наименование Инструкции", "Нұсқаулықтың атауы"), which order 527-к rewrote
    text = ("# Инструкция о порядке совершения нотариальных действий\n\n> *" + note + "*\n\n"
            "## Раздел 1. Общие положения\n\n1. Настоящая Инструкция определяет порядок.\n")
    d = parse_text(text, "rus.md", meta=_requisites(
        "Утверждена приказом Министра юстиции Республики Казахстан от 28 июля 1998 года N 539.", "103001000000"))
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments] == [
        ("Substitution", "527-К", (("title", ""),))]


@pytest.mark.parametrize("lang, record", [
    ("ru", "Исключена приказом Заместителя Премьер-Министра - Министра финансов РК от 27.06.2022 № 630 (вводится в "
           "действие по истечении десяти календарных дней после дня его первого официального опубликования)"),
    ("kk", "Алып тасталды - ҚР Премьер-Министрінің орынбасары - Қаржы министрінің 27.06.2022 № 630 (алғаш ресми "
           "жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен"),
])
def test_a_table_row_kept_as_the_record_of_its_deletion(lang, record):
    # Ministry of Finance, the codes of the state revenue bodies (order № 159 of 2018): a row of the codes' table whose
    # cells merged into the record of its deletion ("48" / "Исключена приказом … № 630 (…)") is that row deleted, a
    # kzl:TableRow of the table; the rows in force stay the table's text
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = ("# Т\n\n" + ("ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые коды.\n\n**Министр финансов**\n\n> *Утверждены приказом*  \n"
                        "> *Министра финансов*  \n> *Республики Казахстан*  \n> *от 12 февраля 2018 года*  \n> *№ 159*"
                        if lang == "ru" else
                        "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған кодтар бекітілсін.\n\n**Қаржы министрі**\n\n"
                        "> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2018 жылғы 12 ақпандағы*  \n"
                        "> *№ 159 бұйрығымен*  \n> *бекітілген*")
            + "\n\n## Коды\n\n<table>\n<tr>\n<td>47-1</td>\n<td>УГД по городу Алатау</td>\n<td>0925</td>\n</tr>\n"
            "<tr>\n<td>48</td>\n<td colspan=\"2\">" + record + "</td>\n</tr>\n<tr>\n<td>83</td>\n<td>УГД по району "
            "Самар</td>\n<td>1824</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md" if lang == "ru" else "kaz.md", "159", "2018-02-12", "103002000000")
    (ev,) = d.amendments
    row = (("appendix", "1"), ("table", "1"), ("tablerow", "48"))
    assert (ev.effect, ev.amending.number, ev.amending.date, ev.path) == ("Deletion", "630", "2022-06-27", row)
    table = next(u.text for u in d.units if u.path == row[:2])
    assert "47-1 | УГД по городу Алатау" in table and "630" not in table and not d.unparsed
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    assert {q.object.value.rsplit("#", 1)[-1] for q in quads
            if q.subject.value.endswith("/tbl/1/tr/48") and q.predicate.value.endswith("#type")} == {
        "TableRow", "LegalResourceSubdivision"}


def test_a_point_wrapped_at_a_fixed_width_is_one_paragraph():
    # Ministry of Justice, the model forms of a bailiff's resolutions (order № 127 of 2013): a form's point whose lines,
    # wrapped at a fixed width, each came as a paragraph ("7. Постановление … подлежит обязательному" / "исполнению и
    # может быть обжаловано, …" / …) is one paragraph, no parts; a point of two sentences keeps its two parts
    text = ("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Типовые формы согласно приложениям 1-50 к настоящему приказу.\n\n**Министр**\n\n"
            "> *Приложение 1*  \n> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n"
            "> *от 19 апреля 2013 года № 127*\n\n> *Форма*\n\n## ПОСТАНОВЛЕНИЕ о возбуждении исполнительного производства\n\n"
            "## ПОСТАНОВИЛ:\n\n6. О принятом решении сообщить сторонам исполнительного\n\n   производства, их "
            "представителям.\n\n7. Постановление судебного исполнителя подлежит обязательному\n\nисполнению и может быть "
            "обжаловано, опротестовано в суд в течение\n\nдесяти рабочих дней в соответствии с гражданским процессуальным"
            "\n\nзаконодательством Республики Казахстан.\n\n8. Предупредить должника об ответственности.\n\n"
            "   Разъяснить взыскателю его права.\n")
    d = doc_meta(text, "rus.md", "127", "2013-04-19", "103001000000")
    a1 = ("appendix", "1")
    parts = {u.path[-2][1]: u.text for u in d.units if u.path[-1][0] == "part"}
    assert set(parts) == {"8"} and [u.text for u in d.units if u.path == (a1, ("point", "8"), ("part", "2"))] == [
        "Разъяснить взыскателю его права."]
    assert next(u.text for u in d.units if u.path == (a1, ("point", "7"))).startswith(
        "Постановление судебного исполнителя подлежит обязательному\nисполнению")


def test_an_agreement_in_italic_paragraphs_and_the_body_it_names():
    # Ministry of Finance, 2010 (order № 52): an agreement in italic paragraphs, not a blockquote ('"СОГЛАСОВАНО"' /
    # "*Агентство Республики Казахстан*" / "*по регулированию и надзору*" / … / "*____________ Бахмутова Е.Л.*" /
    # "*26 января 2010 года*"): the regulator of 2004-2011, its day and the official who signed
    text = ("# Об утверждении Перечня оффшорных зон\n\nПРИКАЗЫВАЮ:\n\n1\\. Утвердить прилагаемый Перечень.\n\n"
            "4\\. Настоящий приказ вводится в действие со дня его официального опубликования.\n\n*И.о. Министра Р. Даленов*"
            "\n\n\"СОГЛАСОВАНО\"\n\n*Агентство Республики Казахстан*\n\n*по регулированию и надзору*\n\n*финансового рынка и*"
            "\n\n*финансовых организаций*\n\n*____________ Бахмутова Е.Л.*\n\n*26 января 2010 года*\n\n> *Утвержден*  \n"
            "> *приказом Министра финансов*  \n> *Республики Казахстан*  \n> *10 февраля 2010 года № 52*\n\n"
            "## Перечень оффшорных зон\n\n1\\. Княжество Андорра.\n")
    d = doc_meta(text, "rus.md", "52", "2010-02-10", "103002000000")
    (a,) = d.approvals
    assert (a.org.en, a.person, a.date) == (
        "Agency for Regulation and Supervision of the Financial Market and Financial Organisations", "Бахмутова Е.Л.",
        "2010-01-26")
    assert [(s.role, s.name) for s in d.signatories] == [("И.о. Министра", "Р. Даленов")]
    # a body no registry holds is named as written, with one space where the country's name was
    from kg.orgs import canonical

    assert canonical("Агентство Республики Казахстан по регулированию и надзору").ru == "Агентство по регулированию и надзору"


ORDER_1996_PARTIAL_REPEAL = (
    "# О мерах по выполнению Постановления Правительства Республики Казахстан от 30 мая 1996 г. N 665\n\n```\n"
    "В целях улучшения и активизации деятельности\nприемников-распределителей для лиц, не имеющих\n"
    "определенного места жительства, документов\nП Р И К А З Ы В А Ю :\n1. Объявить для руководства и исполнения\n"
    "постановление Правительства Республики Казахстан N\n665 от 30 мая 1996 г.\n"
    "4. Контроль за исполнением приказа возложить\nна ГУАС (Приходько Н.И.) и Штаб (Темирбаев М.Р.)\nМВД РК.\n"
    "5. Считать утратившим силу приказ МВД РК N 230\nот 10.08.94 г. в\nчасти типовой структуры приемника-распределителя\n"
    "ОВД.\nМинистр\n```\n")


def test_a_repeal_of_an_act_in_part_leaves_the_act_in_force():
    """"Считать утратившим силу приказ … N 230 от 10.08.94 г. в части типовой структуры …" (an order of 1996,
    wrapped narrow in a fence): order 230 loses what those words describe, not its force; the date's two-digit
    year is 1994."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    d = doc_meta(ORDER_1996_PARTIAL_REPEAL, "rus.md", "262", "1996-08-12", "103003000000")
    (ev,) = d.amendments
    assert (ev.effect, ev.target_act.number, ev.target_act.date, ev.path) == ("PartialRepeal", "230", "1994-08-10", ())
    assert not d.instructions_failed
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    eli = "http://data.europa.eu/eli/ontology#"
    assert not [q for q in quads if q.predicate.value in (eli + "repeals", eli + "repealed_by")]
    whole = doc_meta(ORDER_1996_PARTIAL_REPEAL.replace(" в\nчасти типовой структуры приемника-распределителя\nОВД.", "."),
                     "rus.md", "262", "1996-08-12", "103003000000")
    assert [(a.effect, a.target_act.number) for a in whole.amendments] == [("Repeal", "230")]


INSTRUCTION_2001_NOTES_KK = (
    "# Нұсқаулықты бекіту туралы\n\nБҰЙЫРАМЫН :\n\n1. Нұсқаулық бекітілсін.\n\n"
    "> *Қазақстан Республикасы*  \n> *Ішкіісминінің*  \n> *2001 жылғы 20 маусымында*  \n> *N 486 бұйрығымен*  \n"
    "> *бекітілген*\n\n## НҰСҚАУЛЫҚ\n\n## 7. Әкімшілік құқық бұзушылық туралы хаттама\n\n"
    "80. Жол полициясының уәкілетті лауазымды адамдары:\n\n    1) хаттаманың көшірмесін тегін беруге;\n\n"
    "       > *Ескерту: 80-тармақ жаңа редакцияда жазылады - ҚР Ішкі істер министрінің 2003 жылғы 29 қыркүйектегі "
    "N 536 бұйрығымен .*\n\n"
    "81. Көрсетілген істерді ресімдеу әкімшілік тәртіппен жүзеге асырылады.\n\n"
    "    > *Ескерту: 1) денсаулыққа жеңіл зиян келтірген ЖҚЕ бұзу туралы істерді ресімдеу Кодекс және осы Нұсқаулықта "
    "көзделген тәртіппен жүргізіледі;*\n\n"
    "       > *Ескерту: 81-тармақтың ескертуі жаңа редакцияда жазылады - ҚР Ішкі істер министрінің 2003 жылғы 29 "
    "қыркүйектегі N 536 бұйрығымен .*\n\n"
    "## 8. Әкімшілік құқық бұзушылық туралы істерді қарау\n\n"
    "86. Әкімшілік құқық бұзушылық туралы істі қарап, ішкі істер органы (лауазымды адам) мынадай:\n\n"
    "    1) әкімшілік жазаны қолдану туралы;\n\n"
    "    4) айыппұл салу туралы қаулыны мәжбүрлік төлеттіру туралы шешім қабылдау үшін сотқа жіберу туралы;\n\n"
    "       > *Ескерту: 86-тармақ ескертумен толықтырылды - ҚР Ішкі істер министрінің 2003 жылғы 29 қыркүйектегі N 536 "
    "бұйрығымен , 4) тармақша жаңа редакцияда жазылды- 2005 жылғы 5 қаңтардағы N 1 бұйрығымен .*\n")


def test_a_note_of_a_unit_s_own_note_and_of_its_sub_point_after_a_comma():
    """Notes of an instruction of 2001: a point's own explanatory note rewritten ("81-тармақтың ескертуі жаңа
    редакцияда жазылады") or added ("86-тармақ ескертумен толықтырылды") changed the point (the Russian text records
    "Пункт 81 с изменениями"), it gave no new wording of it; after a comma the same note names a finer unit of the
    point and the act that rewrote it ("…, 4) тармақша жаңа редакцияда жазылды- 2005 жылғы 5 қаңтардағы N 1
    бұйрығымен"): sub-point 4 of point 86, not the point."""
    d = doc_meta(INSTRUCTION_2001_NOTES_KK, "kaz.md", "486", "2001-06-20", "103003000000")
    got = [(a.effect, a.amending.number, a.path[1:]) for a in d.amendments if a.from_note and a.path]
    c7, c8 = ("chapter", "7"), ("chapter", "8")
    assert got == [("Substitution", "536", (c7, ("point", "80"))), ("Modification", "536", (c7, ("point", "81"))),
                   ("Modification", "536", (c8, ("point", "86"))),
                   ("Substitution", "1", (c8, ("point", "86"), ("subpoint", "4")))]


def test_a_repeal_worded_lost_force_of_rules_approved_by_an_order_with_no_number():
    """"… 1997 жылғы 20 маусымдағы бұйрығымен бекітілген … Ережесі күшін жоғалтты деп танылсын." (an order of 2000): a
    repeal; the regulation is named by the day of the order that approved it, no number: that day's order "б/н" of the
    ministry (the requisites of an act with no number name it so), not an instruction left unread."""
    text = ("# Ақпараттық қызмет көрсету Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қағида бекітілсін.\n\n"
            "2. Қазақстан республикасы Әділет Министрінің 1997 жылғы 20 маусымдағы бұйрығымен бекітілген, Қазақстан "
            "Республикасы Әділет министрлігінің жылжымайтын мүлік жөніндегі Орталықтарымен және филиалдарымен "
            "ақпараттық қызмет көрсету туралы Ережесі күшін жоғалтты деп танылсын.\n\n"
            "3. Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді.\n\n*Министр*\n")
    d = doc_meta(text, "kaz.md", "6", "2000-01-29", "103001000000")
    assert d.instructions_found == 1 and not d.instructions_failed
    assert [(a.effect, a.target_act.number, a.target_act.date) for a in d.amendments] == [("Repeal", "б/н", "1997-06-20")]


RULES_2000_LISTED_EFFECTS_KK = (
    "# Ақпараттық қызмет көрсету Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қағида бекітілсін.\n\n*Министр*\n\n"
    "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2000 жылғы 29 қаңтардағы N 6*  \n"
    "> *бұйрығымен бекітілген*\n\n## ҚАҒИДАСЫ\n\n## 3. Ақпараттық қызмет көрсету түрлері\n\n"
    "16. Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу туралы ақпарат:\n\n"
    "    5) жылжымайтын мүлкінің жоқ (бар) екендігі туралы анықтаманы беру түрінде жүзеге асырылады.\n\n"
    "       > *Ескерту: 16-тармақ толықтырылды, өзгертілді, жаңа редакцияда жазылды - ҚР Әділет министрінің 2001 жылғы "
    "6 желтоқсандағы N 143 бұйрығымен , 2002 жылғы 23 тамыздағы N 125 бұйрығымен , 2004 жылғы 19 наурыздағы N 69 "
    "бұйрығымен , 2004 жылғы 17 мамырдағы N 136 бұйрығымен , 2004 жылғы 7 қыркүйектегі N 256 бұйрығымен .*\n\n"
    "20. Ақпараттық қызметтер нысандарында қамтылған деректер берілген сәтінде жарамды болып табылады.\n\n"
    "    > *Ескерту: 20-тармаққа толықтырылды, жаңа редакцияда жазылды, өзгерту енгізілді - ҚР Әділет министрінің 2001 "
    "жылғы 6 желтоқсандағы N 143 бұйрығымен , 2004 жылғы 19 наурыздағы N 69 бұйрығымен , 2004 жылғы 17 мамырдағы N 136 "
    "бұйрығымен .*\n")


def test_a_kazakh_note_listing_its_effects_then_its_acts_gives_them_in_that_order():
    """A note of 2000's rules lists three effects, then five acts: the first acts made those changes in that order and
    the rest changed the point, as the Russian text of the same rules records ("Пункт 16 в новой редакции - приказом …
    N 69 . Пункт с изменениями, внесенными приказом … N 136 ; … N 256"; "Пункт 20 в новой редакции - … N 69 ; с
    изменениями - … N 136"): not five rewritings of point 16."""
    d = doc_meta(RULES_2000_LISTED_EFFECTS_KK, "kaz.md", "6", "2000-01-29", "103001000000")
    got = {}
    for a in d.amendments:
        if a.from_note and a.path:
            got.setdefault(a.path[-1][1], []).append((a.amending.number, a.effect))
    assert got["16"] == [("143", "Modification"), ("125", "Modification"), ("69", "Substitution"),
                         ("136", "Modification"), ("256", "Modification")]
    assert got["20"] == [("143", "Modification"), ("69", "Substitution"), ("136", "Modification")]


RULES_1998_WRAPPED_POINTS = (
    "# Об утверждении Правил государственной регистрации транспортных средств и прицепов к ним в Республике Казахстан\n\n"
    "(Извлечение из Приказа МВД РК от 12.10.1998 г. N 343)\n\n"
    "В соответствии с Законом Республики Казахстан от 15 июля 1996 года N 29 \"О безопасности дорожного движения\", "
    "приказываю:\n\n1. Утвердить:\n\n   Правила государственной регистрации транспортных средств и прицепов к ним в "
    "Республике Казахстан (Приложения к ним).\n\n"
    "3. Начальникам ГУВД, УВД областей, городов Астана и Алматы обеспечить изучение настоящих Правил. <*>\n\n"
    "   > *Сноска. Пункт 3 - с изменениями, внесенными приказом*\n\n"
    "   Министра внутренних дел РК от 25 марта 2001 года N 249.\n\n"
    "4. Департаменту дорожной полиции во втором полугодии 1998\n\n   года обеспечить издание отдельной брошюрой в "
    "количестве одной\n\n   тысячи экземпляров.\n\n"
    "5. Считать утратившим силу приказ МВД Республики Казахстан от\n\n   24 июня 1996 года N 217.\n\n"
    "6. Контроль за выполнением настоящего Приказа возложить на\n\n   Департамент дорожной полиции МВД Республики "
    "Казахстан.\n\n   *Министр*\n")


def test_a_point_wrapped_into_paragraphs_after_a_preposition_is_one_line():
    """An order of 1998 whose points the portal wrapped at a fixed width, each line a paragraph: a paragraph that ends
    with a preposition goes on in the next ("5. Считать утратившим силу приказ МВД Республики Казахстан от" / "24 июня
    1996 года N 217."), so the repeal is read (it had been an instruction not read, its date on the next line) and the
    point is one paragraph, not two parts."""
    d = doc_meta(RULES_1998_WRAPPED_POINTS, "rus.md", "343", "1998-10-12", "103003000000")
    assert [(a.effect, a.target_act.number, a.target_act.date) for a in d.amendments if not a.from_note] == [
        ("Repeal", "217", "1996-06-24")]
    assert not d.instructions_failed
    units = {u.path: u.text for u in d.units}
    assert units[(("point", "5"),)] == "Считать утратившим силу приказ МВД Республики Казахстан от 24 июня 1996 года N 217."
    assert units[(("point", "6"),)].endswith("возложить на Департамент дорожной полиции МВД Республики Казахстан.")
    assert (("point", "6"), ("part", "1")) not in units
    # (the same text with no markdown of the corpus, a note in a blockquote: read as a plain text, its lines joined so)
    plain = doc_meta(RULES_1998_WRAPPED_POINTS.replace("   > *", "   *"), "rus.md", "343", "1998-10-12", "103003000000")
    assert {u.path: u.text for u in plain.units}[(("point", "6"),)].endswith("возложить на Департамент дорожной "
                                                                           "полиции МВД Республики Казахстан.")


def test_rules_that_come_into_force_on_registration_day_in_the_plural():
    """"2. Установить, что настоящие Правила вступают в силу со дня государственной регистрации в Министерстве юстиции
    Республики Казахстан." (an order of 1998 that approved rules): the day of registration, as its Kazakh text says
    ("Аталмыш Ережелер … мемлекеттік тіркеуден өткен күннен бастап күшіне енеді деп белгіленсін")."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1. Утвердить Правила.\n\n2. Установить, что настоящие Правила "
            "вступают в силу со дня государственной регистрации в Министерстве юстиции Республики Казахстан.\n\n"
            "*Министр*\n")
    meta = _requisites("Приказ Министра внутренних дел Республики Казахстан от 12 октября 1998 года N 343. "
                       "Зарегистрирован в Министерстве юстиции Республики Казахстан 23 февраля 1999 года № 690",
                       "103003000000")
    d = parse_text(text, "rus.md", meta=meta)
    assert d.act.in_force == "1999-02-23"


RULES_1999_NOTE_RECORDS = (
    "# Об утверждении Правил о порядке формирования, использования и учета средств\n\n"
    "> *Сноска. Заголовок - с изменениями, внесенными приказом МФ РК от 20.07.2000 г. N 331.*\n\nПриказываю:\n\n"
    "1. Утвердить Правила о порядке формирования, использования и учета средств.\n\n"
    "9. Настоящие Правила вводятся в действие со дня их государственной\n\n"
    "   регистрации в Министерстве юстиции Республики Казахстан.\n\n"
    "   *Первый вице-Министр финансов*\n\n"
    "   ## Правила о порядке формирования, использования и учета средств\n\n"
    "   > *Сноска. Заголовок - с изменениями, внесенными приказом МФ РК от 20.07.2000г. N 331; приказом Министра "
    "финансов РК от 1 июля 2002 года N 302;*\n\n"
    "   по тексту слова \"страхового возмещения\", \"страховое возмещение\" заменены словами \"страховой выплаты\", "
    "\"страховую выплату\";\n\n"
    "   слова \"местный финансовый орган\", \"местные финансовые органы\" заменены словами \"местный уполномоченный "
    "орган\", \"местные уполномоченные органы\" - приказом Министра финансов РК от 1 июля 2002 года N 302;\n\n"
    "   по тексту слова \"смета\", \"сметы\" заменены словом \"план\";\n\n"
    "   слова \"денежных сумм\", \"денежные средства\" и \"денежных средств\" заменены словом \"средства\" - приказом "
    "Министра финансов Республики Казахстан от 4 июля 2003 года N 254 .\n\n"
    "## 1. Средства, получаемые от реализации платных услуг\n\n"
    "1. Средства, получаемые государственными учреждениями от реализации платных услуг, зачисляются на счет по "
    "платным услугам.\n")


def test_records_under_a_note_each_by_the_act_their_group_names():
    """Rules of 1999: a note that ends with ";" goes on in paragraphs of records, each a change throughout the text,
    the last of each group naming the act that made them (N 302, then N 254): a word replacement of each record by
    that act, and no paragraph of the rules' text; the order's entry into force wrapped before "регистрации" is the
    day of registration ("со дня их государственной регистрации")."""
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 3 мая 1999 года N 177. "
                       "Зарегистрирован в Министерстве юстиции Республики Казахстан 27.05.1999 г. N 771", "103002000000")
    d = parse_text(RULES_1999_NOTE_RECORDS, "rus.md", meta=meta)
    words = [(a.amending.number, a.path, a.old_words, a.new_words) for a in d.amendments if a.effect == "WordReplacement"]
    a1 = (("appendix", "1"),)
    # (each word listed: word for word by as many, "соответственно" unsaid; each by the one when one replaces them)
    assert words == [("302", a1, "страхового возмещения", "страховой выплаты"),
                     ("302", a1, "страховое возмещение", "страховую выплату"),
                     ("302", a1, "местный финансовый орган", "местный уполномоченный орган"),
                     ("302", a1, "местные финансовые органы", "местные уполномоченные органы"),
                     ("254", a1, "смета", "план"), ("254", a1, "сметы", "план"),
                     ("254", a1, "денежных сумм", "средства"), ("254", a1, "денежные средства", "средства"),
                     ("254", a1, "денежных средств", "средства")]
    assert not [u for u in d.units if u.path[:1] == a1 and u.path[-1][0] == "textparagraph"]
    assert d.act.in_force == "1999-05-27"


def test_a_note_wrapped_onto_three_paragraphs_and_rules_in_force_from_registration_kk():
    """Rules of 1999 (Kazakh): a note wrapped at a fixed width over three paragraphs, the act's kind and the portal's
    code alone in the last ("бұйрығымен. V001228_"), is the note's, not a part of the point; "Осы Қағида … мемлекеттік
    тiркеген күнiнен бастап күшiне енгiзiледi" is the day of registration."""
    text = ("# Қағиданы бекіту туралы\n\nБұйырамын:\n\n1\\. Қағида бекiтiлсiн.\n\n"
            "9\\. Осы Қағида Қазақстан Республикасының Әдiлет министрлiгiнде мемлекеттік тiркеген күнiнен бастап күшiне "
            "енгiзiледi.\n\n```\nҚаржы министрінің\nбірінші орынбасары\n```\n\n"
            "```\nҚазақстан Республикасы\nҚаржы министрлігінің\n1999 жылғы 3 мамырдағы N 177\nбұйрығымен бекітілді\n```\n\n"
            "Қағида\n\n1\\. Ақылы қызметтер көрсетудi iске асырудан алынатын қаражаттар\n\n"
            "11\\. Мемлекеттік мекемелер жасаған жеке сметаларға мемлекет мекемелерінің басшылары қол қояды. <*>\n\n"
            "> *Ескерту: 11-тармақ жаңа редакцияда жазылды - ҚР Қаржы*\n\nминистрлігінің 2000 жылғы 20 шілдедегі N 331\n\n"
            "бұйрығымен. V001228_\n\n12\\. Мемлекеттік мекемелер жеке сметаларды бюджет бағдарламасының әкімшісіне "
            "бекітуге ұсынады.\n")
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 3 мая 1999 года N 177. "
                       "Зарегистрирован в Министерстве юстиции Республики Казахстан 27.05.1999 г. N 771", "103002000000")
    d = parse_text(text, "kaz.md", meta=meta)
    assert d.act.in_force == "1999-05-27"
    (ev,) = [a for a in d.amendments if a.from_note and a.path]
    assert (ev.effect, ev.amending.number, ev.path[-1]) == ("Substitution", "331", ("point", "11"))
    assert not [u for u in d.units if u.path[-1][0] == "part"]
    assert not [t for _, t in d.unparsed if "бұйрығымен" in t]


INSTRUCTION_2001_TITLE_NOTES_KK = (
    "# Түзеу мекемелеріне ұсталатын адамдарды қадағалауды ұйымдастыру жөніндегі Нұсқаулығы бекітілуі туралы\n\n"
    "> *Ескерту: Бұйрықтың тақырыбы мен 1-тармағындағы \"қадағалау мен күзетуді\" деген сөздер \"қадағалауды\" деген "
    "сөздермен ауыстырылды - ҚР Әділет министрінің 2005 жылғы 12 мамырдағы N 128бұйрығымен.*\n\n"
    "Түзеу мекемелерінің қызметін бұдан әрі жетілдіру мақсатында БҰЙЫРАМЫН:\n\n"
    "1. Түзеу мекемелерінде ұсталатын адамдарды қадағалауды ұйымдастыру жөніндегі қоса беріліп отырған Нұсқаулық "
    "бекітілсін.\n\n4. Бұйрық 2002 жылдың 1 қаңтарынан бастап іске енеді.\n\nМинистр\n\n"
    "> *\"БЕКІТІЛГЕН\"*  \n> *Қазақстан Республикасының*  \n> *Әділет министрі*  \n> *2001 жылғы 11 желтоқсан*\n\n"
    "## Түзеу мекемелерінде ұсталатын адамдарды қадағалауды ұйымдастыру жөніндегі НҰСҚАУЛЫҚ\n\n"
    "> *Ескерту: Нұсқаулықтың атауына өзгерту енгізілді - ҚР Әділет министрінің 2005 жылғы 12 мамырдағы N "
    "128бұйрығымен.*\n\n## 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n1. Қадағалау сотталғандардың жаза өтеуiнiң белгiленген режимiн "
    "қамтамасыз ету құралдарының бiрi болып табылады.\n")


def test_notes_on_titles_and_a_day_of_entry_into_force_worded_ian():
    """An instruction of 2001 (Kazakh): "Бұйрықтың тақырыбы мен 1-тармағындағы … деген сөздер … ауыстырылды" replaced
    the words in the order's title and in its point 1 (not in a heading of point 1); "Нұсқаулықтың атауына өзгерту
    енгізілді" changed the instruction's title; "Бұйрық 2002 жылдың 1 қаңтарынан бастап іске енеді" is its day."""
    d = doc_meta(INSTRUCTION_2001_TITLE_NOTES_KK, "kaz.md", "154", "2001-12-11", "103001000000")
    got = sorted((a.effect, a.path) for a in d.amendments if a.from_note)
    assert got == [("Modification", (("appendix", "1"), ("title", ""))), ("WordReplacement", (("point", "1"),)),
                   ("WordReplacement", (("title", ""),))]
    assert d.act.in_force == "2002-01-01"


def test_an_approval_beside_the_stamp_with_unquoted_words():
    """An instruction of 2001: the approval and the stamp set side by side, their words not quoted ("Согласовано
    Утверждена" / "Генеральная прокуратура Приказом Министра юстиции" / "Республики Казахстан Республики Казахстан" /
    "от 11 декабря 2001 года N 154"): the Prosecutor General's Office approved, the word "Согласовано" no part of its
    name."""
    text = ("# Об утверждении Инструкции по организации надзора\n\nприказываю:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
            "4. Приказ вводится в действие с 1 января 2002 года.\n\n   *Министр*\n\n   Согласовано Утверждена\n\n"
            "   Генеральная прокуратура Приказом Министра юстиции\n\n   Республики Казахстан Республики Казахстан\n\n"
            "   от 11 декабря 2001 года N 154\n\n   ## Инструкция по организации надзора\n\n"
            "## Глава 1. Общие положения\n\n1. Надзор является одними из средств обеспечения порядка.\n")
    (approval,) = doc_meta(text, "rus.md", "154", "2001-12-11", "103001000000").approvals
    assert approval.org.en == "Prosecutor General's Office" and approval.text == "Генеральная прокуратура"


AUDIT_STANDARD_1999 = (
    "# Об утверждении положения (стандарта) аудита 10 \"Аудиторские доказательства\"\n\nприказываю:\n\n"
    "1\\. Утвердить положение (стандарт) аудита 10 \"Аудиторские доказательства\".\n\n"
    "4\\. Считать утратившими силу приказы Министерства финансов Республики Казахстан от 10.09.98 г. № 421 и "
    "Департамента методологии бухгалтерского учета и аудита Министерства финансов Республики Казахстан от 31.08.98 г. "
    "№ 133.\n\n*Министр*\n\n## Положение (стандарт) аудита 10 Аудиторские доказательства\n\nВведение\n\n"
    "1\\. Настоящее положение (стандарт) аудита обеспечивает руководство в отношении количества и качества аудиторских "
    "доказательств.\n\n6\\. Процедуры по существу выполняются с целью получения аудиторских доказательств, которые "
    "бывают двух типов:\n\n1) тесты операций и сальдо счетов на детальной основе;\n\n2) аналитические процедуры.\n\n"
    "   Достаточные соответствующие аудиторские доказательства\n\n7\\. Понятия достаточности и соответствия "
    "взаимосвязаны.\n\n19\\. Аудитор получает аудиторские доказательства с помощью одной или нескольких процедур: "
    "изучение, наблюдение, запрос и подтверждение.\n\nИзучение\n\n20\\. Изучение заключается в проверке записей, "
    "документов или материальных активов.\n")


def test_an_audit_standard_s_unnumbered_headings_and_a_repeal_of_two_bodies_orders():
    """An audit standard of 1999: headings with no number between its points ("Изучение" / "20. Изучение заключается
    …") are paragraphs of the standard, no part of the point above; the order repeals two orders of two bodies named
    once with their kind ("приказы Министерства финансов … от 10.09.98 г. № 421 и Департамента методологии … от
    31.08.98 г. № 133"), the second with its own body."""
    d = doc_meta(AUDIT_STANDARD_1999, "rus.md", "215", "1999-05-19", "103002000000")
    assert [(a.target_act.number, a.target_act.date, a.target_act.issuer.ru) for a in d.amendments] == [
        ("421", "1998-09-10", "Министерство финансов"),
        ("133", "1998-08-31", "Департамента методологии бухгалтерского учета и аудита Министерства финансов")]
    units = {u.path: u.text for u in d.units}
    a1 = ("appendix", "1")
    assert [units[(a1, ("textparagraph", str(k)))] for k in (1, 2, 3)] == [
        "Введение", "Достаточные соответствующие аудиторские доказательства", "Изучение"]
    assert units[(a1, ("point", "19"))].endswith("запрос и подтверждение.")
    assert units[(a1, ("point", "6"), ("subpoint", "2"))] == "2) аналитические процедуры."


def test_a_repeal_list_of_which_no_act_is_read_is_an_instruction_not_read():
    """An order of 1994 repeals a list of Soviet instructions and letters, dash-bulleted ("- инструкция Министерства
    финансов Казахской ССР от 26 мая 1966 года N 2805 …", "- консультативное письмо … 1980 года N 48 …"): none is
    read as an act, so the repeal is reported as an instruction not read, not left silent."""
    text = ("# О порядке учета\n\nОб утверждении Инструкции.\n\n1\\. Утвердить прилагаемую к настоящему приказу "
            "Инструкцию.\n\n2\\. Считать утратившими силу с__________1994 года следующие нормативные документы:\n\n"
            "- инструкция Министерства финансов Казахской ССР от 26 мая 1966 года N 2805 \"О порядке выявления и учета "
            "бесхозяйного имущества\";\n\n- консультативное письмо Министерства финансов Казахской ССР 1980 года N 48 "
            "\"О вопросах, связанных с защитой финорганами имущественных интересов государства\".\n\n"
            "Министр финансов\n")
    d = doc_meta(text, "rus.md", "250А", "1994-10-10", "103002000000")
    assert not [a for a in d.amendments if a.effect == "Repeal"]
    assert [t for _, t in d.instructions_failed] == [
        "2. Считать утратившими силу с__________1994 года следующие нормативные документы:"]


def test_a_kazakh_instruction_titled_under_the_signature_opens_the_appendix_and_ends_the_repeal_list():
    """The Kazakh text of that order: in a fence under the minister's signature, the ministry and the instruction's
    title ("Қазақстан Республикасының Қаржы министрлiгi Тәркiленген, …" / "… туралы"), its kind below ("Нұсқау"), then
    chapter I. The instruction is appendix 1 (its points had been read into the signature, 40% of the text not
    understood); and its first point, citing the President's resolution N 1723, is no item of the repeal list the
    order's point 2 led in to (the resolution had been read as repealed)."""
    text = ("# Т\n\n1\\. Қоса ұсынылып отырған нұсқау күшiне енгiзiлсiн.\n\n2\\. 1994 жылдың \"___\" __________ бастап "
            "мына нормативтiк актiлердiң күшi жойылды деп есептелсiн:\n\nҚазақ ССР Қаржы министрлiгiнiң \"Қаржы органдарының "
            "мемлекеттiк мүлiктiк мүддесiн қорғауына байланысты мәселелер бойынша\" 1980 жылғы N 48 консультациялық хаты;"
            "\n\nКСРО Қаржы министрлiгiнiң \"КСРО Қаржы министрлiгiнiң Нұсқауларына\n\n```\nөзгертулер мен толықтырулар "
            "енгiзу туралы\" 10.09.86 ж. N 156 хатының\nекiншi бөлiмiнiң екiншi тармағы.\nҚазақстан Республикасының\n"
            "Қаржы министрi\nҚазақстан Республикасының Қаржы министрлiгi Тәркiленген,\nиесiз мүлiктердi, мұрагерлiк құқы "
            "бойынша мемлекетке өткен\nмүлiктердi есепке алу, бағалау және өткiзу туралы\nНұсқау\nI. Жалпы ережелер\n"
            "```\n\n1\\. Бұл нұсқау \"Заңдылық пен құқық тәртiбiн қамтамасыз ету жөнiндегi қосымшалар туралы\" Қазақстан "
            "Республикасы Президентiнiң 1994 жылғы 9 маусымдағы N 1723 U941723_ қаулысына сәйкес шығарылып отыр.\n\n"
            "2\\. Салық органдары осы нұсқауды басшылыққа алады.\n")
    d = doc_meta(text, "kaz.md", "250А", "1994-10-10", "103002000000")
    units = {u.path: u for u in d.units}
    a1 = ("appendix", "1")
    assert units[(a1,)].heading.endswith("есепке алу, бағалау және өткізу туралы Нұсқау")
    assert units[(a1, ("chapter", "1"))].heading == "Жалпы ережелер"
    assert units[(a1, ("chapter", "1"), ("point", "2"))].text == "Салық органдары осы нұсқауды басшылыққа алады."
    assert not d.amendments and not d.unparsed
    assert [t[:9] for _, t in d.instructions_failed] == ["2. 1994 ж"]


def test_a_kazakh_note_of_words_throughout_that_open_with_a_quoted_title():
    """A tax instruction of 1995 (Ministry of Finance, N 149), its Kazakh text opening with a note wrapped over lines:
    'Ескерту: Бүкiл мәтiндегi: "Салық … туралы" Қазақстан Республикасы Президентiнің 1995 жылғы N 2235 Заң күшi бар
    Жарлығы" деген сөздер "Салық … туралы" Қазақстан Республикасының 1995 жылғы N 2235 Заңы" деген сөздермен
    ауыстырылды, … және 3 (…), 5, 6, … тармақтардың … өзгерiстерi 2000 жылдың 1 қаңтарынан бастап күшiне енедi'. The
    words are replaced throughout the text (they had been "of point 5, paragraphs 7 and 8", from the points the note
    names for the day); the words replaced open with the law's quoted title, its opening quote theirs (the title alone
    had been read as the words, and the new ones were the next clause's "Жарлық")."""
    text = ("# Көлiк құралдарына салынатын салықты есептеу және төлеу тәртiбi туралы Нұсқаулық\n\n"
            "> *Ескерту: Бүкiл мәтiндегi: \"Салық және бюджетке басқа да мiндеттi*\n\n"
            "төлемдер туралы\" Қазақстан Республикасы Президентiнің 1995\n\nжылғы N 2235 Заң күшi бар Жарлығы\" деген сөздер "
            "\"Салық және\n\nбюджетке басқа да мiндеттi төлемдер туралы\" Қазақстан\n\nРеспубликасының 1995 жылғы N 2235 "
            "Заңы\" деген сөздермен\n\nауыстырылды, \"Жарлық\", \"Жарлықтың\", \"Жарлықпен\", \"Жарлықта\",\n\n\"Жарлыққа\" "
            "деген сөздер тиiсiнше \"Заң\", \"Заңның\", \"Заңмен\",\n\n\"Заңда\", \"Заңға\" деген сөздермен ауыстырылды және "
            "3 (жетiншi\n\nжәне сегiзiншi абзацтардан басқа), 5, 6, 7, 8, 9 және 10\n\nтармақтардың ережелерiнiң осы "
            "өзгерiстерi 2000 жылдың\n\n1 қаңтарынан бастап күшiне енедi - ҚР Мемлекеттік кіріс\n\nминистрлігінің 1999 "
            "жылғы 4 тамыздағы N 929\n\nбұйрығымен. V990901_\n\nI. Жалпы Ережелер\n\n1. Қазақстан Республикасының "
            "\"Салықтар және бюджетке төленетін басқа да міндетті төлемдер\" 1995 жылғы 24 сәуірдегі N 2235 Z952235_ "
            "Заңының негізінде осы Нұсқау әзірленген.\n\n5. Көлiк құралдарының иелерi салықты төлейдi.\n")
    meta = _requisites("Приказ Министерства финансов Республики Казахстан от 21 июня 1995 г. N 149. Зарегистрирован в "
                       "Министерстве юстиции Республики Казахстан 3.07.1995 г. за N 72.", "103002000000")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    (words,) = [a for a in d.amendments if a.effect == "WordReplacement"]
    assert words.path in ((), (("appendix", "1"),))  # the whole text: the instruction is the act's text
    assert words.old_words == ('"Салық және бюджетке басқа да міндетті төлемдер туралы" Қазақстан Республикасы '
                               'Президентінің 1995 жылғы N 2235 Заң күші бар Жарлығы')
    assert words.new_words == ('"Салық және бюджетке басқа да міндетті төлемдер туралы" Қазақстан Республикасының 1995 '
                               'жылғы N 2235 Заңы')
    assert words.target_act.number == "149" and words.amending.number == "929"
    # the chapter's heading is the chapter's, no preamble of the instruction (it had been both)
    assert not [u for u in d.units if u.path[-1][0] == "preamble"]


def test_a_kazakh_stamp_naming_an_acting_minister_over_two_lines_is_the_stamp_whole():
    """An accounting standard of 2003 (Ministry of Finance, N 25), signed by the acting minister ("Қаржы министрінің" /
    "міндетін атқарушы"), its stamp naming him the same way wrapped after the title ("Қазақстан Республикасы" / "Қаржы
    министрі" / "міндетін атқарушының" / …): the title's two lines are the stamp's (they had closed the signature,
    "… міндетін атқарушы Қазақстан Республикасы Қаржы министрі")."""
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған 31 бухгалтерлік есеп стандарты бекітілсін.\n\n"
            "*Қаржы министрінің*\n\n*міндетін атқарушы*\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрі*  \n"
            "> *міндетін атқарушының*  \n> *2003 жылғы 27 қаңтардағы*  \n> *N№25 бұйрығымен*  \n> *бекітілген*\n\n"
            "## 31 \"ЕСЕП САЯСАТЫНДАҒЫ ЕЛЕУЛІ ҚАТЕЛЕР\" БУХГАЛТЕРЛІК ЕСЕП СТАНДАРТЫ\n\n## 1-бөлім. Мақсаты\n\n"
            "1. Осы стандарттың мақсаты есеп тәртібін белгілеуден тұрады.\n")
    d = doc_meta(text, "kaz.md", "25", "2003-01-27", "103002000000")
    assert [s.role for s in d.signatories] == ["Қаржы министрінің міндетін атқарушы"]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading.startswith("31 \"ЕСЕП")
    assert (("appendix", "1"), ("section", "1"), ("point", "1")) in units and not d.unparsed


INSTRUCTION_2002_THREE_APPROVALS_KK = (
    "# Азаматтығына байланысты мәселелерді қарау туралы Нұсқаулықты бекіту туралы\n\n"
    "> *Ескерту: Бұйрықтың және Нұсқаулықтың барлық мәтіні бойынша:*\n\n"
    "\"Астана, Алматы қалалары ішкі істер Бас басқармасының, облыстардағы ішкі істер Бас Басқармасының - ішкі істер "
    "Басқармасының\", \"облыстардың ішкі істер Бас Басқармасына - ішкі істер Басқармасына (бұдан әрі - ІІББ-ІІБ)\", "
    "\"ІІББ-ІІБ\" деген сөздері тиісінше \"Астана, Алматы қалаларының және облыстардың Ішкі істер департаменттері\", "
    "\"облыстардың Ішкі істер департаменттері (бұдан әрі - ІІД)\", \"ІІД\" деген сөздермен ауыстырылды - ҚР Ішкі істер "
    "министрінің 2006 жылғы 24 сәуірдегі N 196 бұйрығымен ( қолданысқа енгізілу тәртібін 3-тармақтан қараңыз ).\n\n"
    "\"Қазақстан Республикасының азаматтығы туралы\" Қазақстан Республикасының Заңына сәйкес БҰЙЫРАМЫН :\n\n"
    "1. Қоса беріліп отырған Нұсқаулық бекітілсін.\n\n"
    "6. Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткен күнінен бастап күшіне "
    "енеді.\n\n*Қазақстан Республикасының*\n\n*Ішкі істер министрі*\n\n*генерал-полковник*\n\n"
    "> *\"КЕЛІСІЛДІ\"*  \n> *Қазақстан Республикасының*  \n> *Бас прокуроры*  \n> *2 дәрежелі мемлекеттік кеңесші*  \n"
    "> *2002 жылғы 15 қазан*  \n> *Қазақстан Республикасы*  \n> *Жоғарғы сотының төрағасы*  \n> *2002 жылғы 18 қыркүйек*  \n"
    "> *Қазақстан Республикасы Ұлттық*  \n> *қауіпсіздік комитетінің төрағасы*  \n> *генерал-лейтенант*  \n"
    "> *2002 жылғы 12 қыркүйек*  \n> *Қазақстан Республикасы ішкі істер*  \n> *Министрінің 2002 жылғы 23 тамыздағы*  \n"
    "> *N 556 бұйрығымен бекітілген*\n\n## Азаматтығына байланысты мәселелерді қарау туралы НҰСҚАУЛЫҚ\n\n"
    "## 1. Жалпы анықтама\n\n1. Осы Нұсқаулықтағы сөздерді дәл белгілеп білдіру мақсатпен төмендегі мағыналарды ұсынамыз.\n")


def test_three_bodies_agree_under_one_word_each_on_its_day():
    """An instruction of 2002 (Kazakh): one "КЕЛІСІЛДІ" over three approving officials, each closed by its day (the
    Prosecutor General, whose civil rank "2 дәрежелі мемлекеттік кеңесші" is no part of the body's name; the Supreme
    Court's chairman; the National Security Committee's); a note that ends with a colon has its one long record in the
    next paragraph, a word replacement throughout the text."""
    d = doc_meta(INSTRUCTION_2002_THREE_APPROVALS_KK, "kaz.md", "556", "2002-08-23", "103003000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [
        ("Prosecutor General's Office", "2002-10-15"), ("Supreme Court", "2002-09-18"),
        ("National Security Committee", "2002-09-12")]
    events = [a for a in d.amendments if a.effect == "WordReplacement"]  # three words, respectively: three
    assert [(ev.amending.number, ev.path, ev.new_words[:12]) for ev in events] == [
        ("196", (), "Астана, Алма"), ("196", (), "облыстардың "), ("196", (), "ІІД")] and not d.unparsed


def test_an_approval_ends_where_the_stamp_of_the_minister_begins():
    """An instruction of 2001 (Kazakh): "КЕЛІСІЛГЕН" / "Қазақстан Республикасының" / "Бас прокурорының орынбасары" /
    "2001 жылғы 19 желтоқсан", then the minister's '"БЕКІТІЛГЕН"' over the instruction: one approval, the Prosecutor
    General's Office; the stamp is no second approving body, and is read as the instruction's stamp."""
    text = ("# Нұсқаулығы бекітілуі туралы\n\nБҰЙЫРАМЫН:\n\n1. Нұсқаулық бекітілсін.\n\n"
            "4. Бұйрық 2002 жылдың 1 қаңтарынан бастап іске енеді.\n\nМинистр\n\n\"КЕЛІСІЛГЕН\"\n\n"
            "Қазақстан Республикасының\n\nБас прокурорының орынбасары\n\n2001 жылғы 19 желтоқсан\n\n"
            "> *\"БЕКІТІЛГЕН\"*  \n> *Қазақстан Республикасының*  \n> *Әділет министрі*  \n> *2001 жылғы 11 желтоқсан*\n\n"
            "## НҰСҚАУЛЫҚ\n\n## 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n1. Қадағалау сотталғандардың режимін қамтамасыз етеді.\n")
    d = doc_meta(text, "kaz.md", "154", "2001-12-11", "103001000000")
    (approval,) = d.approvals
    assert (approval.org.en, approval.date) == ("Prosecutor General's Office", "2001-12-19")
    # the stamp, an official's and no order's, opens the instruction: appendix 1, under its title
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "НҰСҚАУЛЫҚ" and not d.unparsed


def test_a_kazakh_repeal_of_orders_whose_kind_is_said_once_after_the_last():
    """An order of 2002: "… Ішкі істер Министрінің 1996 жылғы 23 желтоқсандағы N 370 , "…" Нұсқаулықты бекіту туралы
    1997 жылғы 23 қыркүйектегі N 344 бұйрықтарының күші жойылды деп есептелсін." repeals both orders of the minister
    (the kind said once, in the plural, after the last)."""
    text = ("# Нұсқаулықты бекіту туралы\n\nБҰЙЫРАМЫН :\n\n1. Нұсқаулық бекітілсін.\n\n"
            "4. \"Қазақстан Республикасының азаматтығына байланысты мәселелерді қарау тәртібі туралы ережені жариялау "
            "туралы\" Қазақстан Республикасы Ішкі істер Министрінің 1996 жылғы 23 желтоқсандағы N 370 , \"Ресей "
            "Федерациясы азаматтарының Қазақстан Республикасы азаматтығын алу тәртібін жеңілдетумен байланысты "
            "мәселелерді қарау тәртібі туралы\" Нұсқаулықты бекіту туралы 1997 жылғы 23 қыркүйектегі N 344 бұйрықтарының "
            "күші жойылды деп есептелсін.\n\n*Ішкі істер министрі*\n")
    d = doc_meta(text, "kaz.md", "556", "2002-08-23", "103003000000")
    assert sorted((a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments) == [
        ("344", "1997-09-23", "Ministry of Internal Affairs"), ("370", "1996-12-23", "Ministry of Internal Affairs")]


def test_a_russian_repeal_that_quotes_each_title_before_its_day():
    """An order of 2002: "Приказы Министра внутренних дел Республики Казахстан "Об объявлении Положения …" от 23
    декабря 1996 года N 370 и "Об утверждении Инструкции "О порядке рассмотрения вопросов, …" от 23 сентября 1997 года
    N 344 считать утратившими силу." (each title before its day, the second's quotes not closed): both orders, the
    first with its title."""
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
            "4. Приказы Министра внутренних дел Республики Казахстан \"Об объявлении Положения о порядке рассмотрения "
            "вопросов, связанных с гражданством Республики Казахстан\" от 23 декабря 1996 года N 370 и \"Об утверждении "
            "Инструкции \"О порядке рассмотрения вопросов, связанных с упрощенным (регистрационным) порядком "
            "приобретения гражданства Республики Казахстан гражданами Российской Федерации\" от 23 сентября 1997 года "
            "N 344 считать утратившими силу.\n\n*Министр*\n")
    d = doc_meta(text, "rus.md", "556", "2002-08-23", "103003000000")
    got = sorted((a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments)
    assert got == [("344", "1997-09-23", "Ministry of Internal Affairs"), ("370", "1996-12-23", "Ministry of Internal Affairs")]
    assert next(a for a in d.amendments if a.target_act.number == "370").target_act.title.startswith("Об объявлении")
    assert not d.instructions_failed


def test_one_word_of_agreement_over_two_columns_and_a_third_body_below():
    """An order of 2002 (Russian): '"СОГЛАСОВАНО"' over two agreements printed side by side ("Генеральный Прокурор
    Председатель Верховного" / "Республики Казахстан Суда Республики Казахстан" / "15 октября 2002 г. 18 августа 2002
    г.") and a third under them, each with its day; the minister signs "Министр" / "внутренних дел" over two lines."""
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
            "6. Настоящий приказ вступает в силу со дня его государственной регистрации.\n\n*Министр*\n\n"
            "*внутренних дел*\n\n\"СОГЛАСОВАНО\"\n\nГенеральный Прокурор Председатель Верховного\n\n"
            "Республики Казахстан Суда Республики Казахстан\n\n15 октября 2002 г. 18 августа 2002 г.\n\n"
            "Председатель Комитета\n\nНациональной безопасности\n\nРеспублики Казахстан\n\n12 сентября 2002 г.\n\n"
            "> *Утверждена*  \n> *приказом Министра внутренних*  \n> *дел Республики Казахстан*  \n"
            "> *от 23 августа 2002 г. N 556*\n\n## Инструкция\n\n## 1. Общие определения\n\n"
            "1. Для целей настоящей Инструкции нижеследующие термины означают:\n")
    d = doc_meta(text, "rus.md", "556", "2002-08-23", "103003000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [
        ("Prosecutor General's Office", "2002-10-15"), ("Supreme Court", "2002-08-18"),
        ("National Security Committee", "2002-09-12")]
    assert [s.role for s in d.signatories] == ["Министр внутренних дел"] and not d.unparsed


INSTRUCTION_2003_APPENDIX_KK = (
    "# Жекеше нотариустың бос орнына орналасу үшiн конкурс өткiзу жөнiндегi нұсқаулықты бекiту туралы\n\n"
    "\"Нотариат туралы\" Қазақстан Республикасы Заңының 33-бабы негiзiнде БҰЙЫРАМЫH:\n\n"
    "1. Қоса берiлiп отырған нұсқаулық бекiтiлсiн.\n\n4. Осы бұйрық мемлекеттiк тiркелген күнiнен бастан күшiне енедi.\n\n"
    "*Министр*\n\n> *Қазақстан Республикасы*  \n> *Әдiлет министрiнiң*  \n> *2003 жылғы 9 желтоқсандағы*  \n"
    "> *N 259 бұйрығымен*  \n> *бекiтiлген*\n\n## Жекеше нотариустың бос орнына орналасу үшiн конкурс өткiзу жөнiнде "
    "нұсқаулық\n\n## 1. Жалпы ережелер\n\n1. Осы Нұсқаулық конкурстық iрiктеу өткiзудiң тәртібін көрсетеді.\n\n"
    "> *Қазақстан Республикасы*  \n> *Әдiлет министрiнiң*  \n> *2003 жылғы 9 желтоқсандағы*  \n"
    "> *N 259 бұйрығымен бекiтiлген*  \n> *Жекеше нотариустың бос орнына*  \n> *орналасу үшiн конкурс өткiзу*  \n"
    "> *жөнiнде нұсқаулыққа*  \n> *қосымша*\n\n## Үлгі өтініш\n\n"
    "> *Ескерту: Қосымшаның атауы өзгертілді - ҚР Әділет министрінің 2004 жылғы 13 қазандағы N 295 бұйрығымен .*\n\n"
    "Менi ________________________________________________________\n\n"
    "қатысуға жiберуiңiздi сұраймын.\n")


def test_the_stamp_of_an_appendix_of_the_approved_instruction_names_the_order_first():
    """An instruction of 2003 (Kazakh): its appendix's stamp names the order that approved the instruction, then the
    instruction ("… N 259 бұйрығымен бекiтiлген" / "Жекеше нотариустың бос орнына" / … / "жөнiнде нұсқаулыққа" /
    "қосымша"): one stamp, the instruction's appendix (it had been a second appendix of the order, empty, and an
    appendix of that); the order comes into force on registration, its "бастап" typed "бастан"."""
    d = parse_text(INSTRUCTION_2003_APPENDIX_KK, "kaz.md", meta=_requisites(
        "Приказ Министра юстиции Республики Казахстан от 9 декабря 2003 года N 259. Зарегистрирован в Министерстве "
        "юстиции Республики Казахстан 12 декабря 2003 года N 2614.", "103001000000"))
    appendices = sorted({u.path for u in d.units if u.path[-1][0] == "appendix"})
    assert appendices == [(("appendix", "1"),), (("appendix", "1"), ("appendix", "1"))]
    (ev,) = [a for a in d.amendments if a.from_note]
    assert ev.path == (("appendix", "1"), ("appendix", "1"), ("title", ""))
    assert d.act.in_force == "2003-12-12"


# an instruction of special registration (Ministry of Justice, 2001): the approval and the stamp set side by side,
# the stamp's kind alone on the first line and its official inside the approval's next one; in Kazakh the stamp ends
# "… N 150 бұйрығына қосымша", the approval's own day on the line (29 October, the order's 11 December)
SPECIAL_REGISTRATION_RU = (
    "# Об утверждении Инструкции по организации работы отделов специального учета\n\nприказываю:\n\n"
    "1. Утвердить прилагаемую Инструкцию.\n\n4. Настоящий приказ вводится в действие с 1 января 2002 года.\n\n"
    "   *Министр*\n\n   Согласовано Утверждена приказом\n\n   Заместитель Генерального Министра юстиции\n\n"
    "   прокурора Республики Казахстан\n\n   от 11 декабря 2001 года № 150\n\n"
    "   ## Инструкция по организации работы отделов специального учета\n\n## 1. Общие положения\n\n"
    "1. Настоящая Инструкция регламентирует деятельность отделов специального учета.\n\n"
    "2. Отдел специального учета размещается в административном корпусе.\n\n## 3. Учет осужденных\n\n"
    "11\\. Отделом (отделением, группой) специального учета ИУ, СИ ведется учет осужденных:\n\n1\\. Персонально:\n\n"
    "1) по журналу;\n\n2) по учетной карточке;\n\n3) по личному делу на осужденного.\n\n2\\. Количественно:\n\n"
    "1) по пятидневным сводкам о движении осужденных;\n\n2) по установленным формам статистической отчетности.\n\n"
    "12\\. Учетные карточки заполняются на основании документов личных дел.\n")
SPECIAL_REGISTRATION_KK = (
    "# Нұсқаулықты бекiту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса берiлген Нұсқаулық бекiтiлсiн.\n\n"
    "4. Осы бұйрық 2002 жылдың 1 қаңтарынан бастап күшiне енедi.\n\n   *Министр*\n\n"
    "   \"Келісілген\" Қазақстан Республикасы\n\n   Қазақстан Республикасының Әділет министрлігінің\n\n"
    "   Бас прокурорының орынбасары 2001 жылғы 11 желтоқсандағы\n\n   2001 жылдың 29 қазан N 150 бұйрығына қосымша\n\n"
    "   ## Арнайы есепке алу бөлімдерінің жұмысын ұйымдастыру жөніндегі НҰСҚАУЛЫҚ\n\n## 1. Жалпы ережелер\n\n"
    "1. Осы Нұсқаулық арнайы есепке алу бөлімдерінің қызметтерін реттейді.\n")


def test_an_approval_beside_the_stamp_whose_official_is_inside_the_approval_s_line():
    ru = doc_meta(SPECIAL_REGISTRATION_RU, "rus.md", "150", "2001-12-11", "103001000000")
    (approval,) = ru.approvals
    assert (approval.org.en, approval.text) == ("Prosecutor General's Office", "Заместитель Генерального прокурора")
    assert [s.role for s in ru.signatories] == ["Министр"]
    kk = doc_meta(SPECIAL_REGISTRATION_KK, "kaz.md", "150", "2001-12-11", "103001000000")
    (approval,) = kk.approvals
    assert (approval.org.en, approval.text, approval.date) == (
        "Prosecutor General's Office", "Бас прокурорының орынбасары", "2001-10-29")
    assert not kk.unparsed and not ru.unparsed


def test_a_point_whose_numbered_items_each_lead_a_list():
    """"11. … ведется учет осужденных:" / "1. Персонально:" / "1) по журналу;" / … / "2. Количественно:" / "1) …":
    each numbered item is a part of point 11 (by its number), its list under it; no point 1 or 2 of the chapter."""
    d = doc_meta(SPECIAL_REGISTRATION_RU, "rus.md", "150", "2001-12-11", "103001000000")
    units = {u.path: u.text for u in d.units}
    p11 = (("appendix", "1"), ("chapter", "3"), ("point", "11"))
    assert units[p11] == "Отделом (отделением, группой) специального учета ИУ, СИ ведется учет осужденных:"
    assert units[p11 + (("part", "1"),)] == "1. Персонально:"
    assert units[p11 + (("part", "1"), ("subpoint", "3"))] == "3) по личному делу на осужденного."
    assert units[p11 + (("part", "2"),)] == "2. Количественно:"
    assert units[p11 + (("part", "2"), ("subpoint", "2"))] == "2) по установленным формам статистической отчетности."
    assert (("appendix", "1"), ("chapter", "3"), ("point", "12")) in units


def test_two_agreements_side_by_side_whose_columns_open_with_deputies():
    """An instruction of 2005 on identity documents: under a heading '## Согласовано Согласовано' two deputies' columns
    merged line by line, too many ways to cut them but before a word in capitals ("Прокурора Республики Казахстан -
    Пограничной службы"): the Prosecutor General's committee of legal statistics (its chairman a deputy Prosecutor
    General) and the Border Service, each agreed 1 March 2005; the Kazakh text sets them one under another."""
    ru = ("# Об утверждении Инструкции по применению органами юстиции Правил документирования\n\nПРИКАЗЫВАЮ:\n\n"
          "1. Утвердить прилагаемую Инструкцию.\n\n4. Настоящий приказ вводится в действие со дня его официального "
          "опубликования.\n\n*Министр*\n\n## Согласовано Согласовано\n\nЗаместитель Генерального Заместитель директора\n\n"
          "Прокурора Республики Казахстан - Пограничной службы\n\nПредседатель Комитета по правовой Комитета Национальной\n\n"
          "Статистике и специальным учетам Безопасности\n\nГенеральной Прокуратуры Республики Казахстан\n\n"
          "1 марта 2005 г. 1 марта 2005 г.\n\n> *Утверждена*  \n> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n"
          "> *от 4 марта 2005 г. N 74*\n\n## Инструкция по применению органами юстиции Правил документирования\n\n"
          "## 1. Выдача документов, удостоверяющих личность\n\n1. Гражданам органами юстиции выдаются документы.\n")
    kk = ("# Нұсқаулықты бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қосымша беріліп отырған нұсқаулық бекітілсін.\n\n"
          "4. Осы бұйрық оны ресми жариялаған күннен бастап қолданысқа енгізіледі.\n\n*Министр*\n\nКелісілді\n\n"
          "*Қазақстан Республикасы*\n\n*Бас прокурорының орынбасары -*\n\n*Бас прокуратураның Құқықтық*\n\n"
          "*статистика және есепке алу*\n\n*комитетінің төрағасы*\n\n1 наурыз 2005 жыл\n\nКелісілді\n\n"
          "*Қазақстан Республикасы*\n\n*Ұлттық қауіпсіздік комитетінің*\n\n*Шекара Қызметі*\n\n*Директорының орынбасары*\n\n"
          "1 наурыз 2005 жыл\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2005 жылғы 4 наурыздағы*  \n"
          "> *N 74 бұйрығымен*  \n> *бекітілген*\n\n## НҰСҚАУЛЫҚ\n\n## 1. Жеке басты куәландыратын құжаттарды беру\n\n"
          "1. Әділет органдары азаматтарға құжаттар береді.\n")
    expected = [("Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office", "2005-03-01"),
                ("Border Service of the National Security Committee", "2005-03-01")]
    for text, name in ((ru, "rus.md"), (kk, "kaz.md")):
        d = doc_meta(text, name, "74", "2005-03-04", "103001000000")
        assert [(a.org.en, a.date) for a in d.approvals] == expected, name
        assert not d.unparsed, name
    texts = [a.text for a in doc_meta(ru, "rus.md", "74", "2005-03-04", "103001000000").approvals]
    assert texts[1] == "Заместитель директора Пограничной службы Комитета Национальной Безопасности Республики Казахстан"


# forms of the registration of legal entities (Ministry of Justice, 1999): a note of words replaced respectively, in
# Russian three by three, in Kazakh four by four; a Kazakh repeal that names its issuer once, before the first order,
# each order's day before its number and its title after, the kind once in the plural after the last
LEGAL_ENTITIES_RU = (
    "# Вопросы государственной регистрации юридических лиц\n\n"
    "> *Сноска. В тексте приказа слова \"Агентством по регистрации недвижимости и юридических лиц\", \"Агентство по "
    "регистрации недвижимости и юридических лиц\" и \"Агентстве по регистрации недвижимости и юридических лиц\" заменены "
    "соответственно словами \"Комитетом регистрационной службы\", \"Комитет регистрационной службы\" и \"Комитете "
    "регистрационной службы\" - Приказом Министерства юстиции РК от 30 июня 1999 г. N 52 V990829_ .*\n\n"
    "приказываю:\n\n1\\. Утвердить прилагаемые формы.\n\n"
    "3\\. Комитету регистрационной службы в месячный срок разработать Правила.\n")
LEGAL_ENTITIES_KK = (
    "# Заңды тұлғаларды мемлекеттік тіркеу мәселелері\n\n"
    "> *Ескерту: Мәтіндегі \"Жылжымайтын мүлікті және заңды тұлғаларды тіркеу жөніндегі агенттігінің\", \"Жылжымайтын "
    "мүлікті және заңды тұлғаларды тіркеу жөніндегі агенттігі\", \"Жылжымайтын мүлікті және заңды тұлғаларды тіркеу "
    "жөніндегі агенттігінде\" және \"Жылжымайтын мүлікті және заңды тұлғаларды тіркеу жөніндегі агенттігіне\" деген сөздер "
    "тиісінше \"Тіркеу қызметі комитетінің\", \"Тіркеу қызметі комитеті\", \"Тіркеу қызметі комитетінде\" және \"Тіркеу "
    "қызметі комитетіне\" деген сөздермен ауыстырылды - ҚР Әділет министрінің 1999 жылғы 30 маусымдағы N 52 бұйрығымен .*"
    "\n\nБұйырамын:\n\n1\\. Қоса беріліп отырған нысандар бекiтiлсiн.\n\n"
    "4\\. 1999 жылдың 20 қаңтарынан бастап Қазақстан Республикасы Әдiлет министрiнiң 1998 жылғы 6 қаңтарындағы N 129 "
    "\"Заңды тұлғаларды мемлекеттiк тiркеу туралы ереженi бекiту туралы\" және 1998 жылғы 24 маусымындағы N 74 "
    "\"Қазақстан Республикасы Әдiлет министрiнiң 1998 жылғы 6 қаңтарындағы N 129 бұйрығымен бекiтiлген Заңды тұлғаларды "
    "мемлекеттік тіркеу ережелеріне өзгертулер мен толықтырулар енгізу туралы\" бұйрықтары күші жойылды деп танылсын.\n\n"
    "5\\. Осы бұйрықтың орындалуын Вице-Министріне жүктелсін.\n")


def test_words_replaced_respectively_are_a_replacement_each():
    ru = doc_meta(LEGAL_ENTITIES_RU, "rus.md", "3", "1999-01-15", "103001000000")
    assert [(a.effect, a.amending.number, a.path, a.old_words, a.new_words) for a in ru.amendments] == [
        ("WordReplacement", "52", (), f"{old} по регистрации недвижимости и юридических лиц", f"{new} регистрационной службы")
        for old, new in (("Агентством", "Комитетом"), ("Агентство", "Комитет"), ("Агентстве", "Комитете"))]
    kk = doc_meta(LEGAL_ENTITIES_KK, "kaz.md", "3", "1999-01-15", "103001000000")
    notes = [(a.old_words, a.new_words) for a in kk.amendments if a.from_note]
    assert notes == [(f"Жылжымайтын мүлікті және заңды тұлғаларды тіркеу жөніндегі агенттіг{a}", f"Тіркеу қызметі комитет{b}")
                     for a, b in (("інің", "інің"), ("і", "і"), ("інде", "інде"), ("іне", "іне"))]
    assert not ru.unparsed and not kk.unparsed


def test_a_kazakh_repeal_naming_its_issuer_once_before_orders_with_titles():
    kk = doc_meta(LEGAL_ENTITIES_KK, "kaz.md", "3", "1999-01-15", "103001000000")
    repeals = [(a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.target_act.title[:22])
               for a in kk.amendments if a.effect == "Repeal"]
    assert repeals == [("129", "1998-01-06", "Ministry of Justice", "Заңды тұлғаларды мемле"),
                       ("74", "1998-06-24", "Ministry of Justice", "Қазақстан Республикасы")]
    assert not kk.instructions_failed


def test_a_signature_whose_first_initial_is_typed_as_a_digit():
    """Rules of admission to a law college (Ministry of Justice, 2008): "*Министр 3. Балиева*", the initial "З" typed
    as the digit "3", is the minister's signature, her name read with the letter."""
    for text, name in (("# Т\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n*Министр 3. Балиева*\n", "rus.md"),
                       ("# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған ереже бекітілсін.\n\n*Министр 3. Балиева*\n",
                        "kaz.md")):
        d = doc_meta(text, name, "379", "2008-06-30", "103001000000")
        assert [(s.role, s.name) for s in d.signatories] == [("Министр", "З. Балиева")], name


def test_the_first_appendix_of_rules_published_alone_under_its_number():
    """A regulation of 1998 published alone (Ministry of Justice, on forensic experts' qualification): its appendix 1
    is "Приложение 1" on its own over the list's title, however long ("Перечень" / "видов экспертиз, производимых …",
    one line once joined), no stamp naming the order; in Kazakh "Қосымша 1", the number after the word, under it a
    note that the appendix lost force ("1 қосымшаның күші жойылды - … N 44 бұйрығымен"): appendix 1 deleted."""
    ru = ("# Положение О порядке присвоения квалификации судебного эксперта\n\n"
          "1. Присвоение квалификации судебного эксперта осуществляется в соответствии со статьей 15 Закона.\n\n"
          "2. Квалификация судебного эксперта присваивается в соответствии с Перечнем (Приложение 1).\n\n"
          "17. Решение о лишении лица квалификации эксперта принимается квалификационной комиссией.\n\n"
          "```\nПриложение 1\n```\n\n```\nПеречень\n```\n\nвидов экспертиз, производимых в Центре судебной\n\n"
          "```\nэкспертизы Министерства юстиции Республики Казахстан,\nи экспертных специальностей, квалификация по которым\n"
          "присваивается Министерством юстиции Республики Казахстан\n___________________________________________\n"
          "№ ! Вид экспертизы ! Экспертные специальности ! Номер\n```\n")
    kk = ("# Сот сарапшысы біліктілігін берудің тәртібі туралы ЕРЕЖЕ\n\n"
          "1. Сот сарапшысы біліктілігін беру Заңының 15-бабына сәйкес жүзеге асырылады.\n\n"
          "2. Сот сарапшысының біліктілігі сарапшылық мамандықтардың тізбесіне сәйкес беріледі (1 қосымша).\n\n"
          "17. Адамды сарапшы біліктілігінен айыру туралы шешімді біліктілік комиссиясы шығарады.\n\n"
          "```\nҚосымша 1\n<*>\n```\n\n> *Ескерту: 1 қосымшаның күші жойылды - ҚР Әділет министрлігінің*\n\n"
          "```\n1999 жылғы 14 маусымдағы N 44 бұйрығымен.\n\nV990861_\n\nҚазақстан Республикасы Әділет министрлігінің\n"
          "сарапшылық мамандықтары түрлерінің\nТізбесі\n---------------------------------------------------------------\n"
          "N ! Сараптама түрлері ! Сарапшылық мамандықтар ! Мамандықтар\n```\n")
    meta = _requisites("Утверждено приказом Министра юстиции Республики Казахстан от 16 марта 1998 года № 181.", "103001000000")
    for text, name in ((ru, "rus.md"), (kk, "kaz.md")):
        d = parse_text(text, name, meta=meta)
        paths = {u.path for u in d.units}  # (the regulation is order 181's appendix 1, its appendix 1 under it)
        assert APP + (("appendix", "1"),) in paths and APP + (("point", "17"), ("part", "2")) not in paths, name
        assert not any(p[:2] == APP + (("point", "17"),) and len(p) > 2 for p in paths), name
    ru_doc = parse_text(ru, "rus.md", meta=meta)
    assert next(u.heading for u in ru_doc.units if u.path == APP + (("appendix", "1"),)).startswith("Перечень видов экспертиз")
    kk_doc = parse_text(kk, "kaz.md", meta=meta)
    assert [(a.effect, a.amending.number, a.path) for a in kk_doc.amendments] == [("Deletion", "44", APP + (("appendix", "1"),))]


def test_a_note_naming_a_section_under_a_heading_read_as_a_chapter():
    """Rules of reporting of 2004 (Ministry of Finance): under "## 2. Объем годовой, квартальной отчетности", read as
    chapter 2, a note says "Название раздела 2 с изменениями": the title of the chapter it stands under (as a Kazakh
    note's "2-тараудың тақырыбы" is), no section 2 made up."""
    text = ("# Об утверждении Правил составления и представления отчетности\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые "
            "Правила.\n\n*Министр*\n\n> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 1 декабря 2004 г. N 424*\n\n## Правила составления и представления отчетности\n\n## 1. Общие положения\n\n"
            "1. Настоящими Правилами устанавливаются объем, формы и сроки отчетности.\n\n"
            "## 2. Объем годовой, квартальной отчетности\n\n> *Сноска. Название раздела 2 с изменениями - приказом "
            "Министра финансов Республики Казахстан от 4 апреля 2007 года N 108 .*\n\n12. В объем годовой отчетности "
            "включаются следующие формы.\n")
    d = doc_meta(text, "rus.md", "424", "2004-12-01", "103002000000")
    assert [(a.amending.number, a.path) for a in d.amendments] == [
        ("108", (("appendix", "1"), ("chapter", "2"), ("title", "")))]
    assert not any(step[0] == "section" for u in d.units for step in u.path)


def test_a_table_drawn_outside_a_fence_and_its_unit_of_measure():
    """An order of 1998 on travel allowances (Ministry of Finance): the appendix's table drawn in text, its fence lost
    in the conversion, each line a paragraph ("------" / "Страны !Суточные! …" / … / "США 70 231 205 186" / …
    / "------"), is one table; the unit its figures are in ("ед. изм. долл. США", Kazakh "АҚШ долл. өлшем бірл.") is no
    word of the appendix's title."""
    ru = ("# О возмещении командировочных расходов в иностранной валюте\n\nприказываю:\n\n"
          "1. Утвердить прилагаемый Расчет сумм командировочных расходов.\n\n   *Министр*\n\n   Приложение\n\n"
          "   к Приказу Министерства\n\n   финансов Республики Казахстан\n\n   N 534 от 16.11.98г.\n\n"
          "   ## Расчет сумм командировочных расходов при выезде работников в краткосрочные командировки за границу\n\n"
          "   ед. изм. долл. США\n\n   " + "-" * 70 + "\n\n   Страны !Суточные! Стоимость одноместного стандартного\n\n"
          "   ! ! номера\n\n   ! !5-ти !4-х !3-х\n\n   " + "-" * 70 + "\n\n   США 70 231 205 186\n\n"
          "   Доминиканская\n\n   Республика 40 160 120 80\n\n   Украина 30 191 172 100\n\n   " + "-" * 60 + "\n")
    d = doc_meta(ru, "rus.md", "534", "1998-11-16", "103002000000")
    units = {u.path: u for u in d.units}
    root = (("appendix", "1"),)
    assert units[root].heading == ("Расчет сумм командировочных расходов при выезде работников в краткосрочные "
                                   "командировки за границу")
    table = units[root + (("table", "1"),)].text
    assert "Страны !Суточные!" in table and "Украина 30 191 172 100" in table
    assert [p for p in units if p[:1] == root and p[-1][0] == "textparagraph"] == [root + (("textparagraph", "1"),)]
    assert units[root + (("textparagraph", "1"),)].text == "ед. изм. долл. США" and not d.unparsed


# new forms of driving licences (Ministry of Internal Affairs, 2000): the signature ends with a rank over a Kazakh stamp
# that quotes the order's title; the stamp's note broken after the issuer, the title below it; the editors' "РҚАО-ның
# ескертуі!"; an appendix of two lists with no points, the second led in by its own words; tables drawn in text, their
# fences lost, one closed by no rule
LICENCES_KK = (
    "# Жүргізуші куәлігінің жаңа үлгілерін енгізу туралы\n\nмақсатында Бұйырамын :\n\n"
    "1\\. Қазақстан Республикасының аумағында жүргізу куәлігінің үлгісі (N 1 қосымша) қолданысқа енгізілсін.\n\n"
    "4\\. Бұйрық ішкі істер органдарының барлық жеке құрамына жариялансын.\n\n*Қазақстан Республикасының*\n\n"
    "*Ішкі істер министрі -*\n\n*Ішкі әскерлер қолбасшысы*\n\n*генерал-лейтенант*\n\n"
    "\"Жүргізуші куәлігінің жаңа үлгілері\n\nмен көлік құралын тіркеу туралы\n\nкуәлікті енгізу туралы\" Қазақстан\n\n"
    "Республикасы Ішкі істер министрінің\n\n2000 жылғы 27 қарашадағы N 644 бұйрығына\n\nN 1 Қосымша\n\n"
    "> *Ескерту: Қосымша жаңа редакцияда жазылды - Ішкі істер*\n\nминистрінің 2005 жылғы 17 қарашадағы N 639 , 2007 жылғы "
    "15 наурыздағы N 105 (қолданысқа енгізілу тәртібін 4-тармақтан қараңыз) бұйрығымен .\n\n"
    "## Жүргізуші куәлігінің үлгісі\n\nЖүргізуші куәлігі мынадай көрінетін элементтерден тұрады:\n\n"
    "1\\) жүргізуші және жүргізуші куәлігі туралы мәліметтер;\n\n5\\) түс бетінде орналасқан мәліметтер сипаттамасы.\n\n"
    "Интегралдық микросхема мынадай мәліметтерді құрайды:\n\n1\\) жүргізуші куәлігі туралы:\n\nсериясы мен нөмірі;\n\n"
    "3\\) көлік құралын жүргізу рұқсаты туралы:\n\nрұқсат етілген санаттар;\n\nРҚАО-ның ескертуі!\n\n"
    "ҚР Ішкі істер министрінің 15.03.2007 N 105 бұйрығы күшін жойды - ҚР Ішкі істер министрінің 11.02.2009 N 46 "
    "бұйрығымен.\n\n4\\) алынып тасталды .\n\nN 2 қосымша\n\n### Көлік құралын тіркеу туралы куәліктің Үлгісі\n\n"
    "AA N 000000\n\nN 3 қосымша\n\n### Облыстарына бекітіліп берілген әріптік символдардың Тізбесі\n\n"
    + "_" * 67 + "\n\nОблыстардың атауы | Жазылуы | Орыс тілінде\n\n|(латын алфавиті)| айтылуы\n\n" + "_" * 67 + "\n\n"
    "1 Астана қаласы Z Зет\n\n16 Оңтүстік Қазақстан облысы Х Икс\n\n" + "_" * 67 + "\n\nБос символдар: G, I, J, Y, Q\n")
LICENCES_RU = (
    "# О введении новых образцов водительского удостоверения\n\nВ целях усиления защиты их от подделок: <*>\n\n"
    "1. Ввести в действие образец водительского удостоверения (приложение N 1).\n\n"
    "4. Приказ объявить всему личному составу ОВД.\n\n*Министр внутренних дел*\n\n*Республики Казахстан -*\n\n"
    "*Командующий внутренними войсками*\n\n*генерал-лейтенант*\n\n> *Приложение N 1 к приказу*  \n"
    "> *Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 27 ноября 2000 года N 644*\n\n"
    "## Образец водительского удостоверения\n\nВодительское удостоверение состоит из следующих визуальных элементов:\n\n"
    "1\\) сведения о водителе и водительском удостоверении;\n\n2\\) фотография и подпись владельца.\n\n"
    "Интегральная микросхема содержит следующие сведения:\n\n1\\) о водительском удостоверении:\n\nсерия и номер;\n\n"
    "2\\) о водителе:\n\nфамилия, имя, отчество.\n\nПриложение N 2\n\n### Образец свидетельства о регистрации\n\n"
    "AA N 000000\n\nПриложение N 3\n\n### Перечень буквенных символов, закрепленных за "
    "областями\n\n" + "_" * 75 + "\n\n! Наименование областей !Написание (лат. ! Произношение на !\n\n"
    "! ! алфавит) ! русском языке !\n\n____!_______________!_______________!______________!\n\n1 г.Астана Z Зет\n\n"
    "16 Южно-Казахстанская X Икс\n\nСвободные символы: G, I, J, Y, Q.\n")


def test_licences_signature_ranked_over_a_quoted_stamp_and_lists_with_no_points():
    kk = doc_meta(LICENCES_KK, "kaz.md", "644", "2000-11-27", "103003000000")
    assert [s.role for s in kk.signatories] == [
        "Қазақстан Республикасының Ішкі істер министрі - Ішкі әскерлер қолбасшысы генерал-лейтенант"]
    units = {u.path: u for u in kk.units}
    a1, a3 = (("appendix", "1"),), (("appendix", "3"),)
    assert units[a1].heading == "Жүргізуші куәлігінің үлгісі"
    assert [(a.effect, a.amending.number) for a in kk.amendments if a.path == a1] == [
        ("Substitution", "639"), ("Substitution", "105")]
    assert [(a.target_act.number, a.amending.number) for a in kk.amendments if a.effect == "Repeal"] == [("105", "46")]
    assert units[a1 + (("part", "2"),)].text == "Интегралдық микросхема мынадай мәліметтерді құрайды:"
    assert units[a1 + (("subpoint", "1"),)].text == "1) жүргізуші және жүргізуші куәлігі туралы мәліметтер;"
    assert a1 + (("part", "2"), ("subpoint", "3")) in units
    assert "РҚАО" not in (units[a1 + (("part", "2"), ("subpoint", "3"))].text or "")
    assert "Облыстардың атауы | Жазылуы" in units[a3 + (("table", "1"),)].text and not kk.unparsed
    ru = doc_meta(LICENCES_RU, "rus.md", "644", "2000-11-27", "103003000000")
    units = {u.path: u for u in ru.units}
    assert units[a1 + (("part", "2"),)].text == "Интегральная микросхема содержит следующие сведения:"
    assert units[a1 + (("part", "2"), ("subpoint", "2"))].text.startswith("2) о водителе:")
    table = units[a3 + (("table", "1"),)].text
    assert "! Наименование областей !" in table and table.endswith("16 Южно-Казахстанская X Икс")
    assert units[a3].heading == "Перечень буквенных символов, закрепленных за областями" and not ru.unparsed


# an order of 2000 against bribes on the roads (Ministry of Internal Affairs): its point 6 amends another order's
# appendices, one after the other (appendix 4 given anew as this order's appendix, whose stamp in a fence is followed by
# its note in brackets; in appendix 5 point 1 and two paragraphs; appendix 7 gains a row not named as a unit); the
# order repealed "за иключением пункта 6" in 2005, then whole in 2007; the Kazakh note "6-тармағынан басқасының күші
# жойылды", and the amending point's own note under its instructions
ROADS_RU = (
    "# О мерах по совершенствованию контроля за автоперевозками\n\nприказываю:\n\n"
    "1. С целью искоренения фактов поборов проводить занятия с личным составом.\n\n"
    "6. Внести в приказ Министерства внутренних дел Республики Казахстан от 10 ноября 1999 года N 568 V991085_ \"О "
    "совершенствовании деятельности дорожной полиции\" следующие изменения и дополнения:\n\n"
    "   Приложение N 4 \"Дислокация стационарных контрольных постов дорожной полиции заградительной системы \"Рубеж\" МВД "
    "Республики Казахстан\" изложить в редакции согласно приложению к настоящему приказу;\n\n   в Приложении N 5:\n\n"
    "пункт 1 изложить в следующей редакции:\n\n\"1. Контрольные посты являются стратегическими объектами.\";\n\n"
    "абзац второй пункта 7 дополнить предложением следующего содержания:\n\n\"Запрещается посадка сотрудников.\";\n\n"
    "Приложение N 7 \"Перечень служебной документации контрольного поста дорожной полиции специальной заградительной "
    "системы \"Рубеж\" дополнить строкой 8 следующего содержания:\n\n\"8. Журнал приема и передачи информаций\".\n\n"
    "9. Настоящий приказ вступает в силу со дня государственной регистрации.\n\nМинистр внутренних дел\n\n"
    "Республики Казахстан\n\n```\nПриложение N 4\nк приказу МВД Республики Казахстан\nот 10 ноября 1999 года N 568\n"
    "(с изменениями в соответствии с приказом\nМВД РК от 27 сентября 2000 г. N 519)\n```\n\nДислокация\n\n```\n"
    "стационарных контрольных постов дорожной полиции\nзаградительной системы \"Рубеж\" МВД Республики Казахстан\n"
    + "-" * 75 + "\nN ! Место расположения постов ! Примечание\n" + "-" * 75 + "\n"
    "1. Пост \"Иртыш\", 15 км а/д \"Астана-Рождественка\" Въезд\n```\n")
ROADS_KK = (
    "# Автотасымалдауларға бақылау жасауды жетілдіру шаралары туралы\n\n> *Ескерту: Бұйрықтың 6-тармағынан басқасының "
    "күші жойылды - Ішкі істер министрінің 2005 жылғы 24 қарашадағы N 652 бұйрығымен .*\n\nбұйырамын:\n\n1. <*>\n\n"
    "6. Қазақстан Республикасы Iшкi iстер министрлiгiнiң 1999 жылғы 10 қарашадағы N 568 \"Жол полициясының iс-әрекетiн "
    "жетiлдiру туралы\" бұйрығына мынадай өзгерiстер мен толықтырулар енгізiлсiн:\n\n   N 5 қосымшада:\n\n"
    "1-тармақ мынадай редакцияда жазылсын:\n\n\"1. \"Шеп\" тосқауыл жүйесiндегi арнайы бақылау бекеттерi стратегиялық "
    "объектiлерi болып табылады.\";\n\n\"Шеп\" арнайы тосқауыл жүйесiндегi жол полициясы бақылау бекеттерiнiң қызметтiк "
    "құжаттарының тiзбесi\" деген N 7 қосымша мынадай мазмұндағы 8-жолмен толықтырылсын;\n\n"
    "\"8. Ақпараттар қабылдау және беру журналы\".\n\n> *Ескерту: 6-тармақ өзгертілді - ҚР Ішкі істер министрінің 2003 "
    "жылғы 29 қыркүйектегі N 538 бұйрығымен .*\n\n7. <*>\n\n"
    "9. Осы бұйрық мемлекеттiк тiркеуден өткен күннен бастап күшiне енедi.\n")
ROADS_META = _requisites(
    "Приказ Министра внутренних дел Республики Казахстан от 27 сентября 2000 года N 519. Зарегистрирован в Министерстве "
    "юстиции Республики Казахстан 23.10.2000 г. за N 1269. Утратил силу за иключением пункта 6 - приказом Министра "
    "внутренних дел Республики Казахстан от 24 ноября 2005 года N 652 (V053990). Утратил силу приказом Министра внутренних "
    "дел Республики Казахстан от 1 февраля 2007 года N 35", "103003000000")


def test_an_order_amending_another_s_appendices_one_after_the_other():
    d = parse_text(ROADS_RU, "rus.md", meta=ROADS_META)
    got = [(a.effect, a.path, a.new_text or "") for a in d.amendments if a.target_act.number == "568"]
    expected = [("Substitution", (("appendix", "4"),), "Дислокация стационарных контрольных постов"),
                ("Substitution", (("appendix", "5"), ("point", "1")), "Контрольные посты являются"),
                ("Insertion", (("appendix", "5"), ("point", "7"), ("textparagraph", "2")), "Запрещается посадка"),
                ("Insertion", (("appendix", "7"), ("point", "8")), "Журнал приема и передачи")]
    assert [(e, p) for e, p, _ in got] == [(e, p) for e, p, _ in expected]
    assert all(text.startswith(start) for (_, _, text), (_, _, start) in zip(got, expected))
    # the row the instruction adds is what it announces, not the appendix it goes into (row 8, not appendix 7)
    assert [a.announced for a in d.amendments if a.path == (("appendix", "7"), ("point", "8"))] == [("8",)]
    own = next(u for u in d.units if u.act.number == "519" and u.path == (("appendix", "4"),))
    assert own.heading.startswith("Дислокация стационарных контрольных постов") and not d.unparsed
    kk = parse_text(ROADS_KK, "kaz.md", meta=ROADS_META)
    assert [(a.effect, a.path) for a in kk.amendments if a.target_act.number == "568"] == [
        ("Substitution", (("appendix", "5"), ("point", "1"))), ("Insertion", (("appendix", "7"), ("point", "8")))]
    assert [(a.effect, a.amending.number, a.path) for a in kk.amendments if a.target_act.number == "519"] == [
        ("Repeal", "35", ()), ("PartialRepeal", "652", ()), ("Modification", "538", (("point", "6"),))]
    assert not kk.instructions_failed and not kk.unparsed


def test_requisites_that_repeal_an_act_but_for_a_point_then_whole():
    assert (ROADS_META.repeal.number, [r.number for r in ROADS_META.partial_repeals]) == ("35", ["652"])
    d = parse_text(ROADS_RU, "rus.md", meta=ROADS_META)
    assert [(a.effect, a.amending.number) for a in d.amendments if a.target_act.number == "519"] == [
        ("Repeal", "35"), ("PartialRepeal", "652")]


# a Kazakh register of positions of the Presidential Chancellery (2019), its rows under block rows
CHANCELLERY_REGISTER = (
    "# Тізілімін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Тізілім бекітілсін.\n\n> *Қазақстан Республикасы*  \n"
    "> *Президенті Кеңсесі бастығының*  \n> *2019 жылғы 7 қазандағы*  \n> *№ 19-42-3.3.17 бұйрығына*  \n"
    "> *1-ҚОСЫМША*\n\n## «Қазақстан Республикасы Президентінің Мұрағаты» мемлекеттік мекемесінің азаматтық "
    "қызметшілері лауазымдарының ТІЗІЛІМІ\n\n<table>\n<tr>\n<th>Буын</th>\n<th>Саты</th>\n<th>Лауазымдар атауы</th>\n"
    "</tr>\n<tr>\n<td colspan=\"3\">В блогы (негізгі персонал)</td>\n</tr>\n<tr>\n<td>В3</td>\n<td>1</td>\n"
    "<td>Біліктілігі орташа деңгейдегі жоғары санатты негізгі персонал мамандары: мұрағатшы</td>\n</tr>\n<tr>\n"
    "<td></td>\n<td>2</td>\n<td>Біліктілігі орташа деңгейдегі бірінші санатты негізгі персонал мамандары: мұрағатшы"
    "</td>\n</tr>\n<tr>\n<td colspan=\"3\">С блогы (әкімшілік персонал)</td>\n</tr>\n<tr>\n<td>С2</td>\n<td></td>\n"
    "<td>Әкімшілік функцияларды орындайтын біліктілігі жоғары деңгейдегі мамандар: заң кеңесшісі</td>\n</tr>\n"
    "</table>\n")


def test_a_register_row_that_leaves_its_category_empty_is_of_the_one_above():
    """A Kazakh register of positions (the Presidential Chancellery, 2019) prints the category once and leaves the
    cell empty in the rows under it ("В3" / "1" / "…" and "" / "2" / "…"), where the Russian merges the cells: each row
    is of that category, until a block's heading row; a row with no step ("С2" / "" / "…") gives its own."""
    d = doc_meta(CHANCELLERY_REGISTER, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    assert [(p.category, p.step) for p in d.positions] == [("В3", "1"), ("В3", "2"), ("С2", None)]


def test_a_register_step_typed_with_a_minus_sign_is_the_hyphened_step():
    """The Chancellery's register of 2015 types some steps with a minus sign ("1−1", U+2212) and others with a hyphen
    ("1-1"): one step, which a query grouping positions by step must find as one."""
    text = CHANCELLERY_REGISTER.replace("<td>1</td>", "<td>1−1</td>").replace("<td>2</td>", "<td>2-1</td>")
    d = doc_meta(text, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    assert [(p.category, p.step) for p in d.positions] == [("В3", "1-1"), ("В3", "2-1"), ("С2", None)]


# the instruction on notarial records (Ministry of Justice, 1998): it repeals a Kazakh SSR instruction ("считать
# утратившей силу Инструкцию …, утвержденную приказом Министра юстиции Казахской ССР N 3 от 03.03.1976 г.") and a
# point of the ministry's own order, named by its number before its day ("п.2 Приказа N 61 от 25.05.98 г."; Kazakh
# "25.05.1998 жылғы N 61 бұйрықтың 2-тармағының күші жойылсын"); the Kazakh text opens with the editors' word that it was
# translated
NOTARIAL_RECORDS_RU = (
    "# Об утверждении Инструкции по нотариальному делопроизводству\n\nприказываю:\n\n1. Утвердить Инструкцию.\n\n"
    "3. В связи с введением в действие настоящей Инструкции, считать утратившей силу Инструкцию \"По делопроизводству в "
    "государственных нотариальных конторах\", утвержденную приказом Министра юстиции Казахской ССР N 3 от 03.03.1976 г.\n\n"
    "4. Признать утратившим силу п.2 Приказа N 61 от 25.05.98 г. \"Об утверждении эскиза и временного положения о печати "
    "частного нотариуса\".\n\n5. Контроль за исполнением настоящего приказа возложить на Департамент.\n\n   *Министр*\n")
NOTARIAL_RECORDS_KK = (
    "# Нотариаттық іс қағаздарын жүргізу жөніндегі Нұсқаулық\n\n> *Ескерту. Бұйрықтың қазақ тіліндегі нұсқасы қағаз "
    "мәтінінде жоқ, орыс тілдегі мәтінінен РҚАО қызметкерлерімен аударылды.*\n\nбұйырамын:\n\n1. Нұсқаулық бекітілсін.\n\n"
    "3. Осы Нұсқаулықтың күшіне енуіне байланысты, Қазақстан КСР Әділет министрінің 03.03.1976 жылғы N 3 бұйрығымен "
    "бекітілген \"Мемлекеттік нотариалдық контораларда іс қағаздарын жүргізу жөніндегі\" Нұсқаулықтың күші жойылды деп "
    "танылсын.\n\n4. \"Эскиз және жеке нотариустардың мөрі туралы уақытша ережені бекіту туралы\" 25.05.1998 жылғы N 61 "
    "бұйрықтың 2-тармағының күші жойылсын.\n\n5. Осы бұйрықтың орындалуын бақылау Департаментіне жүктелсін.\n\n"
    "   *Министр*\n")


def test_repeals_of_a_soviet_instruction_and_of_a_point_named_by_its_abbreviation():
    for text, name in ((NOTARIAL_RECORDS_RU, "rus.md"), (NOTARIAL_RECORDS_KK, "kaz.md")):
        d = doc_meta(text, name, "83", "1998-07-16", "103001000000")
        got = [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en, a.path) for a in d.amendments]
        assert got == [("Repeal", "3", "1976-03-03", "Ministry of Justice of the Kazakh SSR", ()),
                       ("Deletion", "61", "1998-05-25", "Ministry of Justice", (("point", "2"),))], name
        assert not d.instructions_failed and not d.unparsed, name
    kk = doc_meta(NOTARIAL_RECORDS_KK, "kaz.md", "83", "1998-07-16", "103001000000")
    assert any("РҚАО қызметкерлерімен аударылды" in n for n in kk.act.notes)


def test_points_kept_as_the_record_of_their_deletion_after_a_footnote_mark():
    """A regulation of 1998 on advocates' licences: "10. <*> Пункт 10 - исключен согласно приказу Минюста РК от
    04.10.2000 г. N 78 V001280_ ." and "12. <*> Пункты 12 и 13 исключены согласно приказу …": points 10, 12 and 13
    deleted by order 78."""
    text = ("# Положение о порядке выдачи лицензий на право занятия адвокатской деятельностью\n\n"
            "9\\. В выдаче лицензии может быть отказано. <*>\n\n> *Сноска. Пункт 9 - в новой редакции согласно приказу "
            "Минюста РК от 04.10.2000 г. N 78 V001280_ .*\n\n10\\. <*> Пункт 10 - исключен согласно приказу Минюста РК от "
            "04.10.2000 г. N 78 V001280_ .\n\n11\\. При отказе в выдаче лицензии заявителю дается мотивированный ответ.\n\n"
            "12\\. <*> Пункты 12 и 13 исключены согласно приказу Минюста РК от 04.10.2000 г. N 78 V001280_ .\n\n"
            "14\\. Лицензия адвоката выдается по форме, установленной Правительством.\n")
    meta = _requisites("Утверждено приказом Министерства юстиции Республики Казахстан от 21 января 1998 г. N 19.", "103001000000")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments] == [
        ("Substitution", "78", APP + (("point", "9"),)), ("Deletion", "78", APP + (("point", "10"),)),
        ("Deletion", "78", APP + (("point", "12"),)), ("Deletion", "78", APP + (("point", "13"),))]
    assert not d.unparsed


def test_a_note_that_opens_with_its_footnote_mark_and_no_note_word():
    """A regulation of 1998 on notaries' licences: under point 14-1 "<*> Положение дополнено пунктом 14-1 согласно
    приказу Минюста РК от 04.10.2000 г. N 78 V001280_ ." is the record that the point was added, no part of it."""
    text = ("# Положение о порядке выдачи лицензий\n\n12. Лицензия выдается по форме, установленной Правительством.\n\n"
            "14-1. В случае изменения фамилии нотариус обязан сообщить лицензиару письменно. <*>\n\n"
            "<*> Положение дополнено пунктом 14-1 согласно приказу Минюста РК от 04.10.2000 г. N 78 V001280_ .\n\n"
            "15. Лицо, получившее лицензию, может быть назначено на должность государственного нотариуса.\n")
    meta = _requisites("Приказ Министерства юстиции Республики Казахстан от 13 марта 1998 г. N 177.", "103001000000")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments] == [("Insertion", "78", (("point", "14-1"),))]
    units = {u.path: u.text for u in d.units}
    assert units[(("point", "14-1"),)] == "В случае изменения фамилии нотариус обязан сообщить лицензиару письменно."


def test_a_kazakh_stamp_whose_approval_word_is_quoted_on_a_line_of_its_own():
    """Rules of 1998 on bailiffs' attestation: the Kazakh stamp ends "N 111 бұйрығымен" / '"БЕКІТІЛДІ"', the word
    quoted in capitals on its own line: the stamp of the attached regulation, its points the regulation's."""
    text = ("# Ережені бекіту туралы\n\nБҰЙЫРАМЫН:\n\nСот орындаушылары мен приставтарды аттестациялау туралы Ережелер "
            "бекітілсін.\n\n*Министр*\n\nҚазақстан Республикасы\n\nӘділет Министрінің\n\n1998 жылғы қазанның 20\n\n"
            "N 111 бұйрығымен\n\n\"БЕКІТІЛДІ\"\n\n## Орталық аттестациялық комиссия туралы ЕРЕЖЕ\n\n"
            "1. Орталық аттестациялық комиссия шағымдарды қарайды.\n\n2. Комиссияны Әділет Министрі құрады.\n")
    d = doc_meta(text, "kaz.md", "111", "1998-10-20", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Орталық аттестациялық комиссия туралы ЕРЕЖЕ"
    assert (("appendix", "1"), ("point", "2")) in units and not d.unparsed
    assert [s.role for s in d.signatories] == ["Министр"]


def test_one_agreement_beside_the_act_s_own_signing_under_one_word():
    """An instruction of 2001 (Kazakh): '"КЕЛІСІЛГЕН"' over two columns merged line by line, the country's name over
    both ("Қазақстан Республикасы Қазақстан Республикасы" / "Бас прокуратурасы Әділет Министрлігі" / "2001 ж. 19
    желтоқсан 2001 ж. 11 желтоқсан"): the Prosecutor General's Office agreed on 19 December; the Ministry of Justice's
    column is the order's own signing, no approval."""
    text = ("# Нұсқаулықты бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса берілген Нұсқаулық бекітілсін.\n\n"
            "3\\. Бұйрық 2002 жылғы 1 қаңтардан бастап іске енеді.\n\n*Министр*\n\n\"КЕЛІСІЛГЕН\"\n\n"
            "Қазақстан Республикасы Қазақстан Республикасы\n\nБас прокуратурасы Әділет Министрлігі\n\n"
            "2001 ж. 19 желтоқсан 2001 ж. 11 желтоқсан\n\n## Арнайы құралдарды қолдану тәртібі туралы Нұсқаулық\n\n"
            "1\\. Осы Нұсқаулық арнайы құралдарды қолдану тәртібін анықтайды.\n")
    d = doc_meta(text, "kaz.md", "141", "2001-12-11", "103001000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Prosecutor General's Office", "2001-12-19")]
    assert not d.unparsed


def test_an_agreement_signed_with_a_prosecutor_s_class_rank_on_its_day():
    """Rules of 2007 on taking back state awards: '"СОГЛАСОВАНО"' / "Генеральный Прокурор" / "Республики Казахстан" /
    "государственный советник" / "юстиции 2-го класса" / "21 июня 2007 года" (Kazakh '"Келісілген"' / … "Бас прокуроры
    2-ші сыныпты" / "мемлекеттік әділет кеңесшісі" / "2007 жыл 21 маусым", the year with no case ending): the
    Prosecutor General's Office on its day; the class rank is no part of the body's name."""
    ru = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ :\n\n1. Утвердить прилагаемые Правила.\n\n"
          "3. Настоящий приказ вводится в действие со дня государственной регистрации в Министерстве юстиции Республики "
          "Казахстан.\n\n*Министр*\n\n\"СОГЛАСОВАНО\"\n\nГенеральный Прокурор\n\nРеспублики Казахстан\n\n"
          "государственный советник\n\nюстиции 2-го класса\n\n21 июня 2007 года\n\n> *Утверждена*  \n"
          "> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 21 июня 2007 года N 186*\n\n"
          "## Правила изъятия государственных наград\n\n## 1. Общие положения\n\n1. Настоящие Правила определяют порядок "
          "изъятия.\n")
    kk = ("# Ережелерін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Ережелері бекітілсін.\n\n3. Осы бұйрық Қазақстан "
          "Республикасының Әділет министрлігінде мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.\n\n"
          "*Министр*\n\n\"Келісілген\"\n\n*Қазақстан Республикасының*\n\n*Бас прокуроры 2-ші сыныпты*\n\n"
          "*мемлекеттік әділет кеңесшісі*\n\n*2007 жыл 21 маусым*\n\n> *Қазақстан Республикасы*  \n"
          "> *Әділет министрінің*  \n> *2007 жылғы 21 маусымдағы*  \n> *N 186 бұйрығымен*  \n> *бекітілген*\n\n"
          "## Наградаларды алып қою тәртібі туралы ереже\n\n## 1. Жалпы ережелер\n\n1. Осы Ереже алып қою тәртібін "
          "айқындайды.\n")
    for text, name in ((ru, "rus.md"), (kk, "kaz.md")):
        d = doc_meta(text, name, "186", "2007-06-21", "103001000000")
        assert [(a.org.en, a.date) for a in d.approvals] == [("Prosecutor General's Office", "2007-06-21")], name
        assert ((("appendix", "1"), ("chapter", "1"), ("point", "1")) in {u.path for u in d.units}) and not d.unparsed


def test_a_kazakh_title_under_the_signature_whose_kind_is_on_the_next_line():
    """An order of 1998 (Kazakh) in one fence: 'Бұйырамын:' / one sentence, no point / "Министр", then the regulation's
    title with no stamp, its kind alone on the next line ("Орталық аттестациялау комиссия туралы" / "Ереже"): the
    attached regulation, its points its own (they had all been unparsed)."""
    text = ("# Ережені бекіту туралы\n\n```\nҚаулысымен бекітілген Ережесін басшылыққа ала\nотырып,\nБұйырамын:\n"
            "азаматтық хал-актілерді жазу органдарының қызметкерлерін\nаттестациялау туралы және Орталық аттестациялық "
            "комиссия туралы ұсынылған\nЕрежелер бекітілсін.\nМинистр\nОрталық аттестациялау комиссия туралы\nЕреже\n```\n\n"
            "1. Орталық комиссияның хатшысы Әдiлет Министрлiгi аппаратының қызметкерлерi құрамынан тағайындалады.\n\n"
            "2. Орталық комиссияның мәжiлiстерi қажеттiлiкке қарай өткiзiледi.\n")
    d = doc_meta(text, "kaz.md", "280", "1998-04-09", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Орталық аттестациялау комиссия туралы Ереже"
    assert (("appendix", "1"), ("point", "2")) in units and not d.unparsed


def test_a_fenced_order_whose_repealed_act_s_number_wraps_and_whose_regulation_opens_with_a_roman_chapter():
    """An order of 1998 wrapped in a fence at a fixed width: "3. Приказ … от 28 марта 1996 г." / 'N 614 "Об
    утверждении …" признать утратившим силу.' (the day of an act, then its number on the next line: one sentence, the
    repeal of order 614), then "Министр" / "Положение" / '"О территориальных органах управления' / 'Министерства
    юстиции Республики Казахстан"' / "I. Общие положения": the quotation closed, the roman heading is chapter 1, no
    part of the regulation's title."""
    text = ("# Об утверждении Положения\n\nприказываю:\n\n1\\. Утвердить прилагаемое Положение.\n\n"
            "2\\. Начальникам управлений юстиции:\n\n1) распределить в соответствии с указанным Положением обязанности\n\n"
            "```\nмежду заместителями начальника управления, утвердить должностные\ninструкции сотрудников.\n"
            "3. Приказ Министра юстиции Республики Казахстан от 28 марта 1996 г.\n"
            "N 614 \"Об утверждении Положения \"О территориальных органах управления\n"
            "Министерства юстиции Республики Казахстан\" признать утратившим силу.\nМинистр\nПоложение\n"
            "\"О территориальных органах управления\nМинистерства юстиции Республики Казахстан\"\nI. Общие положения\n```\n\n"
            "1\\. Территориальным органом Министерства юстиции Республики Казахстан является управление юстиции.\n\n"
            "II. Задачи и функции управления юстиции\n\n2\\. Основными задачами управления юстиции являются правовые.\n")
    d = doc_meta(text, "rus.md", "82", "1998-07-08", "103001000000")
    assert [(a.effect, a.target_act.number, a.target_act.date) for a in d.amendments] == [
        ("Repeal", "614", "1996-03-28")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == \
        'Положение "О территориальных органах управления Министерства юстиции Республики Казахстан"'
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in units
    assert (("appendix", "1"), ("chapter", "2"), ("point", "2")) in units and not d.unparsed


def test_a_kazakh_repeal_said_with_the_participle_and_the_proofreader_named_under_the_text():
    """The same order of 1998 in Kazakh: '3. … министрінің "Қазақстан' / 'Республикасының … туралы" ережені бекіту
    туралы"' / "1996 жылғы 28 наурыздағы N 614 бұйрығы күшін жойған деп танылсын." (the repeal said with the participle
    "жойған") repeals order 614; "Оқыған:" / "Багарова Ж.А." under the last point names the portal's proofreader, no
    part of the point."""
    text = ("# Ережені бекіту туралы\n\nбұйырамын:\n\n1\\. Қоса беріліп отырған \"Әділет министрлігінің\n\n```\n"
            "аумақтық басқару органдары туралы\" ереже бекітілсін.\n3. Қазақстан Республикасы Әділет министрінің \"Қазақстан\n"
            "Республикасының аумақтық басқару органдары туралы\" ережені бекіту туралы\"\n"
            "1996 жылғы 28 наурыздағы N 614 бұйрығы күшін жойған деп танылсын.\nМинистр\nҚазақстан Республикасы\n"
            "Әділет министрінің\n1998 жылғы\nбұйрығымен бекітілген\n\"Әділет министрлігінің аумақтық\n"
            "басқару органдары туралы\"\nЕреже\n1. Жалпы ережелер\n```\n\n"
            "1\\. Әділет басқармасы мемлекеттік орган болып табылады.\n\n"
            "```\n2. Әділет басқармасының қызметі Қазақстан Республикасының заңдарымен\n"
            "белгіленген тәртіпте қайта құру немесе тарату жолымен тоқтатылады.\nОқыған:\nБагарова Ж.А.\n```\n")
    d = doc_meta(text, "kaz.md", "82", "1998-07-08", "103001000000")
    assert [(a.effect, a.target_act.number, a.target_act.date) for a in d.amendments] == [
        ("Repeal", "614", "1996-03-28")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"), ("chapter", "1"))].heading == "Жалпы ережелер"
    last = units[(("appendix", "1"), ("chapter", "1"), ("point", "2"))]
    assert last.text.endswith("тоқтатылады.") and not d.unparsed


def test_a_note_whose_word_carries_the_second_footnote_mark():
    """Rules of 1998 on registering legal entities: the title carries two footnote marks ('"Правила государственной' /
    'регистрации юридических лиц"' / "<*>" / "<**>") and the second note opens with its mark, in italics ('*Сноска <**> .
    По тексту Правил слова "…" заменены словами "…" согласно приказа Минюста РК от 24.06.1998г. N 74.*'): the marks are
    no part of the title, and the note is a word replacement by order 74 (it had been a paragraph of the rules)."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1\\. Утвердить прилагаемое Положение \"О порядке государственной\n\n"
            "```\nрегистрации юридических лиц\".\nМинистр\nПоложение\n\"Правила государственной\nрегистрации юридических лиц\"\n"
            "<*>\n<**>\nСноска\n<*>\n. Название Положения - в новой редакции согласно приказа\nМинюста РК от 24.06.1998г. N 74\n"
            "\nV980087_\n\n.\n```\n\n> *Сноска <**> . По тексту Правил слова \"государственный регистр юридических лиц\" "
            "заменены словами \"единый государственный регистр юридических лиц\" согласно приказа Минюста РК от 24.06.1998г. "
            "N 74.*\n\n1\\. Общие положения\n\n1\\. Настоящее Положение регламентирует деятельность регистрационной службы.\n")
    d = doc_meta(text, "rus.md", "129", "1998-02-06", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == 'Положение "Правила государственной регистрации юридических лиц"'
    (words,) = [a for a in d.amendments if a.effect == "WordReplacement"]
    assert (words.amending.number, words.amending.date, words.new_words) == (
        "74", "1998-06-24", "единый государственный регистр юридических лиц")
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in units and not d.unparsed


def test_bare_appendix_numbers_over_the_forms_of_rules_published_alone():
    """A regulation of 1998 on registering private notaries, published alone (no order): its last point, then
    "Приложение N 1" alone in a fence, the form's corner drawn in the next ("____" / "наименование органа …"), its name
    "Заявление" and its first sentence; then one drawn block that holds "Приложение N 2" / "Личная анкета" / … /
    "Приложение N 3" / "Книга учетной регистрации …" / … : four appendices, each under its form's name (the first
    stamp had been a paragraph of point 12, the others lines of one table)."""
    text = ("# Положение о порядке учетной регистрации частных нотариусов\n\n"
            "1. Настоящее Положение определяет порядок учетной регистрации частных нотариусов.\n\n"
            "12. Действие лицензии частного нотариуса может быть приостановлено сроком до шести месяцев.\n\n"
            "```\nПриложение N 1\n```\n\n```\n_____________________________________\nнаименование органа, осуществляющего\n"
            "_____________________________________\nучетную регистрацию\nот __________________________________\n"
            "Ф.И.О. (полностью)\n```\n\nЗаявление\n\n```\n"
            "Прошу произвести учетную регистрацию в качестве частного нотариуса.\nК настоящему заявлению прилагаю:\n"
            "1. личную анкету;\n2. справку с места жительства;\nПодпись _________________________\nПриложение N 2\n"
            "Личная анкета\nчастного нотариуса\nОбщие сведения\n1. фамилия____________________________ имя _____________\n"
            "2. Дата рождения _____________________________________________________\nПриложение N 3\n"
            "Книга учетной регистрации частных нотариусов\n______________________\nнаименование области\n"
            "N!Фамилия,!Дата !N и се\n1! 2 ! 3 ! 4\n_______________________________________________________________________\n"
            "(Спец. : Цай Л.Г.\nкоррек.: Склярова И.)\n```\n")
    d = doc_meta(text, "rus.md", "178", "1998-03-13", "103001000000")
    units = {u.path: u for u in d.units}
    assert [(p[0][1], units[p].heading) for p in units if len(p) == 1 and p[0][0] == "appendix"] == [
        ("1", "Заявление"), ("2", "Личная анкета частного нотариуса"),
        ("3", "Книга учетной регистрации частных нотариусов")]
    assert units[(("point", "12"),)].text.endswith("шести месяцев.") and not d.unparsed


def test_kazakh_forms_of_rules_published_alone_each_under_its_note():
    """The same regulation in Kazakh: "N 1 қосымша" fenced, its note ("Ескерту. Қосымша толықтырылды - … N 78 …
    бұйрығымен."), the form's head drawn in three blocks, then "Өтініш"; "N 2 қосымша", its note broken into the drawn
    block ("2000 жылғы 4 қазандағы N 78" / "V001280_" / "бұйрығымен." / "Жекеше нотариустың" / "Жеке сауал-сұрағы" /
    …), and in the same block "N 3 қосымша" / "Жекеше нотариустарды есептік тіркеу кітабы": three appendices under
    their forms' names, each note an event of its own appendix (not of an appendix inside it)."""
    text = ("# Жекеше нотариустарды есептік тіркеу тәртібі туралы\n\n"
            "1\\. Осы Ереже жекеше нотариустарды есептік тіркеу тәртібін белгілейді.\n\n"
            "13. Жекеше нотариус тиiстi әдiлет басқармасының есебiнен шығарылуы тиiс.\n\n"
            "```\nN 1 қосымша\n<*>\n```\n\n> *Ескерту. Қосымша толықтырылды - ҚР Әділет министрлігінің*\n\n"
            "2000 жылғы 4 қазандағы N 78 V001280_ бұйрығымен.\n\n"
            "```\n__________________________________\nесептік тіркеуді жүзеге\n```\n\n"
            "```\n__________________________________\nасыратын органның атауы\n```\n\nӨтініш\n\n"
            "```\nЖекеше нотариус ретінде есептік тіркеу жүргізулеріңізді сұраймын\nОсы өтінішке:\n"
            "1. Жеке сауал-сұрақты;\nҚолы ______________________\n```\n\n```\nN 2 қосымша\n<*>\n```\n\n"
            "> *Ескерту. Қосымша өзгертілді - ҚР Әділет министрлігінің*\n\n```\n2000 жылғы 4 қазандағы N 78\n\n"
            "V001280_\n\nбұйрығымен.\nЖекеше нотариустың\nЖеке сауал-сұрағы\nЖалпы мәліметтер\n"
            "1. Тегі _____________________________ аты____________________________\nN 3 қосымша\n"
            "Жекеше нотариустарды есептік тіркеу кітабы\n________________________________________________________\n"
            "облыстың атауы\n|N|Жекеше |Есептік\n|1| 2 | 3\nОқығандар:\nБагарова Ж.А.\n```\n")
    d = doc_meta(text, "kaz.md", "178", "1998-03-13", "103001000000")
    units = {u.path: u for u in d.units}
    assert [(p[0][1], units[p].heading) for p in units if len(p) == 1 and p[0][0] == "appendix"] == [
        ("1", "Өтініш"), ("2", "Жекеше нотариустың Жеке сауал-сұрағы"), ("3", "Жекеше нотариустарды есептік тіркеу кітабы")]
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments] == [
        ("Modification", "78", (("appendix", "1"),)), ("Modification", "78", (("appendix", "2"),))]
    assert not d.unparsed


def test_forms_stamped_one_under_another_inside_an_indented_point():
    """An order of 1999 on electoral funds: its forms follow the rules' last point, indented under it, each stamped
    ("Утверждено" / … / "от 9 июля 1999 года № 57"), the register drawn with columns kept apart by bare pipes
    ("номер реестра.|регистрации или|…"), a form's head with blanks above its name set as a heading ("Министерство
    юстиции Республики Казахстан" / "Управление юстиции______" / "## Свидетельство о …"), a caption under the blank
    below a form's name ("## Заявление" / "____" / "фамилия, имя, отчество …"): each form's title its name alone, the
    register one drawn table, the caption no part of the stamp above it."""
    text = ("# Вопросы государственной регистрации избирательных фондов\n\nприказываю:\n\n1. Утвердить прилагаемые "
            "Правила.\n\n6. Настоящий Приказ вступает в силу со дня его государственной регистрации.\n\n   *Министр*\n\n"
            "   Утвержден\n\n   приказом Министра юстиции\n\n   Республики Казахстан\n\n   от 9 июля 1999 года № 57\n\n"
            "   ## Правила государственной регистрации избирательных фондов\n\n## 1. Общие положения\n\n"
            "1. Регистрирующие органы ведут Реестр избирательных фондов.\n\n"
            "11. Действия регистрирующего органа приостанавливаются до вынесения окончательного решения.\n\n"
            "    Утвержден\n\n    приказом Министра юстиции\n\n    Республики Казахстан\n\n    от 9 июля 1999 года № 57\n\n"
            "    ## Реестр избирательных фондов\n\n    _____________________________________________________________________\n\n"
            "    Порядковый | Запись о | Наименование | Наименование |\n\n"
            "    номер реестра.|регистрации или|избирательного| соответствующей |\n\n"
            "    ______________|_______________|______________|_______________________|\n\n"
            "    Утверждено\n\n    приказом Министра юстиции\n\n    Республики Казахстан\n\n    от 9 июля 1999 года № 57\n\n"
            "    ____________________________________\n\n    наименование органа, осуществляющего\n\n"
            "    ____________________________________\n\n    регистрацию избирательного фонда\n\n"
            "    ## Заявление\n\n    ____________________________________________________________________\n\n"
            "    фамилия, имя, отчество, год рождения кандидата в депутаты\n\n"
            "    Представляет на регистрацию ________________________________________\n\n"
            "    Утверждено\n\n    приказом Министра юстиции\n\n    Республики Казахстан\n\n    от 9 июля 1999 года № 57\n\n"
            "    Министерство юстиции Республики Казахстан\n\n    Управление юстиции______________\n\n"
            "    ## Свидетельство о государственной регистрации избирательного фонда политической партии\n\n"
            "    Наименование избирательного фонда:_______________________________\n\n    М.П.\n")
    d = doc_meta(text, "rus.md", "57", "1999-07-09", "103001000000")
    units = {u.path: u for u in d.units}
    assert [units[p].heading for p in units if len(p) == 1 and p[0][0] == "appendix"] == [
        "Правила государственной регистрации избирательных фондов", "Реестр избирательных фондов", "Заявление",
        "Свидетельство о государственной регистрации избирательного фонда политической партии"]
    register = [u for p, u in units.items() if p[:1] == (("appendix", "2"),) and len(p) > 1]
    assert [u.path[-1][0] for u in register] == ["table"] and "номер реестра.|регистрации" in register[0].text
    assert not any("наименование органа" in (units[p].text or "") for p in units if p == (("appendix", "2"),))
    assert not d.unparsed


def test_rules_whose_first_division_heading_has_no_number():
    """Rules of 1998 on driving licences, attached with no stamp under the signature: "## Правила о порядке получения
    права …" / "## Общие положения" / points / "## 2. Порядок получения права …": the unnumbered heading is chapter 1,
    no words of the rules' title; a point kept empty over its note ("17." / "Сноска. Пункт 17 исключен - приказом …")
    is the deleted point."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1\\. Утвердить прилагаемые Правила.\n\n"
            "6\\. Контроль за выполнением настоящего Приказа возложить на Департамент дорожной полиции.\n\n*Министр*\n\n"
            "## Правила о порядке получения права на управление транспортными средствами\n\n## Общие положения\n\n"
            "1\\. Настоящие Правила являются едиными и обязательными для исполнения.\n\n"
            "1-1. На территории Республики Казахстан выдаются национальные водительские удостоверения. <*>\n\n"
            "> *Сноска. Глава дополнена новым пунктом 1-1 - приказом и.о. Министра внутренних дел Республики Казахстан "
            "от 24 марта 2004 года N 184 .*\n\n## 2. Порядок получения права на управление транспортными средствами\n\n"
            "7. Лица обязаны пройти полный курс подготовки в учебных организациях.\n\n17.\n\n"
            "    > *Сноска. Пункт 17 исключен - приказом Министра внутренних дел РК от 25 марта 2001 года N 249 .*\n")
    d = doc_meta(text, "rus.md", "335", "1998-10-11", "103003000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "Правила о порядке получения права на управление транспортными средствами"
    assert units[(("appendix", "1"), ("chapter", "1"))].heading == "Общие положения"
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1-1")) in units
    assert [(a.effect, a.amending.number, a.path[-1]) for a in d.amendments] == [
        ("Insertion", "184", ("point", "1-1")), ("Deletion", "249", ("point", "17"))]
    assert not d.unparsed


def test_an_attached_regulation_signed_with_the_official_s_role_alone():
    """A regulation of 2001 on the justice attestation commission ends with its last point, then "*Министр*" alone:
    the attachment's signatory (the role, no name), no paragraph of the last point; a note naming two orders after a
    semicolon, the second's code with a tilde ("… N 114 V021957_ ; приказом … N 234 ~V032557."), is an event of each."""
    text = ("# Об аттестационной комиссии юстиции\n\nприказываю:\n\n1. Утвердить Регламент работы аттестационной "
            "комиссии юстиции.\n\n3. Настоящий приказ вступает в силу со дня государственной регистрации.\n\n"
            "   *Министр*\n\n   Утвержден\n\n   приказом Министра юстиции\n\n   Республики Казахстан\n\n"
            "   от 8 октября 2001 года N 113\n\n   ## Регламент работы аттестационной комиссии юстиции\n\n"
            "## 1. Общие положения\n\n1. Аттестационная комиссия юстиции образуется в целях проведения аттестации.\n\n"
            "5. Комиссия состоит из 7 человек.\n\n   > *Сноска. Пункт 5 с изменениями - приказом Министра юстиции РК от 15 "
            "августа 2002 года N 114 V021957_ ; приказом Министра юстиции Республики Казахстан от 1 ноября 2003 года N 234 "
            "~V032557.*\n\n25. Заседание Комиссии проводится с обязательным ведением протокола.\n\n"
            "    В протоколе заседания Комиссии отражаются все решения.\n\n    *Министр*\n")
    d = doc_meta(text, "rus.md", "113", "2001-10-08", "103001000000")
    units = {u.path: u for u in d.units}
    last = [u for p, u in units.items() if p[:4] == (("appendix", "1"), ("chapter", "1"), ("point", "25"))]
    assert all("Министр" not in (u.text or "") for u in last)
    assert [(s.role, s.of) for s in d.signatories] == [("Министр", ()), ("Министр", (("appendix", "1"),))]
    assert [(a.amending.number, a.path[-1]) for a in d.amendments] == [("114", ("point", "5")), ("234", ("point", "5"))]
    assert not d.unparsed


def test_a_kazakh_stamp_right_under_a_list_of_members_by_agreement():
    """The same order of 2001 in Kazakh, in fences: the commission's members, each line a name and a post, some closed
    by "(келiсiм бойынша)", then the regulation's stamp in a fence of its own ("Әділет министрінің" / "8 қазан 2001 ж.
    N 113" / "бұйрығымен бекітілген"): the stamp is those three lines; the members above it stay the composition's."""
    text = ("# Әділет аттестациялық комиссия туралы\n\n```\nБҰЙЫРАМЫН:\n1. Әділет аттестациялық комиссияның құрамы "
            "бекітілсін.\n2. Әділет аттестациялық комиссия Жұмысының регламенті бекітілсін.\n3. Осы бұйрық қол қойылған "
            "күнінен бастап күшіне енеді.\nМинистр\nҚазақстан Республикасы\nӘділет министрінің\n8 қазан 2001 ж. N 113\n"
            "бұйрығымен бекітілген\nӘдiлет аттестациялық комиссияның құрамы\nТолқаншынов Әдiлет вице-Министрi,\n"
            "Әнуар Құрманбайұлы Комиссия төрағасы\nЖанәбiлова Республикалық нотариаттық\n"
            "Әсел Болатқазықызы палатаның төрайымы\n(келiсiм бойынша)\nНұрмағамбетов Қазақстан Заңгерлерi\n"
            "Аманжол Мағзұмұлы қауымдастығының өкiлi\n(келiсiм бойынша)\n```\n\n```\nӘділет министрінің\n"
            "8 қазан 2001 ж. N 113\nбұйрығымен бекітілген\n```\n\nӘділет аттестациялық комиссиясы\n\nжұмысының регламенті\n\n"
            "1\\. Жалпы ережелер\n\n1\\. Әдiлет аттестациялық комиссиясы аттестациядан өткiзу мақсатында құрылады.\n")
    d = doc_meta(text, "kaz.md", "113", "2001-10-08", "103001000000")
    units = {u.path: u for u in d.units}
    members = " ".join(u.text or "" for p, u in units.items() if p[:1] == (("appendix", "1"),) and len(p) > 1)
    assert "Нұрмағамбетов" in members and "Аманжол" in members
    assert units[(("appendix", "2"),)].heading == "Әділет аттестациялық комиссиясы жұмысының регламенті"
    assert (("appendix", "2"), ("chapter", "1"), ("point", "1")) in units and not d.unparsed


def test_agreements_over_a_wrapped_preamble_and_a_signature_after_a_point_with_no_stop():
    """An instruction of 2001: over its preamble, two agreements side by side ('"Согласовано" "Согласовано"' /
    "Генеральный Прокурор Председатель Верховного суда" / "Республики Казахстан Республики Казахстан" / "Государственный
    советник" / "юстиции 3 класса") and one under them ('"Согласовано"' / "Министр здравоохранения" / "Республики
    Казахстан"); the preamble wrapped, a paragraph a line ("В соответствии со статьей 73 Уголовного кодекса Республики" /
    …): three approving bodies, the preamble no part of the last; the last point's stop missing ("… юстиции Республики
    Казахстан"), then "Министр юстиции" / "Республики Казахстан": the signature, no paragraphs of the point."""
    text = ("# Об утверждении Инструкции\n\n\"Согласовано\" \"Согласовано\"\n\n"
            "Генеральный Прокурор Председатель Верховного суда\n\nРеспублики Казахстан Республики Казахстан\n\n"
            "Государственный советник\n\nюстиции 3 класса\n\n\"Согласовано\"\n\nМинистр здравоохранения\n\n"
            "Республики Казахстан\n\nВ соответствии со статьей 73 Уголовного кодекса Республики\n\n"
            "Казахстан, статьями 97, 168, 169 Уголовно-исполнительного кодекса\n\nРеспублики Казахстан, в целях упорядочения "
            "представления осужденных к\n\nосвобождению от отбывания наказания в связи с болезнью, приказываю:\n\n"
            "1. Утвердить прилагаемую Инструкцию.\n\n2. Приказ вводится в действие с 1 января 2002 года.\n\n"
            "3. Контроль за исполнением настоящего приказа возложить на\n\n   Председателя Комитета уголовно-исполнительной "
            "системы Министерства\n\n   юстиции Республики Казахстан\n\n   *Министр юстиции*\n\n   *Республики Казахстан*\n\n"
            "   Утверждена\n\n   приказом Министра юстиции\n\n   Республики Казахстан\n\n   от 11 декабря 2001 года N 152\n\n"
            "   ## Инструкция по медицинскому освидетельствованию\n\n## 1. Общие положения\n\n"
            "1. Медицинское освидетельствование осужденных представляет собой комплекс мероприятий.\n")
    d = doc_meta(text, "rus.md", "152", "2001-12-11", "103001000000")
    assert [a.org.en for a in d.approvals] == ["Prosecutor General's Office", "Supreme Court", "Ministry of Health"]
    assert [s.role for s in d.signatories] == ["Министр юстиции Республики Казахстан"]
    units = {u.path: u for u in d.units}
    assert units[(("point", "3"),)].text.endswith("юстиции Республики Казахстан") and (("point", "3"), ("part", "2")) \
        not in units
    assert not d.unparsed


def test_a_signatory_whose_surname_begins_with_a_role_word_and_agreements_each_in_its_quote():
    """An instruction of 2022 of the Presidential Affairs Administration: signed "**Исполняющий обязанности
    Управляющего Делами Президента Республики Казахстан**" / "**М. Акимжанова**" (the surname opens with "Аким", a
    governor's title: the name, no words of the role); three agreements, each in a quotation of its own with no day
    ('«СОГЛАСОВАН»' / "Служба государственной охраны" / "Республики Казахстан", …): three approving bodies."""
    text = ("# Об утверждении Инструкции\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
            "4. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
            "официального опубликования.\n\n**Исполняющий обязанности Управляющего Делами Президента Республики "
            "Казахстан**\n\n**М. Акимжанова**\n\n> *«СОГЛАСОВАН»*  \n> *Служба государственной охраны*  \n"
            "> *Республики Казахстан*\n\n> *«СОГЛАСОВАН»*  \n> *Комитет национальной безопасности*  \n"
            "> *Республики Казахстан*\n\n> *«СОГЛАСОВАН»*  \n> *Министерство внутренних дел*  \n> *Республики Казахстан*\n\n"
            "> *Утверждена приказом*  \n> *Исполняющий обязанности*  \n> *Управляющего Делами*  \n"
            "> *Президента Республики Казахстан*  \n> *от 30 ноября 2022 года*  \n> *№ 05/326*\n\n"
            "## Инструкция по организации антитеррористической защиты объектов\n\n### Глава 1. Общие положения\n\n"
            "1. Настоящая Инструкция разработана в соответствии с Законом.\n")
    d = doc_meta(text, "rus.md", "05/326", "2022-11-30", "101004000000")
    assert [(s.role, s.name) for s in d.signatories] == [
        ("Исполняющий обязанности Управляющего Делами Президента Республики Казахстан", "М. Акимжанова")]
    assert [a.org.en for a in d.approvals] == ["State Security Service", "National Security Committee",
                                               "Ministry of Internal Affairs"]
    assert not d.unparsed


def test_an_agreement_of_the_ministry_of_defence_and_aerospace_industry():
    """An order of 2018 of the Ministry of Finance, agreed by the ministry of 2016–2019 ('«СОГЛАСОВАН»' / "Министр
    оборонной и" / "аэрокосмической промышленности" / "Республики Казахстан" / "_______________ Б. Атамкулов" / "13
    февраля 2018 года"): a known body, with its minister and day."""
    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n"
            "4. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого "
            "официального опубликования.\n\n*Министр финансов*\n\n*Республики Казахстан Б. Султанов*\n\n"
            "> *«СОГЛАСОВАН»*  \n> *Министр оборонной и*  \n> *аэрокосмической промышленности*  \n"
            "> *Республики Казахстан*  \n> *_______________ Б. Атамкулов*  \n> *13 февраля 2018 года*\n\n"
            "> *Утверждены приказом*  \n> *Министра финансов*  \n> *Республики Казахстан*  \n> *от 15 февраля 2018 года № 201*\n\n"
            "## Правила\n\n### Глава 1. Общие положения\n\n1. Настоящие Правила определяют порядок.\n")
    d = doc_meta(text, "rus.md", "201", "2018-02-15", "103002000000")
    assert [(a.org.en, a.person, a.date) for a in d.approvals] == [
        ("Ministry of Defence and Aerospace Industry", "Б. Атамкулов", "2018-02-13")]


def test_an_order_whose_first_point_lost_its_number_and_a_form_agreed_by_the_statistics_agency():
    """An order of 2004 on notices to the statistics bodies: "приказываю:" / "Утвердить прилагаемые:" / "1) формы
    извещений …;" / "2) Правила …" / "2. Контроль …" / "3. Настоящий приказ …": the first point printed with its number
    left out is point 1 (its items its text), no paragraph of the preamble's; the agreement under the signature
    ("Согласовано:" / "Председатель Агентства" / "Республики Казахстан" / "по статистике" / "1 июня 2004 года") is the
    Agency on Statistics' on that day."""
    text = ("# Об утверждении форм извещений\n\nВ соответствии с Законом Республики Казахстан приказываю:\n\n"
            "Утвердить прилагаемые:\n\n1) формы извещений о государственной регистрации (перерегистрации) юридического "
            "лица;\n\n2) Правила представления органам государственной статистики форм извещений.\n\n"
            "2. Контроль за исполнением настоящего приказа возложить на Вице-Министра юстиции Республики Казахстан.\n\n"
            "3. Настоящий приказ вступает в силу со дня государственной регистрации в Министерстве юстиции и вводится в "
            "действие с 20 сентября 2004 года.\n\n   *Министр*\n\n   Согласовано:\n\n   Председатель Агентства\n\n"
            "   Республики Казахстан\n\n   по статистике\n\n   1 июня 2004 года\n\n   Утверждено\n\n"
            "   приказом Министра юстиции\n\n   Республики Казахстан\n\n   от 1 июня 2004 года N 168\n\n   ## ИЗВЕЩЕНИЕ\n\n"
            "## 1. Укажите \"Х\" в соответствующей ячейке:\n\n1.1 Регистрация\n\n1.2 Перерегистрация\n")
    d = doc_meta(text, "rus.md", "168", "2004-06-01", "103001000000")
    units = {u.path: u for u in d.units}
    assert units[(("point", "1"),)].text.startswith("Утвердить прилагаемые:")
    assert (("textparagraph", "1"),) not in units and d.act.in_force == "2004-09-20"
    assert [(a.org.en, a.date) for a in d.approvals] == [("Agency on Statistics", "2004-06-01")]
    assert not d.unparsed


def test_notes_on_the_title_and_preamble_and_an_appendix_stamped_to_the_instruction_after_a_form():
    """An order of 2002 on publishing official texts: "Сноска. В заголовок и преамбулу внесены изменения - приказом …
    N 336" changed the title and the preamble (two events, not a title of the preamble); "В заголовке и по всему тексту
    слова … заменены соответственно словами …" changed the instruction's whole text, its title in it; the instruction's
    appendix stamped "Приложение" / "к Инструкции по проведению экспертизы …" after the form of application attached
    next to it is the instruction's appendix, not the form's."""
    text = ("# Об утверждении Инструкции\n\n> *Сноска. В заголовок и преамбулу внесены изменения - приказом и.о. Министра "
            "юстиции Республики Казахстан от 14 декабря 2005 года N 336.*\n\nВ соответствии с Законом приказываю:\n\n"
            "1. Утвердить прилагаемые Инструкцию и Форму заявления.\n\n6. Настоящий Приказ вводится в действие со дня "
            "государственной регистрации.\n\n**Министр**\n\n> *Утверждена*  \n> *Приказом Министра юстиции*  \n"
            "> *Республики Казахстан*  \n> *от 22 октября 2002 года № 155*\n\n## ИНСТРУКЦИЯ по проведению экспертизы и "
            "предоставлению права на последующее официальное опубликование текстов\n\n> *Сноска. В заголовке и по всему "
            "тексту слова \"опубликование официальных\", \"опубликования официальных\" заменены соответственно словами "
            "\"официальное опубликование\", \"официального опубликования\" - приказом и.о. Министра юстиции Республики "
            "Казахстан от 14 декабря 2005 года N 336.*\n\n### Глава 1. Общие положения\n\n1. Экспертиза проводится "
            "сотрудниками Департамента юстиции.\n\n> *Утверждено*  \n> *Приказом Министра юстиции*  \n"
            "> *Республики Казахстан*  \n> *от 22 октября 2002 года № 155*\n\n## ЗАЯВЛЕНИЕ на получение права\n\n"
            "подпись руководителя печатного издания___________________________\n\n> *Приложение*  \n"
            "> *к Инструкции по проведению экспертизы*  \n> *и предоставлению права на последующее*  \n"
            "> *официальное опубликование текстов*  \n> *от 22 октября 2002 года № 155*\n\n"
            "## Книга учета прав на последующее официальное опубликование\n\n")
    d = doc_meta(text, "rus.md", "155", "2002-10-22", "103001000000")
    assert [a.path for a in d.amendments if a.effect == "Modification"] == [(("preamble", ""),), (("title", ""),)]
    assert {a.path for a in d.amendments if a.effect == "WordReplacement"} == {(("appendix", "1"),)}
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"), ("appendix", "1"))].heading.startswith("Книга учета прав")
    assert (("appendix", "2"),) in units and (("appendix", "2"), ("appendix", "1")) not in units


def test_kazakh_notes_on_the_title_and_preamble_and_appendices_stamped_to_the_instruction():
    """The same order in Kazakh: "Ескерту: Бұйрықтың тақырыбына және кіріспесіне өзгертулер енгізілді - … N 336 …"
    changed the title and the preamble; the instruction's appendices stamped after the form ("… N 155 бұйрығымен
    бекітілген, … сараптама өткізу және құқық беру жөніндегі Нұсқаулығына 1-қосымша") are the instruction's (its title
    names its kind last: the stamp is matched on the title's words, not on its first)."""
    text = ("# Нұсқаулықты бекіту туралы\n\n> *Ескерту: Бұйрықтың тақырыбына және кіріспесіне өзгертулер енгізілді - ҚР "
            "Әділет министрлігінің 2005 жылғы 14 желтоқсандағы N 336 бұйрығымен.*\n\nБұйырамын:\n\n1. Қоса берiлiп отырған "
            "нұсқаулық пен өтiнiш нысаны бекiтiлсiн.\n\n6. Осы бұйрық мемлекеттiк тiркелген күннен бастан күшiне енедi.\n\n"
            "**Қазақстан Республикасының Әділет министрі**\n\n> *Қазақстан Республикасы*  \n> *Әділет министрiнiң*  \n"
            "> *2002 жылғы 22 қазандағы*  \n> *№ 155 бұйрығымен*  \n> *Бекітілген*\n\n## Қазақстан Республикасы "
            "нормативтік құқықтық актілерінің ресми мәтіндерін кейіннен жариялауға сараптама өткізу және құқық беру жөніндегі "
            "Нұсқаулық\n\n### 1-тарау. Жалпы ереже\n\n1. Осы Нұсқаулықта мынадай ұғымдар пайдаланылады.\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрiнiң*  \n> *2002 жылғы 22 қазандағы*  \n> *№ 155 бұйрығымен*  \n"
            "> *Бекітілген*\n\n## Қазақстан Республикасы нормативтiк құқықтық актiлерiнiң мәтiндерiн кейiннен ресми жариялауға "
            "құқық алуға ӨТIНIШ\n\nБаспасөз басылымы басшысының қолы_____________________________\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрiнiң*  \n> *2002 жылғы 22 қазандағы*  \n"
            "> *N 155 бұйрығымен бекітілген,*  \n> *Қазақстан Республикасы*  \n> *нормативтік құқықтық*  \n"
            "> *актілерінің мәтіндерін кейін*  \n> *ресми жариялауға сараптама*  \n> *өткізу және құқық беру жөніндегі*  \n"
            "> *Нұсқаулығына*  \n> *1-қосымша*\n\n## Нормативтік құқықтық актілердің мәтіндерін кейіннен ресми жариялауға "
            "құқықтарды есепке алу кітабы\n\n")
    d = doc_meta(text, "kaz.md", "155", "2002-10-22", "103001000000")
    assert [a.path for a in d.amendments] == [(("preamble", ""),), (("title", ""),)]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"), ("appendix", "1"))].heading.endswith("есепке алу кітабы")
    assert (("appendix", "2"),) in units and (("appendix", "2"), ("appendix", "1")) not in units


def test_acts_of_a_ministry_named_by_its_initials_and_of_a_ministry_of_the_1990s_are_one_body_in_both_languages():
    """Rules of 1999 of the Ministry of Finance: "Сноска. Заголовок - с изменениями, внесенными приказом МФ РК от
    20.07.2000 г. N 331; приказом Министра финансов РК от 1 июля 2002 года N 302": both acts the Ministry of Finance's
    (the initials had made a body of their own, so an act of two IRIs); an order of 2002 repealing an order of the
    Ministry of Energy, Industry and Trade of 1998 names one body in Russian and in Kazakh."""
    text = ("# Об утверждении Правил\n\n> *Сноска. Заголовок - с изменениями, внесенными приказом МФ РК от 20.07.2000 г. "
            "N 331; приказом Министра финансов РК от 1 июля 2002 года N 302 .*\n\nПриказываю:\n\n1. Утвердить прилагаемые "
            "Правила.\n\n2. Настоящий приказ вступает в силу со дня государственной регистрации.\n\n*Министр*\n")
    d = doc_meta(text, "rus.md", "323", "1999-06-25", "103002000000")
    assert [(a.amending.number, a.amending.issuer.en) for a in d.amendments] == [
        ("331", "Ministry of Finance"), ("302", "Ministry of Finance")]
    from kg.orgs import canonical
    ru = canonical("Министра энергетики, индустрии и торговли Республики Казахстан")
    assert ru == canonical("Қазақстан Республикасы Энергетика, индустрия және сауда министрінің") and ru.en


def test_a_kazakh_repeal_list_whose_second_act_follows_the_first_with_and():
    """An order of 1999 repealing three orders of the Ministry of Finance, the last two each under its long quoted
    title: '… Қаржы министрлiгiнiң "…" 1999 жылғы 29 қаңтардағы N 44 бұйрығы және Қаржы министрлiгiнiң "…" 1999 жылғы
    16 сәуiрдегi N 153 бұйрығы күшi жойылған деп танылсын.': order 153 is the ministry's (its issuer had been read
    back from "N 44 бұйрығы және …", an act of another IRI than the Russian text's)."""
    title = ("\"Ақылы қызмет көрсетудi iске асырудан, демеушiлiк және қайырымдылық көмек көрсетуден алынатын "
             "қаражаттарды, сондай-ақ мемлекеттік мекемелердiң депозиттік сомаларын қалыптастыру, пайдалану және есепке алу "
             "тәртiбi туралы\"")
    text = ("# Ережені бекіту туралы\n\nБұйырамын:\n\n1\\. Қоса беріліп отырған Ереже бекітілсін.\n\n"
            f"8\\. Қаржы министрлiгiнiң {title} 1999 жылғы 29 қаңтардағы N 44 бұйрығы және Қаржы министрлiгiнiң {title} "
            "1999 жылғы 16 сәуiрдегi N 153 бұйрығы күшi жойылған деп танылсын.\n\n*Министр*\n")
    d = doc_meta(text, "kaz.md", "323", "1999-06-25", "103002000000")
    assert [(a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments] == [
        ("44", "1999-01-29", "Ministry of Finance"), ("153", "1999-04-16", "Ministry of Finance")]


def test_an_agreement_whole_on_one_heading_over_the_preamble():
    """An instruction of 2003 on the regime of special conditions: '## "Согласовано" Генеральный Прокурор Республики
    Казахстан 6 июня 2003 года' over the preamble, the word, the body and the day on one line set as a heading: the
    Prosecutor General's Office agreed on that day; the stamp's day quoted ('от "10" июня 2003 года N 110') is read."""
    text = ("# Об утверждении Инструкции\n\n## \"Согласовано\" Генеральный Прокурор Республики Казахстан 6 июня 2003 "
            "года\n\nВ соответствии со статьей 80 Уголовно-исполнительного кодекса Республики Казахстан приказываю:\n\n"
            "1\\. Утвердить прилагаемую Инструкцию.\n\n5\\. Настоящий приказ вступает в силу со дня государственной "
            "регистрации.\n\n*Министр юстиции*\n\n*Республики Казахстан*\n\n> *Утверждена*  \n"
            "> *Приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от \"10\" июня 2003 года N 110*\n\n"
            "### Инструкция о вводе в действие режима особых условий\n\n1\\. Режим особых условий является временной "
            "мерой.\n")
    d = doc_meta(text, "rus.md", "110", "2003-06-10", "103001000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Prosecutor General's Office", "2003-06-06")]
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading.startswith("Инструкция о вводе") and not d.unparsed


def test_an_agreement_over_the_preamble_whose_day_is_quoted():
    """Rules of 2003 on convoys, agreed over the preamble by the minister of internal affairs ('"Согласовано"' /
    "Министр внутренних дел" / "Республики Казахстан" / "генерал-полковник" / '"15" сентября 2003 года', the day quoted
    as a blank filled in): the ministry agreed on 15 September 2003."""
    text = ("# Об утверждении Правил конвоирования осужденных к лишению свободы\n\n\"Согласовано\"\n\n"
            "Министр внутренних дел\n\nРеспублики Казахстан\n\nгенерал-полковник\n\n\"15\" сентября 2003 года\n\n"
            "В целях реализации статьи 71 Уголовно-исполнительного кодекса Республики Казахстан, приказываю:\n\n"
            "1. Утвердить прилагаемые Правила конвоирования осужденных к лишению свободы.\n\n4. Настоящий Приказ вступает в "
            "силу со дня государственной регистрации в Министерстве юстиции Республики Казахстан.\n\n*Министр*\n")
    d = doc_meta(text, "rus.md", "194", "2003-09-18", "103001000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Ministry of Internal Affairs", "2003-09-15")]


def test_an_agreement_whose_day_carries_a_stray_pipe():
    """An instruction of 2004 on special record departments: 'Согласовано' / "Первый заместитель Генерального" /
    "Прокурора Республики Казахстан" / "8 июля 2004 г.|" (a pipe left at the day's end by the conversion): the
    Prosecutor General's Office on 8 July 2004 (the day had been a line of the body's name)."""
    text = ("# Об утверждении Инструкции\n\nСогласовано\n\nПервый заместитель Генерального\n\n"
            "Прокурора Республики Казахстан\n\n8 июля 2004 г.|\n\nВ целях урегулирования деятельности отделов "
            "специального учета следственных изоляторов приказываю:\n\n1. Утвердить прилагаемую Инструкцию.\n\n"
            "4. Настоящий приказ вступает в силу со регистрации.\n\n*И.о.Министра*\n")
    d = doc_meta(text, "rus.md", "210", "2004-07-09", "103001000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Prosecutor General's Office", "2004-07-08")]


def test_a_form_s_title_over_its_first_section_heading():
    """A regulation of 2003 on registering private notaries, its appendix 3 a form: "## Личная анкета частного
    нотариуса" / "## Общие сведения" / "1\\. Фамилия ____": the form's title is its name; the heading of its first
    section is no part of it."""
    text = ("# Об утверждении Положения\n\nприказываю:\n\n1\\. Утвердить прилагаемое Положение.\n\n5\\. Настоящий приказ "
            "вступает в силу со дня государственной регистрации.\n\n*Министр*\n\n> *Утверждена*  \n"
            "> *приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 13 декабря 2003 года N 264*\n\n"
            "## Положение об учетной регистрации частных нотариусов\n\n1\\. Настоящее Положение определяет порядок.\n\n"
            "Приложение 3\n\nк Положению об учетной\n\nрегистрации частных нотариусов\n\n"
            "## Личная анкета частного нотариуса\n\n## Общие сведения\n\n1\\. Фамилия ______________________________\n\n"
            "2\\. Дата рождения ______________________________(число, месяц, год)\n")
    d = doc_meta(text, "rus.md", "264", "2003-12-13", "103001000000")
    units = {u.path: u for u in d.units}
    (form,) = [p for p in units if len(p) == 2 and p[1][0] == "appendix"]
    assert units[form].heading == "Личная анкета частного нотариуса"
    assert units[form + (("chapter", "1"),)].heading == "Общие сведения"


def test_a_kazakh_agreement_whose_day_gives_the_year_then_day_and_month():
    """The same rules in Kazakh, agreed over the preamble in a quotation ('"Келісілді"' / "Қазақстан Республикасының" /
    "Ішкі істер министрі" / "генерал-полковнигі" / "2003 жылғы 05.09", the year, then the day and the month with no stop
    after them): the ministry of internal affairs on 5 September 2003."""
    text = ("# Ережесін бекіту туралы\n\n> *\"Келісілді\"*  \n> *Қазақстан Республикасының*  \n> *Ішкі істер министрі*  \n"
            "> *генерал-полковнигі*  \n> *2003 жылғы 05.09*\n\nҚылмыстық-атқару кодексінің 71-бабын іске асыру мақсатында, "
            "Бұйырамын:\n\n1. Бас бостандығынан айыруға сотталғандарды айдауылдау ережесі бекітілсін.\n\n4. Бұйрық әділет "
            "органдарында тіркелген күнінен бастап қолданысқа енгізіледі.\n\n*Министр*\n")
    d = doc_meta(text, "kaz.md", "194", "2003-09-18", "103001000000")
    assert [(a.org.en, a.date) for a in d.approvals] == [("Ministry of Internal Affairs", "2003-09-05")]


def test_an_agreement_whose_day_has_a_space_before_the_year():
    """Rules of 2015 agreed by three bodies, each under "«СОГЛАСОВАН»" in a quotation whose last line is its day, two
    of them written with a space after the month's stop ("> *06.04. 2015 года*"): each agreement has its day, and the
    line is no longer text left unread."""
    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n2. Настоящий приказ вводится "
            "в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n\n"
            "**Министр внутренних дел Республики Казахстан генерал-лейтенант полиции**\n\n**К. Касымов**\n\n"
            "«СОГЛАСОВАН»\n\n> *Министр по инвестициям и развитию*  \n> *Республики Казахстан*  \n"
            "> *_________________ А. Исекешев*  \n> *06.04. 2015 года*\n\n«СОГЛАСОВАН»\n\n> *Председатель Комитета*  \n"
            "> *национальной безопасности*  \n> *Республики Казахстан*  \n> *_________________ Н. Абыкаев*  \n"
            "> *27.03. 2015 года*\n\n> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 23 февраля 2015 года № 138*\n\n## Правила\n\n1. Настоящие Правила определяют порядок.\n")
    d = doc_meta(text, "rus.md", "138", "2015-02-23", "103003000000")
    assert [a.date for a in d.approvals] == ["2015-04-06", "2015-03-27"]
    assert not [t for _, t in d.unparsed if "2015" in t]


def test_a_repeal_of_a_document_approved_on_a_day_with_no_number():
    """An order of 1999 repeals 'Положение "О порядке государственной регистрации избирательных фондов …", утвержденное
    Министром юстиции Республики Казахстан от 13 октября 1995 года.' (approved with no number); a Kazakh order of 2000
    repeals the rules "… Әділет Министрінің 1997 жылғы 20 маусымдағы бұйрығымен бекітілген, …" (an order of a day with
    no number): each the act "б/н" of the ministry on that day, as the requisites of such an act name it (they had been
    instructions not understood)."""
    ru = ("# Вопросы государственной регистрации избирательных фондов\n\nприказываю:\n\n1. Утвердить прилагаемые Правила.\n\n"
          "4. Признать утратившим силу Положение \"О порядке государственной регистрации избирательных фондов кандидатов в "
          "депутаты Мажилиса Парламента Республики Казахстан\", утвержденное Министром юстиции Республики Казахстан от 13 "
          "октября 1995 года.\n\n6. Настоящий Приказ вступает в силу со дня его государственной регистрации.\n\n*Министр*\n")
    kk = ("# Ережені бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Ереже бекітілсін.\n\n2. Қазақстан республикасы "
          "Әділет Министрінің 1997 жылғы 20 маусымдағы бұйрығымен бекітілген, Қазақстан Республикасы Әділет министрлігінің "
          "жылжымайтын мүлік жөніндегі Орталықтарымен ақпараттық қызмет көрсету туралы Ережесі күшін жоғалтты деп "
          "танылсын.\n\n3. Осы бұйрық мемлекеттік тіркелген күнінен бастап күшіне енеді.\n\nМинистр\n")
    for text, name, number, day, target in ((ru, "rus.md", "57", "1999-07-09", "1995-10-13"),
                                            (kk, "kaz.md", "6", "2000-01-29", "1997-06-20")):
        d = doc_meta(text, name, number, day, "103001000000")
        assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments] == [
            ("Repeal", "б/н", target, "Ministry of Justice")], name
        assert not d.instructions_failed


def test_points_numbered_anew_in_each_chapter_are_distinct_units():
    """Rules of 2007 number their points anew in each chapter ("## 1. Жалпы ережелер" / "1. Осы Ереже …", "## 2.
    Мемлекеттік наградаларды … алып қою тәртібі" / "1. … ҚАЖ комитеті …" / "2. …"): point 1 of chapter 1 and point 1 of
    chapter 2 are two units, each with its own IRI (the chapter in it), not one point with two texts; a text numbering
    its points through the chapters keeps IRIs without them, and so does one with a number written twice."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    def points(chapters: str):
        text = ("# Ережені бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Ереже бекітілсін.\n\n2. Осы бұйрық "
                "мемлекеттік тіркелген күнінен бастап қолданысқа енгізіледі.\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n"
                "> *Әділет министрінің*  \n> *2007 жылғы 21 маусымдағы*  \n> *N 186 бұйрығымен*  \n> *бекітілген*\n\n"
                "## Мемлекеттік наградаларды алып қою ережесі\n\n" + chapters)
        d = doc_meta(text, "kaz.md", "186", "2007-06-21", "103001000000")
        _, quads = document_quads(d, Minter(DEFAULT_BASE))
        text_of = "https://w3id.org/kzlex/ontology#text"
        return {q.subject.value.split("/186/", 1)[1]: q.object.value[:12] for q in quads
                if q.predicate.value == text_of and "/app/" in q.subject.value}

    anew = points("## 1. Жалпы ережелер\n\n1. Осы Ереже Қылмыстық атқару кодексіне сәйкес әзірленген.\n\n"
                  "## 2. Алып қою тәртібі\n\n1. ҚАЖ комитеті шешімді Инспекцияға жібереді.\n\n"
                  "2. Инспекция 10 күн ішінде адамның орналасқан жерін анықтайды.\n")
    assert anew == {"app/1/ch/1/p/1": "Осы Ереже Қы", "app/1/ch/2/p/1": "ҚАЖ комитеті", "app/1/ch/2/p/2": "Инспекция 10"}
    through = points("## 1. Жалпы ережелер\n\n1. Осы Ереже Қылмыстық атқару кодексіне сәйкес әзірленген.\n\n"
                     "## 2. Алып қою тәртібі\n\n2. ҚАЖ комитеті шешімді Инспекцияға жібереді.\n")
    assert set(through) == {"app/1/p/1", "app/1/p/2"}
    # a number written twice in two chapters is a slip, not a numbering begun anew: the points keep the IRIs other
    # acts cite them by ("пункт 3 Правил")
    slip = points("## 1. Жалпы ережелер\n\n1. Осы Ереже Қылмыстық атқару кодексіне сәйкес әзірленген.\n\n"
                  "2. Инспекция 10 күн ішінде адамның орналасқан жерін анықтайды.\n\n"
                  "## 2. Алып қою тәртібі\n\n2. ҚАЖ комитеті шешімді Инспекцияға жібереді.\n\n"
                  "3. Алып қою актісі төрт данада жасалады.\n")
    assert set(slip) == {"app/1/p/1", "app/1/p/2", "app/1/p/3"}


def test_a_russian_stamp_with_no_preposition_opens_the_appendix():
    """An order of 2003 stamps its form "Приложение" / "Приказу Министра финансов" / "Республики Казахстана" / "от 1
    февраля 2003 года N 40" (no "к"): the form under it ("## ЗАЯВКА" / "На переоформление остатка вклада …") is the
    order's appendix, not lines not understood after its signature."""
    text = ("# Об утверждении формы Заявки\n\nприказываю:\n\n1. Утвердить форму Заявки (Приложение к Приказу).\n\n"
            "3. Настоящий Приказ вводится в действие со дня его государственной регистрации.\n\n"
            "**и. о. Министра финансов Республики Казахстан**\n\n> *Приложение*  \n> *Приказу Министра финансов*  \n"
            "> *Республики Казахстана*  \n> *от 1 февраля 2003 года N 40*  \n> *\"Об утверждении формы Заявки\"*\n\n"
            "## ЗАЯВКА\n\nНа переоформление остатка вклада в бывшем Казахском республиканском\n\n"
            "От _________________________________________________________\n\n(Фамилия, имя, отчество и год рождения)\n")
    d = doc_meta(text, "rus.md", "40", "2003-02-01", "103002000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == "ЗАЯВКА"
    assert not d.unparsed


def _approving_order(preamble: str, name: str) -> str:
    """An order that approves rules, in the language of `name` (rus.md, kaz.md), under `preamble`."""
    if name == "rus.md":
        return f"# Об утверждении Правил\n\n{preamble}\n\n1. Утвердить прилагаемые Правила.\n\n*Министр*\n"
    return f"# Ережені бекіту туралы\n\n{preamble}\n\n1. Қоса беріліп отырған Ереже бекітілсін.\n\n*Министр*\n"


@pytest.mark.parametrize("preamble, name, law, path", [
    # units before the law they are of (Russian): those before an act named earlier are that act's
    ("В целях реализации статьи 56 Уголовно-исполнительного кодекса Республики Казахстан, руководствуясь подпунктом 3) "
     "пункта 2 статьи 7 Закона Республики Казахстан \"Об органах юстиции\", ПРИКАЗЫВАЮ:", "rus.md", "Об органах юстиции",
     (("article", "7"), ("point", "2"), ("subpoint", "3"))),
    ("В соответствии с подпунктом 14) статьи 61 Бюджетного Кодекса Республики Казахстан и пунктом 3 статьи 15 Закона "
     "Республики Казахстан \"О бухгалтерском учете и финансовой отчетности\" ПРИКАЗЫВАЮ:", "rus.md",
     "О бухгалтерском учете и финансовой отчетности", (("article", "15"), ("point", "3"))),
    ("В соответствии со статьей 24 Закона Республики Казахстан \"Об органах юстиции\" и пунктом 14 Положения о Министерстве "
     "юстиции Республики Казахстан, утвержденного постановлением Правительства Республики Казахстан от 28 октября 2004 "
     "года № 1120, ПРИКАЗЫВАЮ:", "rus.md", "Об органах юстиции", (("article", "24"),)),
    # … after a clause before them ends, an act's kind in a quoted title before it ("… "Об утверждении Типовых правил
    # приема …"") no boundary
    ("в соответствии с приказом Министерства образования и науки Республики Казахстан от 21 мая 2008 года N 289 \"О "
     "внесении изменений в приказ Министра образования и науки Республики Казахстан от 29 ноября 2007 года N 587 \"Об "
     "утверждении Типовых правил приема на обучение в организации образования\", руководствуясь подпунктом 3) пункта 2 "
     "статьи 7 Закона Республики Казахстан \"Об органах юстиции\", ПРИКАЗЫВАЮ:", "rus.md", "Об органах юстиции",
     (("article", "7"), ("point", "2"), ("subpoint", "3"))),
    # units after the law they are of (Kazakh), up to the next act named (a regulation too: "ережесiнiң 14-тармағына")
    ("\"Әдiлет органдары туралы\" Қазақстан Республикасы Заңының 24-бабына және Қазақстан Республикасы Үкiметiнiң 2004 "
     "жылғы 28 қазандағы N 1120 ережесiнiң 14-тармағына сәйкес, БҰЙЫРАМЫН:", "kaz.md", "Әділет органдары туралы",
     (("article", "24"),)),
    ("Қылмыстық-атқару кодексінің 56-бабын іске асыру мақсатында, \"Әділет органдары туралы\" Қазақстан Республикасы "
     "Заңының 7-бабы 2 тармағының 3) тармақшасын басшылыққа ала отырып, БҰЙЫРАМЫН:", "kaz.md", "Әділет органдары туралы",
     (("article", "7"), ("point", "2"), ("subpoint", "3"))),
])
def test_the_units_a_preamble_cites_are_of_the_law_they_stand_by(preamble, name, law, path):
    """A preamble citing two acts ("статьи 56 … кодекса …, руководствуясь подпунктом 3) пункта 2 статьи 7 Закона … "Об
    органах юстиции"") bases the order on the units of the law it names, not on the units of the other act too (article
    56 of the code is no article of the law)."""
    d = doc_meta(_approving_order(preamble, name), name, "186", "2007-06-21", "103001000000")
    [(ref, units)] = [b for b in d.act.based_on if b[0].kind == "law"]
    assert (ref.title, units) == (law, path)
    # (the acts named by day and number: none of the law's units; those of a regulation one approved are of its appendix,
    # "пунктом 14 Положения о Министерстве юстиции …, утвержденного постановлением … № 1120")
    assert all(not units or units[0] == ("appendix", "1") for ref, units in d.act.based_on if ref.number)
    # (a code named by its name stands by its own units: "Қылмыстық-атқару кодексінің 56-бабын", "подпунктом 14) статьи
    # 61 Бюджетного Кодекса")
    assert all(units in ((("article", "56"),), (("article", "61"), ("subpoint", "14")))
               for ref, units in d.act.based_on if ref.kind == "code")


@pytest.mark.parametrize("preamble, name", [
    ("в соответствии с Законом Республики Казахстан \"Об образовании\", приказом Министерства образования и науки Республики "
     "Казахстан от 21 мая 2008 года N 289, руководствуясь подпунктом 3) пункта 2 статьи 7 Закона Республики Казахстан \"Об "
     "органах юстиции\", ПРИКАЗЫВАЮ:", "rus.md"),
    ("\"Білім туралы\" Қазақстан Республикасының Заңына , \"Әділет органдары туралы\" Қазақстан Республикасының Заңы "
     "7-бабының 2-тармағының 3) тармақшасын басшылыққа алып, БҰЙЫРАМЫН:", "kaz.md"),
])
def test_a_preamble_naming_two_laws_bases_the_order_on_both(preamble, name):
    """Rules of admission to a college of 2008 stand by the law on education ("в соответствии с Законом … "Об
    образовании"", "Законом" in the instrumental too) and by sub-point 3) of point 2 of article 7 of the law on justice
    bodies: both laws, each with the units cited of it, in either language."""
    d = doc_meta(_approving_order(preamble, name), name, "101", "2008-08-20", "103001000000")
    assert [(ref.kind, units) for ref, units in d.act.based_on if ref.kind == "law"] == [
        ("law", ()), ("law", (("article", "7"), ("point", "2"), ("subpoint", "3")))]


def test_a_document_an_order_approved_published_alone_is_that_order_s_appendix():
    """Requisites "Утверждено приказом Министерства юстиции … от 21 января 1998 г. N 19" over "# Положение о порядке
    выдачи лицензий …" / "1. Положение … определяет порядок …" (no ordering word): the Положение is order 19's appendix
    1, its points app/1/p/N, as in the order's own text (where point 1 is "1. Утвердить прилагаемое Положение") and as
    amendments "в Положение …, утвержденное приказом … N 19" name them; its notes change those points. Requisites of
    the order itself ("Приказ … № 129") over rules published alone keep the points the order's."""
    from kg.corpus import act_meta

    text = ("# Положение о порядке выдачи лицензий на право занятия адвокатской деятельностью\n\n1\\. Положение о порядке "
            "выдачи лицензии на занятие адвокатской деятельностью (далее - Положение) определяет порядок, условия и сроки "
            "выдачи лицензий.\n\n> *Сноска. Пункт 1 - с изменениями, внесенными приказом Минюста РК от 04.10.2000 г. N 78 "
            "V001280_ .*\n\n2\\. Правовой основой Положения является Закон Республики Казахстан \"Об адвокатской "
            "деятельности\".\n")
    approved = act_meta({"requisite": "Утверждено приказом Министерства юстиции Республики Казахстан от 21 января 1998 г. "
                                      "N 19. Зарегистрирован в Министерстве юстиции Республики Казахстан 5 марта 1998 г. N 467",
                         "approved_by": ["103001000000"], "form": "ПРИК"}, "meta.yaml")
    d = parse_text(text, "rus.md", meta=approved)
    paths = [u.path for u in d.units if u.act == d.act.ref and u.path[-1][0] != "part"]
    assert paths[:3] == [(("appendix", "1"),), (("appendix", "1"), ("point", "1")), (("appendix", "1"), ("point", "2"))]
    assert [(a.amending.number, a.path) for a in d.amendments if a.path] == [("78", (("appendix", "1"), ("point", "1")))]
    order = act_meta({"requisite": "Приказ Министра юстиции Республики Казахстан от 21 января 1998 года № 19",
                      "approved_by": ["103001000000"], "form": "ПРИК"}, "meta.yaml")
    d = parse_text(text, "rus.md", meta=order)
    assert (("point", "1"),) in [u.path for u in d.units]


def test_a_preamble_above_an_ordering_word_on_its_own_line():
    """Standards of public services of 2008: "В соответствии с пунктом 2 статьи 9-1 Закона … "Об административных
    процедурах", … руководствуясь подпунктом 3) пункта 2 статьи 7 Закона … "Об органах юстиции"" over "## ПРИКАЗЫВАЮ:",
    a heading of its own: both laws, with the units cited of each, as the Kazakh text's one line gives them."""
    text = ("# Об утверждении стандартов оказания государственных услуг\n\nВ соответствии с пунктом 2 статьи 9-1 Закона "
            "Республики Казахстан от 27 ноября 2000 года \"Об административных процедурах\", в целях реализации пункта 2 "
            "постановления Правительства Республики Казахстан от 30 июня 2007 года N 558, руководствуясь подпунктом 3) "
            "пункта 2 статьи 7 Закона Республики Казахстан \"Об органах юстиции\",\n\n## ПРИКАЗЫВАЮ:\n\n1. Утвердить "
            "прилагаемый стандарт оказания государственной услуги.\n\n*Министр*\n")
    d = doc_meta(text, "rus.md", "111", "2008-04-18", "103001000000")
    assert [(ref.title, units) for ref, units in d.act.based_on if ref.kind == "law"] == [
        ("Об административных процедурах", (("article", "9-1"), ("point", "2"))),
        ("Об органах юстиции", (("article", "7"), ("point", "2"), ("subpoint", "3")))]
    # (and the resolution it carries out, named by day and number)
    assert [(ref.kind, ref.number) for ref, _ in d.act.based_on if ref.kind != "law"] == [("resolution", "558")]


def test_an_order_whose_text_lost_its_ordering_word_is_no_regulation():
    """Driving licences of 2000, in Russian: the preamble ends "… а также усиления защиты их от подделок: <*>" (its
    "приказываю" lost; a note under it), then "1. Ввести в действие на территории Республики Казахстан:" / "1) образец
    удостоверения …" / "2) образец свидетельства …": an order, its point's sub-points its tasks as in the Kazakh text
    ("… Бұйырамын :"), not the units of a regulation published alone."""
    text = ("# О введении новых образцов водительского удостоверения\n\nВ целях автоматизации процесса изготовления, выдачи "
            "и учета удостоверений, а также усиления защиты их от подделок: <*>\n\n> *Сноска. Преамбула в новой редакции - "
            "приказом Министра внутренних дел РК от 8 сентября 2004 года N 521 .*\n\n1. Ввести в действие на территории "
            "Республики Казахстан:\n\n   1) образец удостоверения на право управления транспортными средствами (приложение "
            "N 1).\n\n   2) образец свидетельства о регистрации транспортного средства (приложение N 2).\n\n"
            "4. Приказ объявить всему личному составу ОВД.\n\n*Министр внутренних дел*\n")
    d = doc_meta(text, "rus.md", "644", "2000-11-27", "103003000000")
    assert [u.path for u in d.units] == [(("preamble", ""),), (("point", "1"),), (("point", "4"),)]
    regulation = text.replace("подделок: <*>", "подделок. <*>")  # no lead-in: a regulation's text, its sub-points units
    assert (("point", "1"), ("subpoint", "1")) in [u.path for u in doc_meta(regulation, "rus.md", "644", "2000-11-27",
                                                                           "103003000000").units]


def test_a_table_drawn_in_text_keeps_its_head_s_last_lines_under_the_rule():
    """The Ministry of Finance's table of budget codes of 2003, its fence lost: "Коды ФБК РБ |Шифры в "Баск-М"|
    Наименование" / "Учр|ФГ|Фя|…" / a rule / "1 | 2| 3| … | 11" (the columns' numbers) / "___|__|__|…": the lines with
    columns after the rule are the head's, one table, no paragraphs of the appendix; the rows below stay its text."""
    text = ("# Об утверждении Таблицы перехода кодов\n\nприказываю:\n\n1. Утвердить Таблицу перехода кодов согласно "
            "приложению.\n\n*Министр*\n\n> *Приложение*  \n> *к приказу Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 4 февраля 2003 г. N 43*\n\n## Таблица перехода кодов Функциональной бюджетной классификации\n\n"
            + "_" * 67 + "\n\nКоды ФБК РБ |Шифры в \"Баск-М\"| Наименование\n\n----------------|----------------|\n\n"
            "Учр|ФГ|Фя|Пр|Ппр|Учр|ФГ|Фя|Пр|Ппр|\n\n" + "-" * 67 + "\n\n1 | 2| 3| 4| 5 | 6 | 7| 8| 9| 10| 11\n\n"
            "___|__|__|__|___|___|__|__|__|___|_________________________________\n\n101 101 Администрация Президента\n\n"
            "Республики Казахстан\n")
    d = doc_meta(text, "rus.md", "43", "2003-02-04", "103002000000")
    units = {u.path: u.text for u in d.units}
    table = units[(("appendix", "1"), ("table", "1"))]
    assert "Учр|ФГ|Фя" in table and "1 | 2| 3| 4|" in table and "___|__|__|" in table
    assert units[(("appendix", "1"), ("textparagraph", "1"))] == "101 101 Администрация Президента"


def test_a_form_s_corner_and_number_above_its_drawing_are_the_form_s():
    """Rules of 1999 end their last sub-point in a fence, the journal's form under it: "9) представлять к награждению
    … сотрудников" / "Инспекции." / "Департамент уголовно-исполнительной системы" / "при МВД Республики Казахстан" /
    "Форма № 1" / "(Размер 30 х 20 см)" / "____" / "(наименование органа внутренних дел)": the corner and the form's
    number are the form's, no words of the sub-point."""
    text = ("# Об утверждении Положения\n\nприказываю:\n\n1. Утвердить прилагаемое Положение.\n\n*Министр*\n\n"
            "> *Утверждено*  \n> *приказом МВД Республики Казахстан*  \n> *от 10 ноября 1999 года N 568*\n\n"
            "## Положение об уголовно-исполнительной инспекции\n\n11\\. Начальник Инспекции имеет право:\n\n"
            "8) поощрять, наказывать в пределах своей компетенции сотрудников Инспекции;\n\n```\n"
            "9) представлять к награждению, поощрению, наказанию в вышестоящие инстанции сотрудников Инспекции\n"
            "и подразделений органов внутренних дел, взаимодействующих с ней в работе с осужденными.\n"
            "Департамент уголовно-исполнительной системы\nпри МВД Республики Казахстан\nФорма № 1\n(Размер 30 х 20 см)\n"
            "______________________________________________________________\n(наименование органа внутренних дел)\n```\n")
    d = doc_meta(text, "rus.md", "568", "1999-11-10", "103003000000")
    units = {u.path: u.text for u in d.units}
    assert units[(("appendix", "1"), ("point", "11"), ("subpoint", "9"))].endswith("в работе с осужденными.")
    assert any("Форма № 1" in (t or "") and "Департамент" in t for p, t in units.items() if p[-1][0] == "table")


def test_a_note_listing_acts_of_two_bodies_gives_each_act_its_own_body():
    """Rules of the Ministry of Internal Affairs (2015) rewritten by it, then by the Ministry of Emergency Situations
    that took the field over: "Правила в редакции приказов Министра внутренних дел РК от 23.12.2015 № 1051 (…);
    Министра по чрезвычайным ситуациям РК от 27.01.2021 № 42 (…); от 28.08.2025 № 369 (…)." and in Kazakh "ҚР Ішкі
    істер министрінің 23.12.2015 № 1051 (…); ҚР Төтенше жағдайлар министрінің 27.01.2021 № 42 (…); 28.08.2025 № 369
    (…) бұйрықтарымен.": the second act is the body's named before it (it had been the first act's body), the third
    that same body's."""
    tail = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
    ktail = "(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)"
    ru = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n*Министр*\n\n"
          "> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
          "> *от 23 февраля 2015 года № 138*\n\n## Правила\n\n"
          f"> *Сноска. Правила в редакции приказов Министра внутренних дел РК от 23.12.2015 № 1051 {tail}; Министра по "
          f"чрезвычайным ситуациям РК от 27.01.2021 № 42 {tail}; от 28.08.2025 № 369 {tail}.*\n\n"
          "### Глава 1. Общие положения\n\n1. Настоящие Правила определяют порядок.\n")
    kk = ("# Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған қағидалар бекітілсін.\n\n*Министр*\n\n"
          "> *Қазақстан Республикасының*  \n> *Ішкі істер министрлігінің*  \n> *2015 жылғы 23 ақпандағы №138*  \n"
          "> *бұйрығымен бекітілген*\n\n## Қағидалар\n\n"
          f"> *Ескерту. Қағидалар жаңа редакцияда - ҚР Ішкі істер министрінің 23.12.2015 № 1051 {ktail}; ҚР Төтенше "
          f"жағдайлар министрінің 27.01.2021 № 42 {ktail}; 28.08.2025 № 369 {ktail} бұйрықтарымен.*\n\n"
          "### 1-тарау. Жалпы ережелер\n\n1. Осы Қағидалар тәртібін айқындайды.\n")
    for text, name in ((ru, "rus.md"), (kk, "kaz.md")):
        d = doc_meta(text, name, "138", "2015-02-23", "103003000000")
        assert [(a.amending.number, a.amending.issuer.en) for a in d.amendments] == [
            ("1051", "Ministry of Internal Affairs"), ("42", "Ministry of Emergency Situations"),
            ("369", "Ministry of Emergency Situations")], name


def test_a_note_naming_an_added_appendix_by_number_after_the_effect_is_that_appendix():
    """Under the last lines of the rules' appendix 3 a note records the appendix added after it: "Сноска. Правила
    дополнены приложением 3-1 в соответствии с приказом Министра внутренних дел РК от 05.02.2019 № 91 (…)." The
    appendix is named by its number after the effect ("приложением 3-1"), so it is appendix 3-1 of the rules, not the
    appendix the note stands under (that reading is for an appendix named with no number: "Ескерту. Қосымша
    өзгертілді - …")."""
    tail = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n*Министр*\n\n"
            "> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 23 февраля 2015 года № 138*\n\n## Правила\n\n### Глава 1. Общие положения\n\n1. Правила определяют "
            "порядок.\n\n> *Приложение 3*  \n> *к Правилам*\n\n## Форма заявления\n\nФамилия, имя ____________\n\n"
            f"> *Сноска. Правила дополнены приложением 3-1 в соответствии с приказом Министра внутренних дел РК от "
            f"05.02.2019 № 91 {tail}.*\n")
    d = doc_meta(text, "rus.md", "138", "2015-02-23", "103003000000")
    assert [(a.effect, a.path) for a in d.amendments] == [("Insertion", (("appendix", "1"), ("appendix", "3-1")))]


@pytest.mark.parametrize("kk, ru", [
    # Ministry of Justice, the competition for a notary's vacancy (2003): the same article of the law on notaries
    ('"Нотариат туралы" Қазақстан Республикасы Заңының 33-бабы 2-тармағының 3) тармақшасының негiзiнде БҰЙЫРАМЫH:',
     'На основании подпункта 3) пункта 2 статьи 33 Закона Республики Казахстан "О нотариате" приказываю:'),
    # Ministry of Justice, notarial records (1998): the Kazakh text names the country before the law's day
    ('"Нотариат туралы" Қазақстан Республикасының 1997 жылғы 14 шілдедегі Заңының 32-бабына сәйкес бұйырамын:',
     'В соответствии со статьей 32 Закона Республики Казахстан "О нотариате" от 14 июля 1997 года приказываю:'),
    # MVD, the accreditation of fire-safety auditors (2015, preamble of 2026)
    ("«Мемлекеттік және әлеуметтік жауапкершілігі бар көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының "
     "10-бабының 1) тармақшасына сәйкес БҰЙЫРАМЫН:",
     "В соответствии с подпунктом 1) статьи 10 Закона Республики Казахстан «О государственных и социально ответственных "
     "услугах» ПРИКАЗЫВАЮ:"),
    # the same order's whole preamble: the Kazakh text lost the first title's opening quote
    ("Азаматтық қорғау туралы» Қазақстан Республикасы Заңының 12-бабының 1-тармағының 68) тармақшасына және «Мемлекеттік "
     "және әлеуметтік жауапкершілігі бар көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 10-бабының 1) "
     "тармақшасына сәйкес БҰЙЫРАМЫН:",
     "В соответствии с подпунктом 68) пункта 1 статьи 12 Закона Республики Казахстан «О гражданской защите» и подпунктом "
     "1) статьи 10 Закона Республики Казахстан «О государственных и социально ответственных услугах» ПРИКАЗЫВАЮ:"),
])
def test_the_kazakh_and_russian_preambles_stand_on_one_law(kk, ru):
    """A law cited by title was a node of its title's words: the Kazakh text of an order stood on
    `law/notariat-turaly`, the Russian on `law/o-notariate`. The titles of laws the corpus cites in both languages are
    one node (kg/lexicon/laws.yaml), named by the Russian title; a Kazakh citation that names the country before the
    law's day ('Қазақстан Республикасының 1997 жылғы 14 шілдедегі Заңының'), or whose title lost its opening quote at
    the preamble's start, had not been read."""
    from kg.iri import Minter

    m = Minter()
    nodes = []
    for text, name in ((f"# Бұйрық\n\n{kk}\n\n1. Қоса беріліп отырған Нұсқаулық бекітілсін.\n\n*Министр*\n", "kaz.md"),
                       (f"# Приказ\n\n{ru}\n\n1. Утвердить прилагаемую Инструкцию.\n\n*Министр*\n", "rus.md")):
        d = doc_meta(text, name, "259", "2003-12-09", "103001000000")
        nodes.append({m.unit(ref, path) for ref, path in d.act.based_on})
    assert nodes[0] == nodes[1] and len(nodes[0]) == ru.count("Закона")


def test_a_first_point_run_on_after_the_ordering_word_is_reported_not_dropped():
    """A text whose first point runs on after the ordering word on its line (as older texts of the portal run an
    order together: "… «О государственных услугах» ПРИКАЗЫВАЮ: 1. Утвердить прилагаемый регламент …"): the line was
    taken whole as the preamble and the point was lost unseen; the preamble unit ends at the ordering word and the
    line stays reported as text not read."""
    text = ("# Об утверждении регламента\n\nВ соответствии с подпунктом 2) статьи 10 Закона Республики Казахстан от 15 "
            "апреля 2013 года «О государственных услугах» ПРИКАЗЫВАЮ: 1. Утвердить прилагаемый регламент "
            "государственной услуги.\n\n2. Настоящий приказ вводится в действие по истечении десяти календарных дней "
            "после дня его первого официального опубликования.\n\n**К. Касымов**\n")
    d = doc_meta(text, "rus.md", "113", "2019-02-11", "103003000000")
    units = {u.path: u.text for u in d.units}
    assert units[(("preamble", ""),)].endswith("«О государственных услугах» ПРИКАЗЫВАЮ:".replace("«", '"').replace("»", '"'))
    assert [t for _, t in d.unparsed] == [text.split("\n\n")[1].replace("«", '"').replace("»", '"')]


def test_a_category_code_wrapped_at_its_hyphen_is_one_code():
    """Qualification requirements of the economic investigation service (Ministry of Finance, 2020) print a category
    in a narrow cell, wrapped after its hyphen ("С-FM-" / "6"): the category is "С-FM-6", not "С-FM- 6"; a cell
    with words in it keeps its spaces."""
    text = ("# Об утверждении квалификационных требований\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить.\n\n> *Утверждены*  \n"
            "> *приказом исполняющего обязанности Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от « 30 » июня 2020 года*  \n> *№ 646*\n\n## Квалификационные требования к категориям должностей\n\n"
            "<table>\n<tr>\n<td>Категория</td>\n<td>Наименование должности</td>\n<td>Требования к образованию</td>\n"
            "<td>Требования к стажу</td>\n</tr>\n<tr>\n<td>С-FM-5</td>\n<td>Старший следователь, старший "
            "оперуполномоченный (дознаватель), старший специалист</td>\n<td>Высшее профессиональное.</td>\n<td>\n"
            "1) не менее двух лет стажа работы в правоохранительных или специальных государственных органах;\n</td>\n"
            "</tr>\n<tr>\n<td>\nС-FM-\n6\n</td>\n<td>Следователь, оперуполномоченный (дознаватель), специалист</td>\n"
            "<td>Высшее профессиональное.</td>\n<td>\n1) не менее одного года стажа работы в правоохранительных или "
            "специальных государственных органах;\n</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "646", "2020-06-30", "103002000000")
    assert [(p.category, p.min_years) for p in d.positions] == [("С-FM-5", 2), ("С-FM-6", 1)]


def test_positions_of_a_table_stand_under_its_heading_rows():
    """Qualification requirements of the economic investigation service (Ministry of Finance, 2020) hold the central
    office's positions and the territorial bodies' in one table, under two rows across it; both parts have a
    "Руководитель Департамента", with different requirements: each position keeps the row it stands under. A
    register's block row ("В блогы (негізгі персонал)") is the group of its rows the same way."""
    text = ("# Об утверждении квалификационных требований\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить.\n\n> *Утверждены*  \n"
            "> *приказом исполняющего обязанности Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от « 30 » июня 2020 года*  \n> *№ 646*\n\n## Квалификационные требования к категориям должностей\n\n"
            "<table>\n<tr>\n<td>Категория</td>\n<td>Наименование должности</td>\n<td>Требования к образованию</td>\n"
            "<td>Требования к стажу</td>\n</tr>\n<tr>\n<td colspan=\"4\">1. Квалификационные требования к категориям "
            "должностей службы экономических расследований центрального аппарата Комитета по финансовому мониторингу "
            "Министерства финансов Республики Казахстан</td>\n</tr>\n<tr>\n<td>С-FM-2</td>\n<td>Руководитель "
            "Департамента</td>\n<td>Высшее профессиональное.</td>\n<td>\n1) не менее восьми лет стажа работы на "
            "правоохранительной службе;\n</td>\n</tr>\n<tr>\n<td colspan=\"4\">2. Квалификационные требования к "
            "категориям должностей службы экономических расследований территориальных органов Комитета по финансовому "
            "мониторингу Министерства финансов Республики Казахстан</td>\n</tr>\n<tr>\n<td>С-FMО-1</td>\n"
            "<td>Руководитель Департамента</td>\n<td>Высшее профессиональное.</td>\n<td>\n1) не менее семи лет стажа "
            "работы на правоохранительной службе;\n</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "646", "2020-06-30", "103002000000")
    assert [(p.label, p.category, p.group.split(" расследований ")[1].split(" Комитета")[0]) for p in d.positions] == [
        ("Руководитель Департамента", "С-FM-2", "центрального аппарата"),
        ("Руководитель Департамента", "С-FMО-1", "территориальных органов")]
    d = doc_meta(CHANCELLERY_REGISTER, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    assert [(p.category, p.group) for p in d.positions] == [("В3", "В блогы (негізгі персонал)"),
                                                            ("В3", "В блогы (негізгі персонал)"),
                                                            ("С2", "С блогы (әкімшілік персонал)")]
    # a row left blank but for its category (or number) is no heading: it has no words
    blank = CHANCELLERY_REGISTER.replace("<tr>\n<td>С2</td>", "<tr>\n<td>С3</td>\n<td></td>\n<td></td>\n</tr>\n<tr>\n"
                                         "<td>С2</td>", 1)
    d = doc_meta(blank, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    assert [p.group for p in d.positions][-1] == "С блогы (әкімшілік персонал)"


@pytest.mark.parametrize("heading, block", [
    ("В блогы (негізгі персонал)", "B"),  # the Presidential Chancellery's register, 2019 (Cyrillic В)
    ("Блок А (управленческий персонал)", "A"),  # its Russian text (Cyrillic А)
    ("Блок B (основной персонал)", "B"),  # the same text types the next block's letter Latin
    ("БЛОК B - ЗДРАВООХРАНЕНИЕ", "B"),  # the Presidential Affairs Administration's register, 2015
    ("D блогы (қосалқы персонал)", "D"),
    ("1. Квалификационные требования к категориям должностей центрального аппарата", None),
])
def test_a_register_s_block_row_puts_its_positions_in_one_block_in_both_languages(heading, block):
    """The heading row of a register's block names one of the four blocks of civil servants' positions, its letter
    typed Latin or Cyrillic: the positions under it stand in that block (kzl:positionBlock, one concept for the
    Kazakh and the Russian text), beside the row's own words (kzl:positionGroup)."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = CHANCELLERY_REGISTER.replace("В блогы (негізгі персонал)", heading, 1)
    d = doc_meta(text, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    assert [(p.group, p.block) for p in d.positions][:2] == [(heading, block)] * 2
    assert d.positions[2].block == "C"  # "С блогы (әкімшілік персонал)"
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    blocks = sorted(q.object.value.rsplit("-", 1)[-1] for q in quads if q.predicate.value.endswith("#positionBlock"))
    assert blocks == sorted([block] * 2 * (block is not None) + ["C"])


# Almaty oblast maslikhat, 2013 (decision № 18-118): agreed by the heads of two departments of the region's akimat,
# each named in a state institution's quoted name, the head's full name on the line of its last words
REGION_DEPARTMENTS = {
    "rus.md": ("# Т\n\nВ соответствии с пунктом 2 статьи 36 Закона, маслихат Алматинской области РЕШИЛ:\n\n"
               "1. Утвердить границы охранной зоны согласно приложению 1 к настоящему решению.\n\n"
               "2. Настоящее решение вводится в действие по истечении десяти календарных дней после дня его первого "
               "официального опубликования.\n\n**Председатель сессии областного Маслихата**\n\n**У. Касанов**\n\n"
               "СОГЛАСОВАНО:\n\nРуководитель государственного\n\nучреждения \"Управления культуры\n\n"
               "Алматинской области Есдаулетов Рахмет Разбекович\n\n28 июня 2013 года\n\n"
               "Руководитель государственного\n\nучреждения \"Управления земельных\n\n"
               "отношений Алматинской области\" Жунисов Бейсегали Исакович\n\n28 июня 2013 года\n\n"
               "> *Приложение N 1*  \n> *к решению Алматинского*  \n> *областного маслихата N 18-118*  \n"
               "> *от 28 июня 2013 года*\n\n# Границы охранной зоны\n\n1. Площадь городища: 20,8 га.\n"),
    "kaz.md": ("# Т\n\nЗаңының 36-бабының 2-тармағына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
               "1. Шекаралары осы шешімнің 1 қосымшасына сәйкес бекітілсін.\n\n2. Осы шешім алғаш ресми "
               "жарияланғаннан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
               "**Облыстық мәслихат сессиясының төрағасы**\n\n**С. Донбаев**\n\nКЕЛІСІЛГЕН:\n\n"
               "\"Алматы облысының мәдениет\n\nбасқармасы\" мемлекеттік\n\nмекемесінің басшысы Рахмет Разбекұлы Есдәулетов\n\n"
               "28 маусым 2013 жыл\n\n\"Алматы облысының жер\n\nқатынастары басқармасы\"\n\nмемлекеттік мекемесінің\n\n"
               "басшысы Бейсеғали Исақұлы Жүнісов\n\n28 маусым 2013 жыл\n\n"
               "> *Алматы облыстық мәслихатының*  \n> *2013 жылғы 28 маусымдағы*  \n> *N 18-118 шешіміне*  \n"
               "> *1 қосымша*\n\n# Шекаралары\n\n1. Қалашықтың алаңы: 20,8 га.\n"),
}


@pytest.mark.parametrize("name", sorted(REGION_DEPARTMENTS))
def test_the_departments_of_a_region_agree_by_their_heads_in_both_languages(name):
    meta = _requisites("Решение маслихата Алматинской области от 24 июня 2013 года № 18-118. Зарегистрировано "
                       "Департаментом юстиции Алматинской области 15 июля 2013 года № 2394", "154000000002")
    d = parse_text(REGION_DEPARTMENTS[name], name, meta=meta)
    assert [(a.org.en, a.org.ru, a.date) for a in d.approvals] == [
        ("Almaty Region Department of Culture", "Управление культуры Алматинской области", "2013-06-28"),
        ("Almaty Region Department of Land Relations", "Управление земельных отношений Алматинской области", "2013-06-28")]
    assert [a.person for a in d.approvals] == (["Есдаулетов Рахмет Разбекович", "Жунисов Бейсегали Исакович"]
                                              if name == "rus.md" else
                                              ["Рахмет Разбекұлы Есдәулетов", "Бейсеғали Исақұлы Жүнісов"])
    assert not d.unparsed


@pytest.mark.parametrize("name, block", [
    # Akim of Almaty oblast, 2013 (decision № 3-3): the department agreeing is named without its region ("облыстық",
    # regional; in Russian not even that): the region is the akim's; the day ends with a full stop
    ("rus.md", "*СОГЛАСОВАНО:*\n\n*Начальник управления*\n\n*сельского хозяйства Алиев Багдат Байшалович*\n\n"
               "04 марта 2013 года.\n\n"),
    ("kaz.md", "*КЕЛІСІЛДІ:*\n\n*Облыстық ауыл шаруашылығы*\n\n*басқармасының бастығы Әлиев Бағдат Байшалұлы*\n\n"
               "04 наурыз 2013 жыл\n\n"),
])
def test_a_department_named_without_its_place_is_the_one_of_the_akim_s_region(name, block):
    meta = _requisites("Решение акима Алматинской области от 04 марта 2013 года № 3-3. Зарегистрировано "
                       "Департаментом юстиции Алматинской области 05 апреля 2013 года за № 2337", "154000000001")
    head = ("# Т\n\nсәйкес облыс әкімі ШЕШІМ ЕТТІ:\n\n1. Субсидия көлемдері айқындалсын.\n\n*Облыс әкімі А. Мұсаханов*\n\n"
            if name == "kaz.md" else
            "# Т\n\nв соответствии с пунктом 8 Правил аким области РЕШИЛ:\n\n1. Определить объем субсидий.\n\n"
            "*Аким области А. Мусаханов*\n\n")
    d = parse_text(head + block + "> *Приложение к решению акима*  \n> *от 04 марта 2013 года N 3-3*\n\n## Объемы\n\n"
                   "1. Аксуский.\n", name, meta=meta)
    (a,) = d.approvals
    assert (a.org.en, a.date) == ("Almaty Region Department of Agriculture", "2013-03-04")
    assert a.person in ("Алиев Багдат Байшалович", "Әлиев Бағдат Байшалұлы")
    assert not d.unparsed


@pytest.mark.parametrize("text", [
    # Almaty oblast maslikhat, notes of 2010 under its budget for 2010-2012 (decision № 26-165): the day written year
    # first, as the Kazakh notes of the same text write it ("Алматы облыстық мәслихатының 2010.01.28 N 27-173")
    "Пункт 17 с изменениями внесеннымм решениями маслихата Алматинской области от 2010.01.28 N 27-173 (вводится в "
    "действие с 01.01.2010); 2010.04.12 N 32-188 (вводится в действие с 01.01.2010).",
    "Решение дополнено пунктами 15-1) в соответствии с решением маслихата Алматинской области от 2010.01.28 N "
    "27-173(вводится в действие с 01.01.2010).",
])
def test_an_act_named_with_its_day_year_first_in_russian(text):
    from kg.patterns import find_act_refs

    ref = find_act_refs(text)[0][0]
    assert (ref.number, ref.date, ref.issuer.en, ref.kind) == ("27-173", "2010-01-28", "Almaty Region Maslikhat", "decision")


def test_a_point_inserted_after_a_point_numbered_with_a_sub_point_s_bracket():
    # Almaty oblast maslikhat, the budget for 2010-2012 (decision № 26-165): "15-1)" and "15-2)" under point 15,
    # which has no sub-points, are the points the notes say were added ("Решение дополнено пунктами 15-1) …"); they
    # had been text of point 15, the insertions' targets points with no text
    meta = _requisites("Решение Алматинского областного маслихата от 9 декабря 2009 года № 26-165. Зарегистрировано "
                       "Департаментом юстиции Алматинской области 23 декабря 2009 года № 2045", "154000000002")
    text = ("# Т\n\nВ соответствии со статьей 8 Бюджетного кодекса Республики Казахстан, Алматинский областной маслихат "
            "РЕШИЛ:\n\n15. Учесть, что в областном бюджете на 2010 год предусмотрены целевые текущие трансферты на "
            "проведение противоэпизоотических мероприятий в сумме 902354 тысячи тенге, согласно приложению 9.\n\n"
            "    15-1) Учесть, что в областном бюджете на 2010 год предусмотрены целевые трансферты на строительство "
            "убойных пунктов и площадок в сумме 100000 тысяч тенге, согласно приложению 26;\n\n"
            "    > *Сноска. Решение дополнено пунктами 15-1) в соответствии с решением маслихата Алматинской области от "
            "2010.01.28 N 27-173(вводится в действие с 01.01.2010).*\n\n"
            "    15-2) Учесть, что в областном бюджете на 2010 год предусмотрены целевые текущие трансферты на возмещение "
            "владельцам стоимости изымаемых больных животных в сумме 39998 тысяч тенге, согласно приложению 27;\n\n"
            "    > *Сноска. Решение дополнено пунктами 15-2) в соответствии с решением маслихата Алматинской области от "
            "2010.01.28 N 27-173(вводится в действие с 01.01.2010).*\n\n"
            "16. Настоящее решение вводится в действие с 1 января 2010 года.\n")
    d = parse_text(text, "rus.md", meta=meta)
    points = _point_texts(d)
    assert sorted(points) == ["15", "15-1", "15-2", "16"]
    assert points["15-1"].startswith("Учесть, что") and "убойных" not in points["15"]
    assert [(m.effect, m.path, m.since) for m in d.amendments] == [
        ("Insertion", (("point", "15-1"),), "2010-01-01"), ("Insertion", (("point", "15-2"),), "2010-01-01")]


def test_a_point_inserted_with_a_bracket_and_a_full_stop_has_its_words_alone():
    # Almaty oblast maslikhat, the oblast's budget for 2009 (December 2008), in Kazakh: "8-1). 2009 жылға арналған …"
    # under point 8, the point a note says was added ("8-1) тармақпен толықтырылды"); its text had begun with the
    # number's full stop (". 2009 жылға …")
    meta = _requisites("Решение Алматинского областного маслихата от 10 декабря 2008 года № 15-99", "154000000002")
    text = ("# Т\n\nҚазақстан Республикасы Бюджет кодексінің 8-бабына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:"
            "\n\n8. Денсаулық сақтау бойынша 2009 жылға арналған облыстық бюджетте 6054509 мың теңге сомасында қаражат "
            "көзделсін, оның ішінде:\n\n   туберкулезге қарсы препараттарды сатып алуға – 102524 мың теңге;\n\n"
            "   8-1). 2009 жылға арналған облыстық бюджетте өңірлік жұмыспен қамту және кадрларды қайта даярлау "
            "стратегиясын жүзеге асыру аясында 16 қосымшаға сәйкес аудандар мен қалалар бюджеттеріне 7999138 мың теңге "
            "сомасында ағымдағы нысаналы трансферттер көзделсін.\n\n   > *Ескерту. 8-1) тармақпен толықтырылды - "
            "Алматы облыстық мәслихатының 2009.04.21 N 18-116 (2009 жылдың 1 қаңтарынан бастап қолданысқа енгізіледі) "
            "шешімімен.*\n\n9. 2009 жылға арналған облыстық бюджетте трансферттер ескерілсін.\n")
    d = parse_text(text, "kaz.md", meta=meta)
    points = _point_texts(d)
    assert sorted(points) == ["8", "8-1", "9"] and points["8-1"].startswith("2009 жылға арналған")
    assert [(m.effect, m.path) for m in d.amendments] == [("Insertion", (("point", "8-1"),))]


def test_a_stamp_naming_the_decision_that_approved_the_appendix_with_its_title_is_one_stamp():
    # Almaty oblast maslikhat, the oblast's budget for 2018-2020 (decision № 26-128): "Приложение 1" / "утвержденное
    # решением … от 15 декабря 2017 года№ 26-128 «Об областном бюджете …»" (the line over 90 characters) had been two
    # stamps, appendix 1 empty and the budget appendix 2, beside the real appendix 2; the note "Приложение 1 в
    # редакции" had named an appendix of appendix 2
    meta = _requisites("Решение Алматинского областного маслихата от 15 декабря 2017 года № 26-128", "154000000002")
    text = ("# Об областном бюджете Алматинской области на 2018-2020 годы\n\nВ соответствии со статьей 8 Бюджетного кодекса "
            "Республики Казахстан от 4 декабря 2008 года Алматинский областной маслихат РЕШИЛ:\n\n1. Утвердить областной "
            "бюджет на 2018-2020 годы согласно приложениям 1, 2 и 3 к настоящему решению соответственно.\n\n"
            "20. Настоящее решение вводится в действие с 1 января 2018 года.\n\n**Председатель сессии Алматинского "
            "областного маслихата**\n\n**Р. Ибраимова**\n\n> *Приложение 1*  \n> *утвержденное решением Алматинского "
            "областного маслихата от 15 декабря 2017 года№ 26-128 «Об областном бюджете Алматинской области на 2018-2020 "
            "годы»*\n\n# Областной бюджет Алматинской области на 2018 год\n\n> *Сноска. Приложение 1 в редакции решения "
            "маслихата Алматинской области от 17.04.2018 № 30-156 (вводится в действие с 01.01.2018).*\n\n<table>\n<tr>\n"
            "<td>1</td>\n<td>Налоговые поступления</td>\n<td>38 263 764</td>\n</tr>\n</table>\n\n> *Приложение 2*  \n"
            "> *к решению Алматинского областного маслихата от 15 декабря 2017 года № 26-128*\n\n# Областной бюджет "
            "Алматинской области на 2019 год\n\n<table>\n<tr>\n<td>1</td>\n<td>Налоговые поступления</td>\n</tr>\n"
            "</table>\n")
    d = parse_text(text, "rus.md", meta=meta)
    appendices = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert appendices == {(("appendix", "1"),): "Областной бюджет Алматинской области на 2018 год",
                          (("appendix", "2"),): "Областной бюджет Алматинской области на 2019 год"}
    assert [(m.effect, m.path) for m in d.amendments] == [("Substitution", (("appendix", "1"),))]


BUDGET_2018_PREAMBLES = (
    # Almaty oblast maslikhat, the oblast's budget for 2018-2020 (decision № 26-128): the Kazakh preamble joins the
    # units' numbers to their words with a dash ("8–бабына", "6–бабының 1–тармағының") and names the Government's
    # resolution by its day and number before its issuer ("2017 жылғы 7 желтоқсандағы № 823 Қазақстан Республикасы
    # Үкіметінің қаулысына")
    "2008 жылғы 4 желтоқсандағы Қазақстан Республикасының Бюджет кодексінің 8–бабына, «Қазақстан Республикасындағы "
    "жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 қаңтардағы Қазақстан Республикасы Заңының "
    "6–бабының 1–тармағының 1) тармақшасына, «2018-2020 жылдарға арналған республикалық бюджет туралы» 2017 жылғы 30 "
    "қарашадағы Қазақстан Республикасының Заңына және «2018-2020 жылдарға арналған республикалық бюджет туралы» Қазақстан "
    "Республикасының Заңын іске асыру туралы» 2017 жылғы 7 желтоқсандағы № 823 Қазақстан Республикасы Үкіметінің "
    "қаулысына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:",
    "В соответствии со статьей 8 Бюджетного кодекса Республики Казахстан от 4 декабря 2008 года, с подпунктом 1) пункта 1 "
    "статьи 6 Закона Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в "
    "Республике Казахстан», Законом Республики Казахстан от 30 ноября 2017 года «О республиканском бюджете на 2018-2020 "
    "годы» и постановлением Правительства Республики Казахстан от 7 декабря 2017 года № 823 «О реализации Закона "
    "Республики Казахстан «О республиканском бюджете на 2018-2020 годы», Алматинский областной маслихат РЕШИЛ:")


def test_a_kazakh_preamble_with_dashed_numbers_and_a_resolution_named_day_first_stands_as_the_russian():
    """The Kazakh text had stood on the code with no article, on article 1 of the law (not 6), and not on resolution
    823; both texts stand on the same four acts and units."""
    from kg.iri import Minter

    meta = _requisites("Решение Алматинского областного маслихата от 15 декабря 2017 года № 26-128", "154000000002")
    bases = []
    for text, name, lang in zip(BUDGET_2018_PREAMBLES, ("kaz.md", "rus.md"), ("kk", "ru")):
        d = parse_bytes(f"# Т\n\n{text}\n\n1. Бекітілсін.\n\n**Р. Ибраимова**\n".encode(), name, meta, lang)
        bases.append({Minter().unit(ref, path) for ref, path in d.act.based_on})
    assert bases[0] == bases[1] and len(bases[0]) == 4
    assert any(b.endswith("/art/6/p/1/sp/1") for b in bases[0]) and any("/823" in b for b in bases[0])


def test_a_kazakh_stamp_approving_the_appendix_with_its_number_after_the_verb():
    # the same decision's Kazakh appendices: "… «… бюджеті туралы» № 26-128 шешімімен бекітілген 1-қосымша" (the
    # appendix's number after "бекітілген") had opened no appendix: every appendix was text not understood
    meta = _requisites("Решение Алматинского областного маслихата от 15 декабря 2017 года № 26-128", "154000000002")
    stamp = ("> *Алматы облыстық мәслихатының*  \n> *2017 жылғы 15 желтоқсандағы*  \n> *«Алматы облысының 2018-2020 "
             "жылдарға арналған облыстық бюджеті туралы» № 26-128 шешімімен бекітілген {n}-қосымша*\n\n")
    text = (f"# Т\n\n{BUDGET_2018_PREAMBLES[0]}\n\n20. Осы шешім 2018 жылғы 1 қаңтардан бастап қолданысқа енгiзiледi.\n\n"
            "**Алматы облыстық мәслихатының сессия төрағасы**\n\n**Р. Ибраимова**\n\n" + stamp.format(n=1)
            + "# Алматы облысының 2018 жылға арналған облыстық бюджеті\n\n<table>\n<tr>\n<td>1</td>\n<td>Салықтық "
            "түсімдер</td>\n<td>38 263 764</td>\n</tr>\n</table>\n\n" + stamp.format(n=2)
            + "# Алматы облысының 2019 жылға арналған облыстық бюджеті\n\n<table>\n<tr>\n<td>1</td>\n<td>Салықтық "
            "түсімдер</td>\n</tr>\n</table>\n")
    d = parse_text(text, "kaz.md", meta=meta)
    appendices = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert appendices == {(("appendix", "1"),): "Алматы облысының 2018 жылға арналған облыстық бюджеті",
                          (("appendix", "2"),): "Алматы облысының 2019 жылға арналған облыстық бюджеті"}
    assert not d.unparsed


def test_an_act_of_the_region_s_akim_named_in_lower_case_and_the_editors_note_over_the_preamble():
    # the Almaty oblast akim's decision № 3-3 of 2013 on water subsidies, in Kazakh: "РҚАО ескертпесі." / "Құжаттың
    # мәтінінде түпнұсқаның пунктуациясы мен орфографиясы сақталған." (the editors' note, not the act's words) had
    # opened the preamble; the decision its point 3 repeals, '"… туралы" облыс әкімінің 2012 жылғы 16 қазандағы N 11-10
    # (…) шешімінің', had been an act of a body named "әкімінің" (its lower-case "облыс" dropped)
    meta = _requisites("Решение акима Алматинской области от 04 марта 2013 года № 3-3. Зарегистрировано Департаментом "
                       "юстиции Алматинской области 05 апреля 2013 года за № 2337", "154000000001")
    text = ("# Т\n\nРҚАО ескертпесі.\n\nҚұжаттың мәтінінде түпнұсқаның пунктуациясы мен орфографиясы сақталған.\n\n"
            "Қазақстан Республикасының 1998 жылғы 24 наурыздағы \"Нормативтiк құқықтық актiлер туралы\" Заңының 21-1 "
            "бабына сәйкес облыс әкімі ШЕШІМ ЕТТІ:\n\n1. Субсидия көлемдері осы шешімнің қосымшасына сәйкес айқындалсын."
            "\n\n3. \"Ауыл шаруашылығы тауарын өндірушілерге 2013 жылға арналған су беру жөніндегі субсидия көлемін "
            "айқындау туралы\" облыс әкімінің 2012 жылғы 16 қазандағы N 11-10 (Нормативтік құқықтық актілерді тіркеу "
            "мемлекеттік тізілімінде 2151 нөмірімен тіркелген, облыстық \"Жетісу\" газетінің 2012 жылғы 23 қазандағы N "
            "120 санында жарияланған) шешімінің күші жойылды деп танылсын.\n\n*Облыс әкімі А. Мұсаханов*\n")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    preamble = next(u.text for u in d.units if u.path == (("preamble", ""),))
    assert preamble.startswith("Қазақстан Республикасының 1998") and d.act.notes[0].startswith("РҚАО ескертпесі.")
    assert [(a.effect, a.target_act.number, a.target_act.issuer.en) for a in d.amendments] == \
        [("Repeal", "11-10", "Akim of Almaty Region")]


def test_an_issuer_named_after_words_said_of_it_is_itself_not_the_body_named_before():
    # the Almaty oblast akim's decision № 11-342 of 2000, in Kazakh: "Қазақстан Республикасы Әділет министрлігі
    # белгілеген тәртіппен тіркелген Құрылыс істері жөніндегі комитеттің 2000 жылғы 17 сәуірдегі N 99 бұйрығымен" (the
    # committee's order, registered as the Ministry of Justice set) had been an order of a body named from the country's
    # name on, and so not the order the Russian text names ("приказом Комитета по делам строительства от 17 апреля 2000
    # года N 99")
    meta = _requisites("Решение Акима Алматинской области от 24 ноября 2000 года № 11-342", "154000000001")
    kk = ("# Т\n\nҚазақстан Республикасы Әділет министрлігі белгілеген тәртіппен тіркелген Құрылыс істері жөніндегі "
          "комитеттің 2000 жылғы 17 сәуірдегі N 99 бұйрығымен бекітілген \"Республиканың тұрғын үй ғимараттарын қайта "
          "жаңартуға рұқсат беру процедурасын жүргізу ережелері\" туралы республикалық бірыңғай тәртіптің қабылдануына "
          "байланысты облыс әкімі ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Шешімнің күші жойылсын.\n\n**В. Долженков**\n")
    ru = ("# Т\n\nВ связи с принятием единых республиканских \"Правил прохождения разрешительных процедур на реконструкцию "
          "помещений в жилых зданиях Республики\", зарегистрированных в установленном порядке Министерством юстиции "
          "Республики Казахстан и утвержденным приказом Комитета по делам строительства от 17 апреля 2000 года N 99, Аким "
          "области РЕШИЛ:\n\n1. Решение признать утратившим силу.\n\n**В. Долженков**\n")
    bases = [[(r.number, r.issuer.en) for r, _ in parse_bytes(t.encode(), n, meta, lang).act.based_on]
             for t, n, lang in ((kk, "kaz.md", "kk"), (ru, "rus.md", "ru"))]
    assert bases[0] == bases[1] == [("99", "Committee for Construction Affairs")]


def test_a_form_titled_as_an_appendix_under_its_stamp_and_a_stamp_line_ending_with_a_court_word():
    # the Ministry of Justice's order № 113 of 2011 (a court expert's qualification), in Kazakh: the stamp of the
    # instruction's appendix 2, broken with "құқық беретін сот" / "сарапшысының біліктілік" (the court's word had ended
    # the stamp there, its first lines left as words of the form above), then "нысан" and the form's title "№_____
    # БІЛІКТІЛІК КУӘЛІГІНЕ ҚОСЫМША" (read as one more stamp: an appendix 1 again, with no title)
    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 16 марта 2011 года № 113", "103001000000")
    def stamp(n, lines):
        return "".join(f"> *{x}*  \n" for x in lines[:-1]) + f"> *{lines[-1]}*\n\n"
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1\\. Қоса беріліп отырған Нұсқаулық бекітілсін.\n\n*Министр Р. Түсіпбеков*\n\n"
            + stamp(0, ["Қазақстан Республикасы", "Әділет министрінің", "2011 жылғы 16 наурыздағы", "№ 113 бұйрығымен",
                        "бекітілген"])
            + "## Нұсқаулық\n\n12\\. Даулар сот тәртібімен қаралады.\n\n"
            + stamp(1, ["Біліктілік емтиханын қабылдау", "және сот сараптамасының белгілі", "бір түрін жүргізуге құқық",
                        "беретін сот сарапшысының", "біліктілік куәлігін беру", "жөніндегі Нұсқаулыққа", "№ 1-қосымша",
                        "нысан"])
            + "## БІЛІКТІЛІК КУӘЛІГІ №_____\n\nОсы куәлік ______________\n\n(Т.А.Ә.)\n\n"
            + stamp(2, ["Біліктілік емтиханын қабылдау", "және сот сараптамасының", "белгілі бір түрін жүргізуге",
                        "құқық беретін сот", "сарапшысының біліктілік", "куәлігін беру жөніндегі", "Нұсқаулыққа № 2-қосымша",
                        "нысан"])
            + "## №_____БІЛІКТІЛІК КУӘЛІГІНЕ ҚОСЫМША\n\n______________ берілді\n\n(Т.А.Ә.)\n")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    forms = {u.path: u.heading for u in d.units if len(u.path) == 2 and u.path[1][0] == "appendix"}
    assert forms == {(("appendix", "1"), ("appendix", "1")): "БІЛІКТІЛІК КУӘЛІГІ №_____",
                     (("appendix", "1"), ("appendix", "2")): "№_____БІЛІКТІЛІК КУӘЛІГІНЕ ҚОСЫМША"}
    first = next(u.text for u in d.units if u.path == (("appendix", "1"), ("appendix", "1")))
    assert "Біліктілік емтиханын" not in first


def test_a_repeal_whose_verb_the_order_left_out():
    # the Ministry of Justice's order № 264 of 2011 (private notaries' registration): "2. Утратившим силу приказ Министра
    # юстиции Республики Казахстан от 13 декабря 2003 г. № 264 …" ("признать" left out) had repealed nothing
    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 15 июля 2011 года № 264", "103001000000")
    text = ("# Т\n\nВ соответствии с подпунктом 7) статьи 32 Закона Республики Казахстан \"О нотариате\", ПРИКАЗЫВАЮ:\n\n"
            "1\\. Утвердить прилагаемое Положение об учетной регистрации частных нотариусов.\n\n2\\. Утратившим силу приказ "
            "Министра юстиции Республики Казахстан от 13 декабря 2003 г. № 264 \"Об утверждении Положение об учетной "
            "регистрации частных нотариусов\" (зарегистрированный в Реестре государственной регистрации нормативных правовых "
            "актов за № 2625, опубликован в Бюллетене нормативных правовых актов центральных исполнительных и иных "
            "государственных органов Республики Казахстан, 2004 г., № 19-20, ст. 919).\n\n*Министр Р. Тусупбеков*\n")
    d = parse_bytes(text.encode(), "rus.md", meta, "ru")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.registration) for a in d.amendments] == \
        [("Repeal", "264", "2003-12-13", "2625")]


def test_a_kazakh_decision_of_1998_repealing_two_decisions_said_once_and_standing_on_a_decree_with_force_of_law():
    # the Almaty oblast akim's decision № 10-288 of 1998 (market fees), in Kazakh: its preamble stands on the
    # President's decree "… N 2235 Заң күші бар Жарлығының (… Жаршысы 1995 ж., N 6, 43 бабы)" (having the force of a law:
    # it had not been read, then had stood on "article 6", the gazette's issue), and point 7 repeals two decisions, the
    # kind said once after the second ("… N 253, 1998 жылғы 26 тамыздағы N 265 шешімінің": 253 had not been repealed)
    meta = _requisites("Решение акима Алматинской области от 6 октября 1998 года № 10-288", "154000000003")
    text = ("# Т\n\n\"Салық және бюджетке төленетін басқа да міндетті төлемдер туралы\" Қазақстан Республикасы Президентінің "
            "1995 жылғы 24 сәуірдегі N 2235 Заң күші бар Жарлығының (Қазақстан Республикасы Жоғарғы Кеңесінің Жаршысы 1995 "
            "ж., N 6, 43 бабы) және Қазақстан Республикасы Үкіметінің 1998 жылғы 4 қыркүйектегі N 840 \"Қазақстан Республикасы "
            "базарларында тауарларды (жұмыстарды, қызмет көрсетулерді) сату құқығы үшін ақы төлеудің тәртібі мен "
            "алымдардың ставкалары туралы\" ережені бекіту туралы Қаулысына сәйкес облыс Әкімі шешім қабылдады:\n\n1. Алымның ставкалары бекітілсін (қосымша 1)"
            "\n\n7. Облыс Әкімінің 1998 жылғы 18 тамыздағы N 253, 1998 жылғы 26 тамыздағы N 265 шешімінің күші жойылған деп "
            "танылсын.\n\n**Облыс Әкімі**\n\n**З. Нұрқаділов**\n")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    assert [(r.kind, r.number, p) for r, p in d.act.based_on if r.kind == "decree"] == [("decree", "2235", ())]
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments] == [
        ("Repeal", "253", "1998-08-18", "Akim of Almaty Region"), ("Repeal", "265", "1998-08-26", "Akim of Almaty Region")]


def test_a_russian_note_naming_the_repealing_decision_by_its_day_in_figures_with_no_from():
    # the same decision's Russian text: "Сноска. Утратило силу решением акима Алматинской области 29.09.2004 № 9-95."
    # (no "от" before the day) had named an order of no issuer, a node of its own beside the akim's decision 9-95 the
    # requisites name
    meta = _requisites("Решение акима Алматинской области от 6 октября 1998 года № 10-288. Утратило силу решением акима "
                       "Алматинской области от 29 сентября 2004 года № 9-95", "154000000003")
    text = ("# Т\n\n> *Сноска. Утратило силу решением акима Алматинской области 29.09.2004 № 9-95.*\n\nАким области "
            "РЕШИЛ:\n\n1. Утвердить ставки сбора.\n\n**Аким Алматинской области**\n\n**З. Нуркадилов**\n")
    d = parse_bytes(text.encode(), "rus.md", meta, "ru")
    assert {(x.ref.kind, x.ref.number, x.ref.issuer.en if x.ref.issuer else None) for x in d.acts} == {
        ("decision", "9-95", "Akim of Almaty Region")}


def test_a_kazakh_preamble_of_2002_naming_a_resolution_by_year_then_day_and_month_in_figures():
    # the Almaty oblast maslikhat's decision of 24 June 2002 on the gaming excise: "… туралы» 2000ж. 28.01-дегі № 137
    # қаулысына өзгерістер енгізу туралы Қазақстан Республикасы Үкіметінің 2002ж. 26.04-дегі № 476 қаулысына сәйкес" —
    # resolution 476 (the year, then the day and month in figures) had not been read; 137 is what its title amends, no
    # basis; the law on local government, "Қазакстан" typed with к, is the law both texts stand on
    meta = _requisites("Решение Алматинского областного маслихата от 24 июня 2002 года № 23-144", "154000000002")
    text = ("# Т\n\nҚазақстан Республикасының «Қазакстан Республикасындағы жергілікті мемлекеттік басқару туралы» Заңының 6 "
            "бабы негізінде және Қазақстан Республикасы Үкіметінің «Қазақстан Республикасы аумағында сатылатын және ойын "
            "бизнесіне салынатын акциз ставкасы туралы» 2000ж. 28.01-дегі № 137 қаулысына өзгерістер енгізу туралы Қазақстан "
            "Республикасы Үкіметінің 2002ж. 26.04-дегі № 476 қаулысына сәйкес Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
            "1. Ойын бизнесінің акциз ставкасы бекітілсін.\n\n**Т. Оспанов**\n")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    from kg.laws import law_name
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on if r.number] == [("resolution", "476", "2002-04-26")]
    assert [law_name(r.kind, r.title)[1] for r, _ in d.act.based_on if r.kind == "law"] == [
        "О местном государственном управлении в Республике Казахстан"]


@pytest.mark.parametrize("name, text, signed", [
    # Almaty oblast maslikhat, 2002 (decision № 31-172): the session's chairman and the secretary sign with their roles
    # broken over lines, the body's name between the role and the name ("Председатель сессии" / "Алматинского
    # областного" / "маслихата С. Чурегеев"; that middle line had been left unread) or, in Kazakh, with no name at all
    # (the lines had been parts of the last point)
    ("rus.md", "Алматинский областной маслихат РЕШИЛ:\n\n1. Согласовать \"Положение об участковых комиссиях\".\n\n"
               "2. Решение областного маслихата N 20-136 от 18 марта 2002 года \"О согласовании Положения\" отменить.\n\n"
               "   *Председатель сессии*\n\n   *Алматинского областного*\n\n   *маслихата С. Чурегеев*\n\n"
               "   *Секретарь Алматинского*\n\n   *областного маслихата Е. Жунусбеков*\n\n"
               "   ## ПОЛОЖЕНИЕ об участковых комиссиях\n\n   ## І. ОБЩИЕ ПОЛОЖЕНИЯ\n\n"
               "1.1. Настоящее положение устанавливает единые требования.\n",
     [("Председатель сессии Алматинского областного маслихата", "С. Чурегеев"),
      ("Секретарь Алматинского областного маслихата", "Е. Жунусбеков")]),
    ("kaz.md", "Алматы облысының мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. \"Учаскелік комиссиялар жөніндегі Ереже\" келісілсін.\n\n"
               "2. Облыстық мәслихаттың 2002 жылғы 18 наурыздағы N 20-136 шешімінің күші жойылсын.\n\n"
               "   *Алматы облыстық*\n\n   *Мәслихаты сессиясының*\n\n   *төрағасы*\n\n   *Алматы облыстық*\n\n"
               "   *Мәслихатының хатшысы*\n\n   ## Учаскелiк комиссиялар туралы ЕРЕЖЕ\n\n## I. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n"
               "1.1. Осы Ереже бiрыңғай талап белгiлейдi.\n",
     [("Алматы облыстық Мәслихаты сессиясының төрағасы", None), ("Алматы облыстық Мәслихатының хатшысы", None)]),
])
def test_a_signature_whose_roles_are_broken_over_lines(name, text, signed):
    meta = _requisites("Решение Алматинского областного маслихата от 26 декабря 2002 года № 31-172. Зарегистрировано "
                       "Управлением юстиции Алматинской области 12 февраля 2003 года № 1017", "154000000002")
    d = parse_text("# Т\n\n" + text, name, meta=meta)
    assert [(s.role, s.name) for s in d.signatories] == signed
    assert [u.path for u in d.units if u.path[:1] == (("point", "2"),)] == [(("point", "2"),)]
    assert not d.unparsed


@pytest.mark.parametrize("kk, ru", [
    # Almaty oblast maslikhat, 2025 (decision № 40-221): the Water Code, "Су кодексі" / "Водного кодекса"
    ("Қазақстан Республикасының Су кодексінің 26-бабы 1-тармағының 5) тармақшасына сәйкес, Алматы облыстық мәслихаты "
     "ШЕШІМ ҚАБЫЛДАДЫ:",
     "В соответствии с подпунктом 5) пункта 1 статьи 26 Водного кодекса Республики Казахстан, Алматинский областной "
     "маслихат РЕШИЛ:"),
    # the same maslikhat, 2017 (decision № 26-129): the law on local government, cited by every local act
    ("«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» 2001 жылғы 23 "
     "қаңтардағы Қазақстан Республикасы Заңының 6-бабының 2-6-тармағына сәйкес, Алматы облыстық мәслихаты ШЕШІМ "
     "ҚАБЫЛДАДЫ:",
     "В соответствии с пунктом 2-6 статьи 6 Закона Республики Казахстан от 23 января 2001 года «О местном "
     "государственном управлении и самоуправлении в Республике Казахстан», Алматинский областной маслихат РЕШИЛ:"),
    # the oblast's akim, 2002 (decision № 7-158, an emergency declared): the Kazakh text shortens the law's title
    ("Қазакстан Республикасы «Төтенше жағдайлар туралы» Заңының 19- бабындағы 5-тарауға сәйкес облыс Әкімі ШЕШIМ "
     "қабылдады:",
     "В соответствии с Законом Республики Казахстан «О чрезвычайных ситуациях природного и техногенного характера» "
     "статья 5, 13, 18, 19 Аким области РЕШИЛ:"),
    # the same maslikhat, 2021 (the budget for 2022-2024): the Kazakh text lost the country's first word ("«…»
    # Республикасы Заңының 6–бабының"), and had stood on no such law
    ("«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы» Республикасы Заңының "
     "6–бабының 1–тармағының 1) тармақшасына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:",
     "В соответствии с подпунктом 1) пункта 1 статьи 6 Закона Республики Казахстан «О местном государственном управлении "
     "и самоуправлении в Республике Казахстан», Алматинский областной маслихат РЕШИЛ:"),
    # the same maslikhat, 2009 (decision № 26-165): the republican budget law of its years
    ("Қазақстан Республикасының \"2010-2012 жылдарға арналған республикалық бюджет туралы\" Заңына сәйкес, Алматы "
     "облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:",
     "В соответствии с Законом Республики Казахстан \"О республиканском бюджете на 2010-2012 годы\", Алматинский "
     "областной маслихат РЕШИЛ:"),
])
def test_a_local_act_s_two_texts_stand_on_one_law_or_code(kk, ru):
    from kg.iri import Minter

    meta = _requisites("Решение Алматинского областного маслихата от 27 августа 2025 года № 40-221", "154000000002")
    nodes = []
    for text, name in ((f"# Т\n\n{kk}\n\n1. Шығыстар бекітілсін.\n\n**Мәслихат төрағасы**\n\n**Қ. Байғоджаев**\n", "kaz.md"),
                       (f"# Т\n\n{ru}\n\n1. Утвердить расходы.\n\n**Председатель маслихата**\n\n**К. Байгоджаев**\n",
                        "rus.md")):
        d = parse_text(text, name, meta=meta)
        nodes.append({Minter().act(ref) for ref, _ in d.act.based_on})
    assert nodes[0] == nodes[1] and len(nodes[0]) == 1


def test_a_kazakh_stamp_naming_the_appendix_the_decision_s_in_the_genitive():
    # Almaty oblast maslikhat, 2025 (decision № 40-221): "Алматы облыстық" / "мәслихатының 2025 жылғы" / "27 тамыздағы
    # № 40-221" / "шешімнің қосымшасы" (the decision's appendix); the stamp had not been read, nor the appendix under it
    meta = _requisites("Решение Алматинского областного маслихата от 27 августа 2025 года № 40-221", "154000000002")
    text = ("# Т\n\nҚазақстан Республикасының Су кодексінің 26-бабы 1-тармағының 5) тармақшасына сәйкес, Алматы облыстық "
            "мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1\\. Шығыстар осы шешімінің қосымшасына сәйкес бекітілсің.\n\n2\\. Осы шешім "
            "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n\n"
            "**Мәслихат төрағасы**\n\n**Қ. Байғоджаев**\n\n> *Алматы облыстық*  \n> *мәслихатының 2025 жылғы*  \n"
            "> *27 тамыздағы № 40-221*  \n> *шешімнің қосымшасы*\n\n## Алматы облысында ауыз суды өрт сөндіруге "
            "пайдалану кезіндегі шығындарын өтеу\n\n1. Алматы облысында өрт сөндіру кезінде ауыз суды пайдаланғаны үшін "
            "шығындарын өтеу тәртібі\n\n6. Уәкілетті сумен жабдықтау органы өтемақы сомасын есептейді.\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [u.path for u in d.units if u.path[:1] == (("appendix", "1"),)] == [
        (("appendix", "1"),), (("appendix", "1"), ("point", "1")), (("appendix", "1"), ("point", "6"))]
    assert not d.unparsed


# an akim's decision of 1995 (Almaty oblast, 1-52) that carries out a resolution of the Cabinet of Ministers, as its
# title says in both languages
CABINET_RU = ('# О реализации Постановления Кабинета Министров Республики Казахстан N 1230 от 05.09.95г. "О мерах по '
              'регулированию численности отдельных видов хищников в республике"\n\n'
              "Учитывая возрастающие масштабы экономического урона, наносимого хищниками сельскому хозяйству, аким области "
              "РЕШИЛ:\n\n1. Акимам районов принять необходимые меры по обеспечению отстрела волков и шакалов.\n")
CABINET_KK = ('# Қазақстан Республикасы Министрлер Кабинетiнiң "Республикада жыртқыштардың жекелеген түрлерiнiң санын '
              'реттеу жөнiндегi шаралар туралы" 1995 жылғы 5 қыркүйектегi N 1230 қаулысын жүзеге асыру туралы\n\n'
              "Облыс әкiмi ШЕШIМ ЕТЕДI:\n\n1. Аудандардың әкiмдерi қасқырларды атуды қамтамасыз ету шараларын қабылдасын.\n")


@pytest.mark.parametrize("text, name", [(CABINET_RU, "rus.md"), (CABINET_KK, "kaz.md")])
def test_a_title_that_says_the_act_carries_out_a_cabinet_resolution_gives_its_legal_basis(text, name):
    """"О реализации Постановления Кабинета Министров … N 1230 от 05.09.95г." / "… Министрлер Кабинетiнiң … N 1230
    қаулысын жүзеге асыру туралы": the resolution the decision carries out is its legal basis (eli:based_on), passed by
    the Cabinet of Ministers, the Government's name until 1995 (the Kazakh reference had not been read at all)."""
    meta = _requisites("Решение акима Алматинской области от 7 ноября 1995 года № 1-52", "154000000003")
    d = parse_text(text, name, meta=meta)
    assert [(r.kind, r.number, r.date, r.issuer.en) for r, _ in d.act.based_on] == [
        ("resolution", "1230", "1995-09-05", "Cabinet of Ministers")]


# an akim's decision of 1998 (Almaty oblast, 7-235): its preamble names the President's decree by its day and title
# with no number, and, in Kazakh, each act the way of the 1990s, the day after its month ("1998 жылғы қаңтардың
# 27-гі"), the number an ordinal ("N 38-ші"), the title quoted before the issuer ("… Үкіметінің Қаулысына")
LICENSING_RU = ("# О лицензировании отдельных видов деятельности\n\nВ соответствии с постановлением Правительства "
                "Республики Казахстан от 27.01.98г. № 38 \"О создании Комитета по государственному контролю над "
                "производством и оборотом алкогольной продукции\", Указом Президента Республики Казахстан от 21.05.98 г. "
                "\"О дальнейшем совершенствовании государственного управления\" и постановлением Правительства Республики "
                "Казахстан от 16.06.98г. № 543 \"О мерах по упорядочению оборота алкогольной продукции\", в целях усиления "
                "государственного контроля за оборотом алкогольной продукции Аким области решил:\n\n1. Контроль за "
                "исполнением решения возложить на заместителя Акима области Каримуллина А.К.\n")
LICENSING_KK = ("# Жекелеген қызмет түрлерін лицензиялау туралы\n\n1998 жылғы қаңтардың 27-гі N 38-ші \"Алкогольді "
                "өнімдердің айналымына, өндірілуіне мемлекеттік бақылау жасау жөніндегі комитетті қўру туралы\" Қазақстан "
                "Республикасы Үкіметінің Қаулысына сәйкес, 1998 жылғы мамырдың 21-гі \"Мемлекеттік басқаруды одан әрі "
                "жетілдіру туралы\" Қазақстан Республикасы Президенті Жарлығымен және 1998 жылғы маусымның 16-ғы N 543-ші "
                "\"Алкогольді өнімдердің айналымын реттеу жөніндегі шаралар туралы\" Қазақстан Республикасы Үкіметінің "
                "Қаулысымен, алкогольді өнімдердің айналымына мемлекеттік бақылауды күшейту мақсатында облыс Әкімі ШЕШІМ "
                "ҚАБЫЛДАДЫ:\n\n1. Осы шешімнің орындалуын бақылау облыс Әкімінің орынбасары А.К. Кәрімоллинге жүктелсін.\n")


def test_a_decree_named_by_its_day_and_title_and_acts_named_the_older_kazakh_way_are_the_basis():
    meta = _requisites("Решение акима Алматинской области от 21 июля 1998 года № 7-235", "154000000003")
    bases = {}
    for text, name, lang in ((LICENSING_RU, "rus.md", "ru"), (LICENSING_KK, "kaz.md", "kk")):
        d = parse_bytes(text.encode(), name, meta, lang)
        bases[lang] = {(r.kind, r.number, r.date, r.issuer.en) for r, _ in d.act.based_on}
    assert bases["ru"] == bases["kk"] == {("resolution", "38", "1998-01-27", "Government"),
                                          ("resolution", "543", "1998-06-16", "Government"),
                                          ("decree", "б/н", "1998-05-21", "President")}


def test_a_note_of_words_struck_out_of_a_point_changes_it_and_russian_units_after_a_law_s_title():
    # an akim's decision of 1998 (Almaty oblast, 4-131): "1-тармақтан сөздер алынып тасталды" (words struck out of point
    # 1, not quoted) changed point 1, which stands (it had been read as point 1 deleted); its preamble cites each law's
    # articles after the law in both languages ("… Заңының 73, 77-баптары", '… "Об особо охраняемых природных
    # территориях" ст.73, 77 и Закона …': article 73 of the first law, not of the second)
    meta = _requisites("Решение Акима Алматинской области от 2 апреля 1998 года № 4-131", "154000000003")
    kk = parse_bytes(("# Ерекше қорғалатын аумақтарды пайдаланғаны үшін ақы алу туралы\n\nТабиғат қорғау мақсатында және "
                      "Қазақстан Республикасының \"Ерекше қорғалатын табиғи аумақтар туралы\" Заңының 73, 77-баптары мен "
                      "Қазақстан Республикасының \"Қоршаған ортаны қорғау туралы\" Заңының 10, 29, 30-баптарының негiзiнде "
                      "облыс Әкiмi ШЕШIМ ҚАБЫЛДАДЫ:\n\n1. Ерекше қорғалатын аумақтарды пайдаланғаны үшін ақы мөлшерi (N 1 "
                      "қосымша) белгiленсiн.\n\n   > *ЕСКЕРТУ. 1-тармақтан сөздер алынып тасталды - Алматы облысы "
                      "Әкімінің 1998 жылғы 26 маусымдағы N 6-125 шешімімен.*\n\n2. Шешiм әдiлет басқармасында тiркелуге "
                      "жатады.\n").encode(), "kaz.md", meta, "kk")
    assert [(a.effect, a.path) for a in kk.amendments if a.from_note] == [("Modification", (("point", "1"),))]
    ru = parse_bytes(("# О взимании платы за использование особо охраняемых территорий\n\nВ целях проведения "
                      "природоохранных работ и на основании Закона Республики Казахстан \"Об особо охраняемых природных "
                      "территориях\" ст.73, 77 и Закона Республики Казахстан \"Об охране окружающей среды\" ст. 10, 29, 30 "
                      "Аким области Решил:\n\n1\\. Установить плату (приложение N 1).\n").encode(), "rus.md", meta, "ru")
    from kg.iri import Minter
    minter = Minter()
    for d in (kk, ru):
        assert [(minter.act(r).rsplit("/", 1)[-1], p) for r, p in d.act.based_on] == [
            ("ob-osobo-okhraniaemykh-prirodnykh-territoriiakh", (("article", "73"),)),
            ("ob-okhrane-okruzhaiushchei-sredy", (("article", "10"),))]


def test_a_title_on_measures_of_its_own_names_no_legal_basis():
    """"О мерах по обеспечению в области безопасной эксплуатации газового оборудования" (an akim's decision of 1997)
    carries out no act: none is its basis."""
    text = ("# О мерах по обеспечению в области безопасной эксплуатации газового оборудования на производстве и в быту\n\n"
            "В целях наведения должного порядка аким области решил:\n\n1. Акимам районов провести ревизию.\n")
    meta = _requisites("Решение акима Алматинской области от 2 апреля 1997 года № 4-94", "154000000003")
    assert parse_text(text, "rus.md", meta=meta).act.based_on == ()


# an akim's decision of 1997 (Almaty oblast, 3-86) on the state programme of mass sport: its repeal note misspelt, two
# older decisions repealed by number and day, its appendix in two sections numbered "I" and "2"
MASS_SPORT = (
    '# О мерах по реализации Указа Президента Республики Казахстан "О государственной программе развития массового '
    'спорта в Республике Казахстан на 1996-2000 г.г."\n\n'
    "> *Снока. Утратило силу решением акима Алматинской области от 29.09.2004 № 9-95.*\n\n"
    "Во исполнение Указа Президента Республики Казахстан от 16 декабря 1996 г. N 3270 \"О государственной программе "
    'развития массового спорта в Республике Казахстан на 1996-2000 г.г." аким Алматинской области решил:\n\n'
    "1. Утвердить мероприятия по реализации Указа Президента Республики Казахстан (приложение 1).\n\n"
    "8. Считать утратившими силу Решения акима области N 1-6 от 16.01.1996 г. и N 4-63 от 08.04.1996 г.\n\n"
    "**Аким Алматинской области**\n\n**С. Умбетов**\n\n"
    "> *Приложение № 1*  \n> *к Решению акима*  \n> *Алматинской области*  \n> *№ 3086 от 24 марта 1997 г.*\n\n"
    '# Мероприятия по выполнению Указа Президента Республики Казахстан "О государственной программе развития массового '
    'спорта в Республике Казахстан на 1996-2000 годы"\n\n## Раздел I\n\n'
    "## Основные исходные положения физического воспитания населения Алматинской области\n\nВведение.\n\n"
    "## I. Дети раннего возраста (до 3-х лет)\n\nЗадачи: воспитание положительного отношения к доступным элементам "
    "физической культуры.\n\n## II. Дети дошкольного возраста (3-6 лет)\n\nЗадачи: развить интерес к физической "
    "культуре.\n\n## Раздел 2\n\n## Рекомендации по выполнению Указа Президента Республики Казахстан \"О государственной "
    'программе развития массового спорта в Республике Казахстан на 1996-2000 годы"\n\n'
    "<table>\n<tr>\n<td>1</td>\n<td>Создание сети семейных клубов здоровья</td>\n<td>Постоянно</td>\n</tr>\n</table>\n")


def _mass_sport():
    meta = _requisites("Решение акима Алматинской области от 24 марта 1997 года № 3-86. Утратило силу решением акима "
                       "Алматинской области № 9-95 от 29 сентября 2004 года", "154000000003")
    return parse_text(MASS_SPORT, "rus.md", meta=meta)


def test_a_repeal_listing_acts_number_first_repeals_each():
    """"Считать утратившими силу Решения акима области N 1-6 от 16.01.1996 г. и N 4-63 от 08.04.1996 г.": two
    decisions, each named by its number before its day (the second had been dropped, unreported)."""
    repealed = {(m.target_act.number, m.target_act.date) for m in _mass_sport().amendments
                if m.effect == "Repeal" and not m.from_note}
    assert repealed == {("1-6", "1996-01-16"), ("4-63", "1996-04-08")}


def test_a_misspelt_footnote_is_a_note_not_the_preamble():
    """"Снока. Утратило силу …" is the editors' note (misspelt): no part of the preamble, and the act that repealed
    the decision is no legal basis of it (it had been both)."""
    d = _mass_sport()
    assert [(r.kind, r.number) for r, _ in d.act.based_on] == [("decree", "3270")]
    preamble = next(u for u in d.units if u.path == (("preamble", ""),))
    assert preamble.text.startswith("Во исполнение")


def test_sections_numbered_in_roman_hold_the_chapters_and_take_the_heading_below():
    """"## Раздел I" / "## Основные исходные положения …" / "## I. Дети раннего возраста" … "## Раздел 2" /
    "## Рекомендации по выполнению …": two sections of the appendix, each titled by the heading below its number,
    the chapters in the first (section I had been read into the appendix's title, section 2 into chapter II)."""
    heads = {u.path: u.heading for u in _mass_sport().units if u.path[-1][0] in ("section", "chapter")}
    assert heads == {
        (("appendix", "1"), ("section", "1")): "Основные исходные положения физического воспитания населения Алматинской области",
        (("appendix", "1"), ("section", "1"), ("chapter", "1")): "Дети раннего возраста (до 3-х лет)",
        (("appendix", "1"), ("section", "1"), ("chapter", "2")): "Дети дошкольного возраста (3-6 лет)",
        (("appendix", "1"), ("section", "2")): 'Рекомендации по выполнению Указа Президента Республики Казахстан "О '
        'государственной программе развития массового спорта в Республике Казахстан на 1996-2000 годы"'}


def test_a_programme_attached_under_the_signature_with_no_stamp_is_the_appendix():
    """An akim's decision of 1997 (Almaty oblast) approves a programme "(қоса тіркелген)" and prints it under the
    signature with no stamp, "## … жөніндегі БАҒДАРЛАМАСЫ" over chapters "### I. Жалпы ережелер": appendix 1, its
    chapters and measures read (the whole programme had been reported unread)."""
    text = (
        "# Облыс халқын бәсірелік әлеуметтік қорғау жөніндегі 1997-1998 жылдарға арналған бағдарлама туралы\n\n"
        "Соғыс мүгедектері мен қатысушыларына материалдық көмек көрсету мақсатында облыс Әкімі шешім етті:\n\n"
        "1. Облыс халқын бәсірелік әлеуметтік қорғау жөніндегі 1997-1998 жылдарға арналған бағдарлама бекітілсін "
        "(қоса тіркелген).\n\n"
        "3. Осы шешімнің орындалуын бақылау облыс әкімінің орынбасарлары Е.И. Жүнісбеков пен О.Н. Жақияновқа "
        "жүктелсін.\n\n   **Облыс Әкімі**\n\n   **С. Үмбетов**\n\n"
        "## 1997-1998 жылдарға арналған облыс халқын бәсірелік әлеуметтік қорғау жөніндегі БАҒДАРЛАМАСЫ\n\n"
        "### I. Жалпы ережелер\n\nОсы бағдарламаның негізгі мақсаты аз қамтамасыз етілген азаматтарға материалдық "
        "қолдау көрсету болып табылады.\n\n### II. Халықты зейнетақымен қамтамасыз ету\n\n"
        "1. Зейнетақы бойынша қарыздарды өтеу жөнінде халық арасында түсініктеме жұмыстарын кеңінен жүргізу.\n\n"
        "> *Тұрақты.*  \n> *Облыс әкімінің аппараты*\n")
    meta = _requisites("Решение акима Алматинской области от 28 июля 1997 года № 8-230", "154000000003")
    d = parse_text(text, "kaz.md", meta=meta)
    assert d.coverage == 1.0 and not d.unparsed
    heads = {u.path: u.heading for u in d.units if u.path[0][0] == "appendix" and u.heading}
    assert heads == {
        (("appendix", "1"),): "1997-1998 жылдарға арналған облыс халқын бәсірелік әлеуметтік қорғау жөніндегі БАҒДАРЛАМАСЫ",
        (("appendix", "1"), ("chapter", "1")): "Жалпы ережелер",
        (("appendix", "1"), ("chapter", "2")): "Халықты зейнетақымен қамтамасыз ету"}
    assert (("appendix", "1"), ("chapter", "2"), ("point", "1")) in {u.path for u in d.units}


def test_a_decree_of_the_president_and_an_order_of_the_prime_minister_are_one_act_in_both_languages():
    """An akim's decisions of 1997 stand by a decree of the President and an order (распоряжение) of the Prime Minister
    ("Во исполнение Распоряжения Премьер-Министра Республики Казахстан от 25 марта 1997 г. № 77-р, в целях реализации
    Указа Президента Республики Казахстан от 6 марта 1997 г. № 3393 …"; "Қазақстан Республикасы Президентінің 1994
    жылғы 15 маусымдағы N 1805 Жарлығына сай"): each body one organisation in every case form, so a decree the Russian
    and the Kazakh cite is one act (the Kazakh decree had not been read; the Russian one's issuer was "Президента",
    the order not read at all)."""
    from kg.patterns import find_act_refs

    ru = find_act_refs("Во исполнение Распоряжения Премьер-Министра Республики Казахстан от 25 марта 1997 г. № 77-р, в "
                       "целях реализации Указа Президента Республики Казахстан от 6 марта 1997 г. № 3393 \"О мерах по "
                       "усилению государственной поддержки и активизации малого предпринимательства\"")
    assert [(r.kind, r.number, r.date, r.issuer.en) for r, _, _ in ru] == [
        ("order", "77-Р", "1997-03-25", "Prime Minister"), ("decree", "3393", "1997-03-06", "President")]
    kk = find_act_refs("Қазақстан Республикасы Президентінің 1997 жылғы 6 наурыздағы № 3393 Жарлығына сәйкес")
    assert [r.ident for r, _, _ in kk] == [ru[1][0].ident]
    # (the order is "№ 77-р", распоряжение, in Russian and "№ 77-ө", өкім, in Kazakh: one order)
    kk = find_act_refs("Қазақстан Республикасы Премьер-Министрінің 1997 жылғы 25 наурыздағы № 77-ө өкіміне сәйкес")
    assert [r.ident for r, _, _ in kk] == [ru[0][0].ident]


# an akim's decision of 2003 (Almaty oblast, 8-140) that repeals one of his own of 2002, its body named without the
# region, as local acts name their own body's acts
OWN_BODY_RU = ("# О признании утратившим силу решения Акима области от 15 марта 2002 года N 3-47\n\n"
               "В соответствии п.п.4 п.2 ст.40 Закона Республики Казахстан \"О нормативных правовых актах\" Аким "
               "области РЕШИЛ:\n\nПризнать утратившим силу решение Акима области от 15 марта 2002 года N 3-47 \"Об "
               "утверждении Правил и размеров оказания адресной социальной помощи семьям\" (регистрационный N 694 от "
               "27.03.2002 года).\n\n**Аким области**\n\n**Ш. Кулмаханов**\n")
OWN_BODY_KK = ("# Облыс әкімінің 2002 жылғы 15-наурыздағы N 3-47 шешімінің күші жойылған деп танылуы туралы\n\n"
               "Қазақстан Республикасының \"Нормативтік құқықтар актілер туралы\" Заңындағы 40-баптың 2-тармағының "
               "4-тармақшасына сәйкес Алматы облысының әкімі ШЕШІМ қабылдады:\n\nОблыс әкімінің 2002 жылғы "
               "15-наурыздағы \"Атаулы әлеуметтік көмек көрсетудің Ережесі мен мөлшерін бекіту туралы\" N 3-47 (тіркеу "
               "N 694 27.03.2002 ж.) шешімінің күші жойылды деп танылсын.\n\n**Облыс әкімі**\n\n**Ш. Құлмаханов**\n")


@pytest.mark.parametrize("text, name", [(OWN_BODY_RU, "rus.md"), (OWN_BODY_KK, "kaz.md")])
def test_an_act_of_the_own_body_named_without_its_place_is_that_bodys(text, name):
    """"решение Акима области от 15 марта 2002 года N 3-47" / "Облыс әкімінің … N 3-47 шешімінің", in an act of the
    Akim of Almaty Region: the decision that akim passed, one node with it (it had been an act of a body "Акима
    области" of its own, the repeal reaching no act the region's akim passed)."""
    meta = _requisites("Решение Акима Алматинской области от 20 августа 2003 года за № 8-140", "154000000003")
    repealed = _requisites("Решение Акима Алматинской области от 15 марта 2002 года № 3-47", "154000000003").ref
    d = parse_text(text, name, meta=meta)
    assert [(m.effect, m.target_act.ident) for m in d.amendments] == [("Repeal", repealed.ident)]


def test_a_kazakh_budget_amendment_inserting_a_line_after_a_line_gives_the_line_below():
    """A maslikhat's decision of 2003 (Almaty oblast, 33-181) changes its budget line by line, the figures run into
    guillemets ('"I. Түсiмдер барлығы" деген жол бойынша«21042606 саны 22149126 санына ауыстырылсын;'), and inserts a
    line after another, the line itself below ('"Субвенциялар" деген жолдан кейiн мынандай жол енгiзiлсiн:' /
    '"Мақсатты инвестициялық трансферттер - 1087400 мың теңге";'): an insertion into point 1 of those words (the line
    had been reported unread)."""
    text = (
        "# Алматы облыстық Мәслихатының 2002 жылғы 26 желтоқсандағы \"Алматы облысының 2003 жылға арналған облыстық "
        "бюджетi туралы\" N 31-160 шешiмiне өзгерiстер енгiзу туралы\n\n"
        "Облыс Әкiмi ұсынған жобаны қарап, облыстық Мәслихат ШЕШIМ қабылдады:\n\n"
        "1. Алматы облыстық Мәслихатының 2002 жылғы 26 - желтоқсандағы \"Алматы облысының 2003 жылға арналған облыстық "
        "бюджетi туралы\" N 31-160 (971 тiркеу нөмiрi) шешiмiне мынандай өзгерiстер енгiзiлсiн:\n\n   1 тармақтағы:\n\n"
        "\"I. Түсiмдер барлығы\" деген жол бойынша«21042606 саны 22149126 санына ауыстырылсын;\n\n"
        "\"Субвенциялар\" деген жолдан кейiн мынандай жол енгiзiлсiн:\n\n"
        "\"Мақсатты инвестициялық трансферттер - 1087400 мың теңге\";\n\n"
        "**Облыстық Мәслихат сессиясының төрағасы**\n\n**С. Мұқашев**\n")
    meta = _requisites("Решение Алматинского областного маслихата от 20 марта 2003 года № 33-181", "154000000002")
    d = parse_text(text, "kaz.md", meta=meta)
    assert not d.instructions_failed and d.coverage == 1.0
    assert [(m.effect, m.target_act.number, m.path, m.old_words, m.new_words, m.new_text) for m in d.amendments] == [
        ("WordReplacement", "31-160", (("point", "1"),), "21042606", "22149126", None),
        ("Insertion", "31-160", (("point", "1"),), None, None, "Мақсатты инвестициялық трансферттер - 1087400 мың теңге")]


def test_a_decree_cited_in_the_quoted_title_of_the_act_carried_out_is_no_legal_basis():
    """"Во исполнение Постановления Правительства … от 14 марта 2003 года № 250 «О реализации Указа Президента … от 10
    февраля 2003 года № 1017 «О квоте иммиграции оралманов на 2003 год» Аким области РЕШИЛ:" (an akim's decision of
    2003): the resolution is the legal basis; the decree its title cites is not (it had been one too)."""
    text = ("# О выполнении Постановления Правительства Республики Казахстан от 14 марта 2003 года № 250 «О реализации "
            "Указа Президента Республики Казахстан от 10 февраля 2003 года . 1017 «О квоте иммиграции оралманов на 2003 "
            "год»\n\nВо исполнение Постановления Правительства Республики Казахстан от 14 марта 2003 года № 250 «О "
            "реализации Указа Президента Республики Казахстан от 10 февраля 2003 года № 1017 «О квоте иммиграции "
            "оралманов на 2003 год» Аким области РЕШИЛ:\n\n1. Установить квоту иммиграции на 2003 год по районам и "
            "городам области, согласно приложению.\n")
    meta = _requisites("Решение Акима Алматинской области от 11 апреля 2003 года № 4-75", "154000000003")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on] == [("resolution", "250", "2003-03-14")]


def test_rules_signed_under_a_last_point_with_no_full_stop_have_their_signatory():
    """Rules an akim approved in 2003 end "13. Контроль за освоением … осуществляет администратор и уполномоченные
    государственные органы" (no full stop) / "**Руководитель аппарата Акима области**" / "**Н. Сулейменов**": the
    official who signs the rules, not two more parts of point 13 (as they had been)."""
    text = ("# Об утверждении правил кредитования сельскохозяйственных товаропроизводителей\n\n"
            "В соответствии с Постановлением Правительства Республики Казахстан от 21 января 2003 года № 70 Аким области "
            "РЕШИЛ:\n\n1. Утвердить правила кредитования сельскохозяйственных товаропроизводителей, согласно "
            "приложения.\n\n**Аким области**\n\n**Ш. Кулмаханов**\n\n"
            "> *«УТВЕРЖДЕНО»*  \n> *Решением Акима*  \n> *Алматинской области*  \n> *от «25» января 2003 г.*\n\n"
            "# ПРАВИЛА Предоставление кредита Акимом Алматинской области сельскохозяйственным товаропроизводителям\n\n"
            "## IV. Учет и контроль бюджетных средств.\n\n13. Контроль за освоением, целевым использованием, своевременным "
            "и полным возвратом бюджетных кредитов осуществляет администратор и уполномоченные государственные органы\n\n"
            "**Руководитель аппарата Акима области**\n\n**Н. Сулейменов**\n")
    meta = _requisites("Решение Акима Алматинской области от 25 января 2003 года № 1-9", "154000000003")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(s.role, s.name, s.of) for s in d.signatories] == [
        ("Аким области", "Ш. Кулмаханов", ()),
        ("Руководитель аппарата Акима области", "Н. Сулейменов", (("appendix", "1"),))]
    assert not any("Сулейменов" in (u.text or "") for u in d.units)


def test_an_appendix_table_signed_by_a_role_broken_over_lines_has_its_signatory():
    """The quota an akim approved in 2003 ends with its table, then "> *Начальник областного*  / > *управления по
    миграции*  / > *и демографии*" and "> *Б.Сабанчиев*": the official who signs the appendix, his role one (the lines
    had been four paragraphs of the appendix)."""
    text = ("# О выполнении Постановления Правительства Республики Казахстан от 14 марта 2003 года № 250\n\n"
            "Во исполнение Постановления Правительства Республики Казахстан от 14 марта 2003 года № 250 Аким области "
            "РЕШИЛ:\n\n1. Установить квоту иммиграции на 2003 год по районам и городам области, согласно приложению."
            "\n\n**Аким Алматинской области**\n\n**Ш. Кулмаханов**\n\n"
            "> *Приложение к решению*  \n> *Акима Алматинской области*  \n> *от 11 апреля 2003 г. № 4-75*\n\n"
            "# Квота иммиграции на 2003 год по районам и городам области\n\n<table>\n<tr>\n<td>1</td>\n"
            "<td>Енбекшиказахский</td>\n<td>19</td>\n</tr>\n<tr>\n<td></td>\n<td>Всего</td>\n<td>153</td>\n</tr>\n"
            "</table>\n\n> *Начальник областного*  \n> *управления по миграции*  \n> *и демографии*\n\n> *Б.Сабанчиев*\n")
    meta = _requisites("Решение Акима Алматинской области от 11 апреля 2003 года № 4-75", "154000000003")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(s.role, s.name, s.of) for s in d.signatories][1:] == [
        ("Начальник областного управления по миграции и демографии", "Б.Сабанчиев", (("appendix", "1"),))]
    assert d.coverage == 1.0 and not any(u.path[-1][0] == "textparagraph" for u in d.units)


def test_a_preamble_naming_laws_by_title_and_a_resolution_by_day_and_number_stands_by_all():
    """A maslikhat's budget of 2011 (Almaty oblast) stands by "Бюджет кодексінің 8-бабына, … "Қазақстан
    Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы" Заңының 6–бабы … және Қазақстан
    Республикасы Үкіметінің 2011 жылғы 1 желтоқсандағы "…" N 1428 қаулысына сәйкес": the resolution is a legal basis
    with the laws named by title (it had been left out when any law was named)."""
    text = ("# Алматы облысының 2012-2014 жылдарға арналған облыстық бюджеті туралы\n\n"
            "Қазақстан Республикасы 2008 жылғы 4 желтоқсандағы Бюджет кодексінің 8-бабына, Қазақстан Республикасы 2001 "
            "жылғы 23 қаңтардағы \"Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару "
            "туралы\" Заңының 6–бабы 1–тармағының 1)–тармақшасына және Қазақстан Республикасы Үкіметінің 2011 жылғы 1 "
            "желтоқсандағы \"2012-2014 жылдарға арналған республикалық бюджет туралы\" Қазақстан Республикасының Заңын "
            "іске асыру туралы\" N 1428 қаулысына сәйкес, Алматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
            "1. 2012-2014 жылдарға арналған облыстық бюджет 1, 2 және 3-қосымшаларға сәйкес бекітілсін.\n")
    meta = _requisites("Решение Алматинского областного маслихата от 7 декабря 2011 года № 58-336", "154000000002")
    based = [(r.kind, r.number, r.date, r.issuer.en if r.issuer else None) for r, _ in
             parse_text(text, "kaz.md", meta=meta).act.based_on]
    assert ("resolution", "1428", "2011-12-01", "Government") in based
    assert any(kind == "law" for kind, *_ in based)


def test_a_kazakh_day_typed_with_k_for_q_is_read():
    """Rules an akim approved in 2003 stand by "Қазақстан Республикасы Үкіметінің 2003 жылғы 21-каңтардағы № 70
    Қаулысына сәйкес", the month typed with к for қ (machines with no Kazakh letters): resolution 70 of 21 January
    2003 (its day had not been read, the resolution not one act with the Russian text's)."""
    text = ("# Ауыл шаруашылығы товарлары өндірушілерге кредит беру Ережелерін бекіту туралы\n\n"
            "Қазақстан Республикасы Үкіметінің 2003 жылғы 21-каңтардағы № 70 Қаулысына сәйкес Облыс Әкімі ШЕШІМ "
            "кабылдады:\n\n1. Кредит беру Ережелері қосымшаға сәкес бекітілсін.\n")
    meta = _requisites("Решение Акима Алматинской области от 25 января 2003 года № 1-9", "154000000003")
    based = parse_text(text, "kaz.md", meta=meta).act.based_on
    assert [(r.kind, r.number, r.date, r.issuer.en) for r, _ in based] == [("resolution", "70", "2003-01-21", "Government")]


def test_an_appendix_stamp_naming_an_act_the_text_never_names_is_this_acts_mistyped():
    """An akim's decision of 2003 (1-13 of 27 January) gives its appendices under stamps "… 2003 жылғы 27 қаңтардағы
    №1-13 қаулысына № 1 қосымша", the third under "2003 жылғы 24 қаңтардағы" / "№4 қаулысына" / "№ 3 қосымша", an act
    the decision never names: its own appendix 3, the requisites mistyped (its lines had been four parts of the last
    point of appendix 1, its table a table of that appendix). An amending act's stamp of the act it amends stays that
    act's (the tests of new wordings)."""
    text = ("# Алматы облысы базарларының санатын анықтау жөніндегі облыстық сараптау комиссиясын бекіту туралы\n\n"
            "Облыс Әкімі ШЕШІМ қабылдады :\n\n1. Комиссияның құрамы (№1 қосымша) бекітілсін.\n\n"
            "3. Базарлардың жарақтандырылуына қойылатын талаптар (№ 3 қосымша) бекітілсін.\n\n"
            "**Облыс Әкімі**\n\n**Ш.Құлмаханов**\n\n"
            "> *Алматы облысы Әкімінің*  \n> *2003 жылғы 27 қаңтардағы*  \n> *№1-13 қаулысына*  \n> *№ 1 қосымша*\n\n"
            "# Комиссиясының ҚҰРАМЫ:\n\n1. Тәкенов Б.Д. - Алматы облысы әкімінің орынбасары, комиссия төрағасы\n\n"
            "3. Шойымбеков Т.У. - Облыстық бөлімнің бастығы\n\n"
            "> *Алматы облысы Әкімінің*  \n> *2003 жылғы 24 қаңтардағы*  \n> *№4 қаулысына*  \n> *№ 3 қосымша*\n\n"
            "# Базарлардың санатын анықтау жөніндегі кесте\n\n<table>\n<tr>\n<td>1.Тоңазытқыш камералар</td>\n<td>0</td>\n"
            "</tr>\n</table>\n")
    meta = _requisites("Решение Акима Алматинской области от 27 января 2003 года № 1-13", "154000000003")
    d = parse_text(text, "kaz.md", meta=meta)
    heads = {u.path: u.heading for u in d.units if len(u.path) == 1 and u.path[0][0] == "appendix"}
    assert heads == {(("appendix", "1"),): "Комиссиясының ҚҰРАМЫ:",
                     (("appendix", "3"),): "Базарлардың санатын анықтау жөніндегі кесте"}
    assert (("appendix", "3"), ("table", "1")) in {u.path for u in d.units}


def test_rules_under_a_stamp_opening_with_its_preposition_signed_by_a_role_broken_at_a_comma():
    """A maslikhat's rules of 2003 (Almaty oblast, 34-192) stand under "> *Приложение к*" / "решению Алматинского" /
    "областного Маслихата" / 'от "30" мая 2003 года №34-192' (the stamp's lines had been reported unread) and end
    "> *Начальник управления труда,*" / "занятости и социальной" / "защиты населения" / "> *Н.Булекбаева*" above
    their own appendix's stamp: the official who signs the rules (the lines had been parts of the last point)."""
    text = ("# Об утверждении Правил предоставления социальной помощи малообеспеченным семьям\n\n"
            "Руководствуясь п.п.1 п.1 статьи 6 Закона РК \"О местном государственном управлении в Республике "
            "Казахстан\" Алматинский областной Маслихат РЕШИЛ:\n\n1. Утвердить Правила предоставления социальной помощи "
            "малообеспеченным семьям.\n\n**Председатель сессии Алматинского областного Маслихата**\n\n**М.Хасенов**\n\n"
            "> *Приложение к*  \n> *решению Алматинского*  \n> *областного Маслихата*  \n"
            "> *от \"30\" мая 2003 года №34-192*\n\n# П Р А В И Л А предоставления социальной помощи малообеспеченным "
            "семьям\n\n## 1. Общие положения\n\n1. Оказание социальной помощи производится единовременно.\n\n"
            "5. Контроль за надлежащим исполнением принятых договорных обязательств получателями социальной помощи, "
            "осуществляется участковыми комиссиями во главе с Акимами округов.\n\n"
            "> *Начальник управления труда,*  \n> *занятости и социальной*  \n> *защиты населения*\n\n"
            "> *Н.Булекбаева*\n\n> *Приложение N 1*  \n> *к Правилам предоставления социальной*  \n"
            "> *помощи малообеспеченным семьям*\n\n## З А Я В Л Е Н И Е\n\nПрошу предоставить социальную помощь.\n")
    meta = _requisites("Решение Алматинского областного Маслихата от 30 мая 2003 года № 34-192", "154000000002")
    d = parse_text(text, "rus.md", meta=meta)
    assert d.coverage == 1.0 and not d.unparsed
    assert [(s.role, s.name, s.of) for s in d.signatories][1:] == [
        ("Начальник управления труда, занятости и социальной защиты населения", "Н.Булекбаева", (("appendix", "1"),))]
    assert not any("Булекбаева" in (u.text or "") for u in d.units)


def test_kazakh_rules_signed_by_a_long_role_holding_a_comma():
    """The Kazakh text of those rules (2003) ends "> *Алматы облыстық еңбек, жұмыспен*" / "қамту және халықты
    әлеуметтік" / "қорғау басқармасының бастығы" / "> *Н.Бөлекбаева*": the head of the department signs them, her
    role the three lines (they had been parts of the last point)."""
    text = ("# Әлеуметтік көмек көрсету Ережелерін бекіту туралы\n\nЗаңының 6-бабын басшылыққа ала отырып, Алматы "
            "облыстық Мәслихаты шешім қабылдады:\n\n1. Әлеуметтік көмек көрсету Ережелері бекітілсін.\n\n"
            "**Алматы облыстық Мәслихат сессиясының төрағасы**\n\n**М.Хасенов**\n\n"
            "> *Алматы облыстық Мәслихаттың*  \n> *2003 жылғы «30» мамыр № 34-192*  \n> *шешімімен бекітілген*\n\n"
            "# Әлеуметтік көмек көрсету тәртібі туралы ЕРЕЖЕЛЕР\n\n## 1. Жалпы ережелер\n\n"
            "5. Әлеуметтік көмек алушылардың шартпен қабылданған міндеттерін тиісті орындауды бақылау округтер "
            "әкімдерінің басшылығымен учаскелік комиссия жүргізеді.\n\n> *Алматы облыстық еңбек, жұмыспен*  \n"
            "> *қамту және халықты әлеуметтік*  \n> *қорғау басқармасының бастығы*\n\n> *Н.Бөлекбаева*\n")
    meta = _requisites("Решение Алматинского областного Маслихата от 30 мая 2003 года № 34-192", "154000000002")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(s.role, s.name, s.of) for s in d.signatories][1:] == [
        ("Алматы облыстық еңбек, жұмыспен қамту және халықты әлеуметтік қорғау басқармасының бастығы", "Н.Бөлекбаева",
         (("appendix", "1"),))]


def test_a_repealed_decision_s_registration_after_it_is_no_second_act():
    """"9. Считать утратившим силу решение Акима области № 9-229 от 11 сентября 2002 года, регистрационный номер № 831
    от 27 сентября 2002 года." (an akim's decision of 2003): one decision repealed, its registration no act (read
    as a second act of a body "регистрационный номер" when acts listed number first were read)."""
    text = ("# Об очередном призыве граждан на срочную военную службу\n\nВ соответствии с Законом Республики Казахстан "
            "«О всеобщей воинской обязанности и военной службе» Аким области РЕШИЛ:\n\n1. Утвердить областную "
            "призывную комиссию согласно приложения.\n\n9. Считать утратившим силу решение Акима области № 9-229 от 11 "
            "сентября 2002 года, регистрационный номер № 831 от 27 сентября 2002 года.\n\n**Аким области**\n\n"
            "**Ш. Кулмаханов**\n")
    meta = _requisites("Решение Акима Алматинской области от 1 апреля 2003 года № 4-70", "154000000003")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(m.effect, m.target_act.number, m.target_act.date, m.target_act.issuer.en) for m in d.amendments] == [
        ("Repeal", "9-229", "2002-09-11", "Akim of Almaty Region")]


def test_a_kazakh_repeal_naming_the_decision_with_its_registration_before_its_kind():
    """The Kazakh text of that decision (2003): "9. Облыс Әкімінің 2002 жылғы 11-қыркүйектегі № 9-229, 2002 жылғы
    27-қыркүйектегі тіркеу № 831 шешімінің күші жойылған болып саналсын." — the repeal said "болып саналсын" (not
    "деп"), the registration between the number and the kind: decision 9-229 repealed, as the Russian text says (the
    point had been no instruction at all)."""
    text = ("# Азаматтарды кезекті шақыру туралы\n\nЗаңына сәйкес облыс Әкімі ШЕШІМ қабылдады:\n\n1. Облыстық шақыру "
            "комиссиясы қосымшаға сәйкес бекітілсін.\n\n9. Облыс Әкімінің 2002 жылғы 11-қыркүйектегі № 9-229, 2002 "
            "жылғы 27-қыркүйектегі тіркеу № 831 шешімінің күші жойылған болып саналсын.\n\n**Облыс Әкімі**\n\n"
            "**Ш. Құлмаханов**\n")
    meta = _requisites("Решение Акима Алматинской области от 1 апреля 2003 года № 4-70", "154000000003")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(m.effect, m.target_act.number, m.target_act.date, m.target_act.issuer.en) for m in d.amendments] == [
        ("Repeal", "9-229", "2002-09-11", "Akim of Almaty Region")]


@pytest.mark.parametrize("lang, chapter, below", [
    ("ru", "## 3. Описание удостоверения, нагрудного знака и ленты вручаемых к званию", "## Удостоверение"),
    ("kk", "## 3. Атаққа қоса берілетін куәлік, төс белгі және лентаның сипаттамасы", "## Куәлік"),
])
def test_a_heading_of_its_own_under_a_titled_chapter_is_no_part_of_the_chapter_s_title(lang, chapter, below):
    """Rules of a maslikhat (2010, "Почетный гражданин"): the chapter's heading, then a heading of the chapter's own
    first part ("## Удостоверение", as later "## Нагрудный знак"), then points: the part's heading is a paragraph of
    the chapter (it had been run into the chapter's title, as a heading wrapped over lines is)."""
    text = ("# Об утверждении Правил\n\nМаслихат РЕШИЛ:\n\n1. Утвердить прилагаемые Правила.\n\n*Секретарь маслихата "
            "А. Сыдык*\n\n> *Утверждено решением маслихата*  \n> *от 14 декабря 2010 года N 39-228*\n\n## ПРАВИЛА\n\n"
            f"{chapter}\n\n{below}\n\n21. Удостоверение изготавливается из твердой обложки.\n\n"
            "    ## Нагрудный знак\n\n26. Нагрудный знак изготавливается из металлосплава.\n")
    d = parse_text(text, "rus.md" if lang == "ru" else "kaz.md",
                   meta=_requisites("Решение маслихата Алматинской области от 14 декабря 2010 года № 39-228",
                                    "154000000002"))
    units = {u.path: u for u in d.units}
    ch = (("appendix", "1"), ("chapter", "3"))
    assert units[ch].heading == chapter[6:]
    assert units[ch + (("textparagraph", "1"),)].text == below[3:]
    assert ch + (("point", "21"),) in units and d.coverage == 1.0


@pytest.mark.parametrize("lang, point, number, day, reg", [
    ("ru", "2. Признать утратившим силу решение Алматинского областного маcлихата от 14 декабря 2010 года N 39-228 \"Об "
     "утверждении Правил присвоения звания \"Почетный гражданин Алматинской области\" (зарегистрированное Департаментом "
     "юстиции Алматинской области в Реестре государственной регистрации нормативных правовых актов от 18 января 2011 "
     "года N 2065, опубликованное в газетах \"Огни Алатау\" от 01 февраля 2011 года N 13-14 и \"Жетісу\" от 01 февраля "
     "2011 года N 13-14).", "39-228", "2010-12-14", ("2065", "2011-01-18")),
    ("kk", "3. \"Ауыл шаруашылығы тауарын өндірушілерге 2013 жылға арналған су беру жөніндегі субсидия көлемін айқындау "
     "туралы\" облыс әкімінің 2012 жылғы 16 қазандағы N 11-10 (Нормативтік құқықтық актілерді тіркеу мемлекеттік "
     "тізілімінде 2151 нөмірімен тіркелген, облыстық \"Жетісу\" газетінің 2012 жылғы 23 қазандағы N 120 және \"Огни "
     "Алатау\" газетінің 2012 жылғы 23 қазандағы N 120 санында жарияланған) шешімінің күші жойылды деп танылсын.",
     "11-10", "2012-10-16", ("2151", None)),
    # the registration "entered" under its number, its day first in the bracket; the title lost its opening quote
    ("kk", "2. Алматы облыстық мәслихатының 2010 жылғы 14 желтоқсандағы \"Алматы облысының құрметті азаматы\" атағын беру "
     "Ережесін бекіту туралы\" N 39-228 шешімінің (2011 жылғы 18 қаңтардағы Алматы облыстық әділет Департаментінде "
     "нормативтік құқықтық актілердің мемлекеттік тіркеу Тізілімінде 2065 нөмірімен енгізілген, 2011 жылғы 01 ақпандағы N "
     "13-14 \"Огни Алатау\" және 2011 жылғы 01 ақпандағы N 13-14 \"Жетісу\" газеттерінде жарияланған) күші жойылды деп "
     "танылсын.", "39-228", "2010-12-14", ("2065", "2011-01-18")),
])
def test_a_repealed_decision_s_registration_in_the_bracket_after_it(lang, point, number, day, reg):
    """Decisions of 2012 and 2013 repeal earlier ones, each with its state registration in a bracket: the number (and
    the day, where the bracket says it) are the repealed act's registration — the Russian one, after the body and the
    day that registered it, had been past the reach of the rule, the Kazakh one "under the number" had not been read."""
    text = (("# Об утверждении Правил\n\nМаслихат РЕШИЛ:\n\n1. Утвердить Правила.\n\n" if lang == "ru" else
             "# Субсидия көлемін айқындау туралы\n\nОблыс әкімдігі ҚАУЛЫ ЕТЕДІ:\n\n1. Субсидия көлемі айқындалсын.\n\n")
            + point + "\n\n**Секретарь маслихата**\n\n**А. Сыдык**\n")
    meta = _requisites("Решение маслихата Алматинской области от 23 октября 2012 года № 9-56", "154000000002")
    d = parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta)
    [m] = d.amendments
    assert (m.effect, m.target_act.number, m.target_act.date) == ("Repeal", number, day)
    assert (m.target_act.registration, m.target_act.registration_date) == reg


@pytest.mark.parametrize("lang, preamble, number, steps", [
    ("ru", "В соответствии с Указом Президента Республики Казахстан от 29 октября 2012 года № 410 «Об утверждении "
     "Типового положения государственного органа Республики Казахстан», пунктом 65 Указа Президента Республики Казахстан "
     "от 3 декабря 2013 года № 704 «Об утверждении Типового регламента маслихата», Алматинский областной маслихат "
     "РЕШИЛ:", "704", (("point", "65"),)),
    ("kk", "Қазақстан Республикасының 2008 жылғы 4 желтоқсандағы Бюджет кодексінің 212-бабына және «Облыстың, "
     "республикалық маңызы бар қаланың, астананың жергілікті атқарушы органының ішкі нарықта айналысқа жіберу үшін "
     "бағалы қағаздар шығару ережесін бекіту туралы» Қазақстан Республикасы Үкіметінің 2009 жылғы 2 қазандағы № 1520 "
     "қаулысының 8-тармағына сәйкес БҰЙЫРАМЫН:", "1520", (("point", "8"),)),
    # the point of the system the decree approved, not of the decree
    ("kk", "Қазақстан Республикасы Президентінің 2010 жылғы 19 наурыздағы № 954 Жарлығымен бекітілген Орталық "
     "мемлекеттік органдар мен облыстардың жергілікті атқарушы органдары қызметінің тиімділігін жыл сайынғы бағалау "
     "жүйесінің 65-тармағына сәйкес БҰЙЫРАМЫН:", "954", ()),
])
def test_the_units_a_preamble_cites_of_an_act_named_by_day_and_number(lang, preamble, number, steps):
    """A maslikhat's decision of 2015 and a minister's order of 2017 stand by a point of a decree or a resolution
    ("пунктом 65 Указа … № 704", "… № 1520 қаулысының 8-тармағына"): the legal basis is that point, as it is of a law
    cited by title (it had been the act alone)."""
    text = f"# Об утверждении Положения\n\n{preamble}\n\n1. Утвердить Положение.\n\n**Секретарь**\n\n**Е. Келемсеит**\n"
    meta = _requisites("Решение маслихата Алматинской области от 27 марта 2015 года № 43-250", "154000000002")
    d = parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta)
    assert {r.number: path for r, path in d.act.based_on if r.number}[number] == steps


_REPEALS_OF_2018 = {
    "ru": "2. Признать утратившими силу решения маслихата Алматинской области «Об установлении ставок платы за пользование "
          "водными ресурсами из поверхностных источников Алматинской области» от 16 июня 2010 года № 34-202 (зарегистрирован "
          "в Реестре государственной регистрации нормативных правовых актов № 2056, опубликован от 24 июля 2010 года в "
          "газетах «Жетысу» и «Огни Алатау») и «О внесении изменений в решение Алматинского областного маслихата от 16 "
          "июня 2010 года № 34-202 «Об установлении ставок платы за пользование водными ресурсами из поверхностных "
          "источников Алматинской области» от 12 мая 2016 года № 2-17 (зарегистрирован в Реестре государственной "
          "регистрации нормативных правовых актов № 3892, опубликован 4 июля 2016 года в информационно-правовой системе "
          "«Әділет»).",
    "kk": "2. Алматы облыстық мәслихатының 2010 жылғы 16 маусымдағы «Алматы облысының жер үсті көздеріндегі су ресурстарын "
          "пайдаланғаны үшін төлемақы мөлшерлемелерін белгілеу туралы» № 34-202 (Нормативтік құқықтық актілерді "
          "мемлекеттік тіркеу тізілімінде № 2056 тіркелген, 2010 жылдың 24 шілдесінде «Жетісу» және «Огни Алатау» "
          "газеттерінде жарияланған) және «Алматы облыстық мәслихатының 2010 жылғы 16 маусымдағы «Алматы облысының жер "
          "үсті көздеріндегі су ресурстарын пайдаланғаны үшін төлемақы ставкаларын белгілеу туралы» № 34-202 шешіміне "
          "өзгерістер енгізу туралы» 2016 жылғы 12 мамырдағы № 2-17 (Нормативтік құқықтық актілерді мемлекеттік тіркеу "
          "тізілімінде № 3892 тіркелген, 2016 жылдың 4 шілдесінде «Әділет» ақпараттық-құқықтық жүйесінде жарияланған) "
          "шешімдерінің күші жойылды деп танылсын.",
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_repeal_of_two_decisions_the_second_an_amendment_of_the_first(lang):
    """A maslikhat's decision of 2018 repeals its rates of 2010 and the decision of 2016 that amended them, each with
    its registration in a bracket. In Russian the second's title quotes the first's and lost a closing quote ("«О
    внесении изменений в решение … № 34-202 «Об установлении ставок …» от 12 мая 2016 года № 2-17"): the quotes are
    read nested, the title ending where the title it quotes ends (the second decision had been dropped, unreported,
    and the first's registration given to it). In Kazakh the kind is said once, in the plural, after the last
    ("… № 2-17 (…) шешімдерінің"): both are decisions (the point had been no instruction)."""
    text = ("# Об установлении ставок платы\n\nАлматинский областной маслихат РЕШИЛ:\n\n1. Установить ставки платы "
            f"согласно приложению.\n\n{_REPEALS_OF_2018[lang]}\n\n**Секретарь маслихата**\n\n**С. Дюсембинов**\n")
    meta = _requisites("Решение Алматинского областного маслихата от 25 июля 2018 года № 34-176", "154000000002")
    d = parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta)
    assert [(m.effect, m.target_act.number, m.target_act.date, m.target_act.issuer.en, m.target_act.registration)
            for m in d.amendments] == [("Repeal", "34-202", "2010-06-16", "Almaty Region Maslikhat", "2056"),
                                       ("Repeal", "2-17", "2016-05-12", "Almaty Region Maslikhat", "3892")]
    assert not d.instructions_failed


def test_words_struck_out_named_after_the_verb_under_a_stray_quote():
    """A committee's order of 1997: 'В пункте 14 в "подпункте "е" во втором абзаце исключить слова "доплату к
    государственной пенсии".' — a stray quote before "подпункте", the words named after the verb: the second paragraph
    of sub-point "е" loses those words (the line had been no instruction; the words after the verb had been dropped
    wherever a Russian instruction named them so)."""
    text = ("# О внесении изменений\n\nПРИКАЗЫВАЮ:\n\n1. Внести в приказ Министра финансов Республики Казахстан от 1 "
            "июня 1998 года № 40 следующие изменения:\n\nВ пункте 14 в \"подпункте \"е\" во втором абзаце исключить "
            "слова \"доплату к государственной пенсии\".\n\n**Министр**\n\n**А. Павлов**\n")
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 30 сентября 1997 года № 322.", "103002000000")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(m.effect, m.path, m.old_words) for m in d.amendments] == [
        ("Deletion", (("point", "14"), ("subpoint", "е"), ("textparagraph", "2")), "доплату к государственной пенсии")]
    assert not d.instructions_failed and d.coverage == 1.0


def test_the_title_of_an_order_a_preamble_names_after_a_law_is_its_own_quoted_title():
    """A maslikhat's decision of 2020 stands by a law and an order, each named with its title in quotes ('«Жарнама
    туралы» … Заңының 17-2 бабының 3-тармағына, «Сыртқы (көрнекі) жарнаманы … бекіту туралы» … министрінің … № 37
    бұйрығына (… № 18709 тіркелген)'): the order's title is its own quoted span (it had run from the law's title on)."""
    text = ("# Жарнаманы орналастыру қағидаларын бекіту туралы\n\n«Жарнама туралы» 2003 жылғы 19 желтоқсандағы Заңының "
            "17-2 бабының 3-тармағына, «Сыртқы (көрнекі) жарнаманы елді мекендердегі үй-жайлардың шегінен тыс ашық "
            "кеңістікте орналастыру қағидаларын бекіту туралы» Қазақстан Республикасының Ұлттық экономика министрінің "
            "2019 жылғы 13 мамырдағы № 37 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № "
            "18709 тіркелген) сәйкес, Алматы облыстық маслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Қағидалары бекітілсін.\n\n"
            "**Алматы облыстық мәслихатының хатшысы**\n\n**С. Дюсембинов**\n")
    meta = _requisites("Решение маслихата Алматинской области от 19 августа 2020 года № 60-314", "154000000002")
    d = parse_text(text, "kaz.md", meta=meta)
    law, order = d.act.based_on
    assert (law[0].title, law[1]) == ("Жарнама туралы", (("article", "17-2"), ("point", "3")))
    assert (order[0].number, order[0].title, order[0].registration) == (
        "37", "Сыртқы (көрнекі) жарнаманы елді мекендердегі үй-жайлардың шегінен тыс ашық кеңістікте орналастыру "
        "қағидаларын бекіту туралы", "18709")


@pytest.mark.parametrize("lang, caption", [("ru", "тысяч тенге"), ("kk", "мың. теңге")])
def test_the_unit_of_a_table_s_figures_in_words_is_no_part_of_the_appendix_title(lang, caption):
    """A maslikhat's transfers of 2022: under the second appendix's title, "> *тысяч тенге*" (the first says
    "тыс.тенге"), in Kazakh "> *мың. теңге*": the unit the table's figures are in, a paragraph (it had been run into
    the title)."""
    text = ("# Об объемах трансфертов общего характера\n\nмаслихат Алматинской области РЕШИЛ:\n\n7. Учесть в расходах "
            "местных бюджетов минимальные объемы бюджетных средств, указанные в приложении к настоящему решению.\n\n"
            "   **Секретарь областного маслихата**\n\n   **Д. Жарасбаев**\n\n> *Приложение 2 к решению Алматинского "
            "областного маслихата от 13 декабря 2022 года «Об объемах трансфертов общего характера» №31-146*\n\n"
            "# Минимальные объемы бюджетных средств, направляемых на реализацию мероприятий в рамках проекта «Ауыл – Ел "
            f"бесігі»\n\n> *{caption}*\n\n<table>\n<tr>\n<td>№ п/п</td>\n<td>Наименование районов</td>\n"
            "<td>2023 год</td>\n</tr>\n<tr>\n<td>1</td>\n<td>Енбекшиказахский</td>\n<td>250 967</td>\n</tr>\n</table>\n")
    meta = _requisites("Решение Алматинского областного маслихата от 13 декабря 2022 года № 31-146", "154000000002")
    units = {u.path: u for u in parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta).units}
    assert units[(("appendix", "2"),)].heading.endswith("«Ауыл – Ел бесігі»".replace("«", '"').replace("»", '"'))
    assert units[(("appendix", "2"), ("textparagraph", "1"))].text == caption


def test_a_register_cell_naming_a_class_of_staff_and_its_positions_after_a_colon():
    """The Presidential Archive's register (2015, 2019): a cell names a class of staff, then the positions of that
    class with commas ("Әкімшілік функцияларды орындайтын біліктілігі жоғары деңгейдегі мамандар: инженер-электрик,
    мемлекеттік сатып алу жөніндегі консультант, заң кеңесшісі"): each is a position of the row's category, named with
    the class and numbered by its place in the row in both languages (the cell had been one position); a class
    followed by one position stays one."""
    cell = ("Әкімшілік функцияларды орындайтын біліктілігі жоғары деңгейдегі мамандар: инженер-электрик, мемлекеттік "
            "сатып алу жөніндегі консультант, заң кеңесшісі")
    text = CHANCELLERY_REGISTER.replace(
        "Әкімшілік функцияларды орындайтын біліктілігі жоғары деңгейдегі мамандар: заң кеңесшісі", cell)
    d = doc_meta(text, "kaz.md", "19-42-3.3.17", "2019-10-07", "101001000000")
    cls = "Әкімшілік функцияларды орындайтын біліктілігі жоғары деңгейдегі мамандар: "
    assert [(p.category, p.row, p.label) for p in d.positions][2:] == [
        ("С2", "6.1", cls + "инженер-электрик"), ("С2", "6.2", cls + "мемлекеттік сатып алу жөніндегі консультант"),
        ("С2", "6.3", cls + "заң кеңесшісі")]
    assert d.positions[0].label == "Біліктілігі орташа деңгейдегі жоғары санатты негізгі персонал мамандары: мұрағатшы"


def test_a_register_cell_of_two_lines_each_naming_a_class_or_a_position():
    """The Ministry of Justice's register of 2015: one cell lists a class of staff and its positions on one line ("…
    квалификации: менеджер, бухгалтер, …, лаборант;"), a head of a service unit on the next: each listed name is a
    position of the class, the next line one position (the first line had been one position of thirteen names)."""
    cell = ("\nСпециалисты среднего уровня квалификации: менеджер, бухгалтер, инженер всех специальностей, экономист, "
            "лаборант;\nРуководитель структурного подразделения, занятого административно-хозяйственным обслуживанием "
            "государственного учреждения и казенного предприятия: гаража, делопроизводством, канцелярии, склада, участка, "
            "хозяйства, архивом\n")
    text = ("# Об утверждении Реестра должностей гражданских служащих Министерства юстиции Республики Казахстан\n\n"
            "ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Реестр.\n\n> *Утвержден*  \n> *приказом*  \n> *Министра юстиции*  \n"
            "> *Республики Казахстан*  \n> *от 24 декабря 2015 года*  \n> *№ 641*\n\n# РЕЕСТР\n\n<table>\n<tr>\n"
            "<td>Звено</td>\n<td>Ступень</td>\n<td>Наименования должностей</td>\n</tr>\n<tr>\n"
            "<td colspan=\"3\">БЛОК С - АДМИНИСТРАТИВНЫЙ ПЕРСОНАЛ</td>\n</tr>\n<tr>\n<td>С3</td>\n<td>3</td>\n<td>"
            + cell + "</td>\n</tr>\n</table>\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites("Приказ Министра юстиции Республики Казахстан от 24 декабря "
                                                         "2015 года № 641", "103001000000"), "ru")
    cls = "Специалисты среднего уровня квалификации: "
    assert [(p.category, p.row, p.label) for p in d.positions][:5] == [
        ("С3", f"3.{k}", cls + name) for k, name in
        enumerate(("менеджер", "бухгалтер", "инженер всех специальностей", "экономист", "лаборант"), 1)]
    assert d.positions[5].label.startswith("Руководитель структурного подразделения, занятого")
    assert len(d.positions) == 6


def _budget_of_2025(text: str, name: str):
    """The region's budget decision for 2025–2027 (№ 31-160) read from `text`, and its units' texts by path."""
    d = parse_text(text, name, meta=_requisites("Решение маслихата Алматинской области от 18 декабря 2024 года № 31-160",
                                                "154000000002"))
    return d, {u.path: u.text for u in d.units}


def test_a_point_inserted_into_the_operative_part_with_a_decimal_number_is_a_point():
    """A maslikhat's budget for 2025–2027, as amended: "11.1. Одобрить выпуск …" after point 11, its paragraphs not
    indented, its note "Дополнено пунктом 11.1 …": point 11.1 of the decision, where the note's insertion lands (it
    had been a part of point 11, the inserted point an empty unit)."""
    text = ("# Об областном бюджете Алматинской области на 2025-2027 годы\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
            "11. Учесть, что в областном бюджете на 2025 год предусмотрены поступления целевых трансфертов на развитие из "
            "республиканского бюджета в сумме 81 371 783 тысяч тенге, в том числе на:\n\n    развитие газотранспортной "
            "системы 250 000 тысяч тенге.\n\n11.1. Одобрить выпуск государственных эмиссионных ценных бумаг по "
            "Алматинской области на 2025 год в сумме 22 911 594 тысяч тенге, в том числе на:\n\nприобретение арендного "
            "жилья 18 781 992 тысяч тенге;\n\nстроительство инженерно-коммуникационной инфраструктуры 803 466 тысяч "
            "тенге.\n\n> *Сноска. Дополнено пунктом 11.1 решения маслихата Алматинской области от 05.06.2025 № 37-201 "
            "(вводится в действие с 01.01.2025).*\n\n12. Предусмотреть в областном бюджете на 2025 год поступления "
            "субвенции из республиканского бюджета в сумме 193 408 496 тысяч тенге.\n\n**Секретарь маслихата**\n\n"
            "**Е. Шаухаров**\n")
    d, units = _budget_of_2025(text, "rus.md")
    assert units[(("point", "11.1"),)].startswith("Одобрить выпуск государственных эмиссионных ценных бумаг")
    assert units[(("point", "11.1"), ("part", "2"))] == "приобретение арендного жилья 18 781 992 тысяч тенге;"
    assert not any("11.1" in (t or "") for p, t in units.items() if p[0] == ("point", "11"))
    assert [(m.effect, m.path) for m in d.amendments if m.amending.number == "37-201"] == [
        ("Insertion", (("point", "11.1"),))]


def test_a_budget_s_preamble_stands_by_a_code_named_by_name_and_a_resolution_titled_before_its_number():
    """The maslikhat's budget for 2025–2027: "В соответствии со статьями 8, 75 Бюджетного кодекса …, с подпунктом 1)
    пункта 1 статьи 6 Закона … «О местном государственном управлении …», Законом … «О республиканском бюджете на
    2025-2027 годы» и постановлением Правительства … от 10 декабря 2024 года «О реализации Закона … «О республиканском
    бюджете на 2025 – 2027 годы» № 1046": the code named by its name (article 8; it had been left out whenever a law
    was quoted after it), the two laws, and the resolution, its title between its day and its number (it had not been
    read) — not the law its title names."""
    text = ("# Об областном бюджете Алматинской области на 2025-2027 годы\n\nВ соответствии со статьями 8, 75 Бюджетного "
            "кодекса Республики Казахстан, с подпунктом 1) пункта 1 статьи 6 Закона Республики Казахстан «О местном "
            "государственном управлении и самоуправлении в Республике Казахстан», Законом Республики Казахстан «О "
            "республиканском бюджете на 2025-2027 годы» и постановлением Правительства Республики Казахстан от 10 "
            "декабря 2024 года «О реализации Закона Республики Казахстан «О республиканском бюджете на 2025 – 2027 годы» "
            "№ 1046, Алматинский областной маслихат РЕШИЛ:\n\n1. Утвердить областной бюджет.\n\n**Секретарь**\n\n"
            "**Е. Шаухаров**\n")
    meta = _requisites("Решение маслихата Алматинской области от 18 декабря 2024 года № 31-160", "154000000002")
    d = parse_text(text, "rus.md", meta=meta)
    assert [(r.kind, r.number or r.title, path) for r, path in d.act.based_on] == [
        ("code", "Бюджетного кодекс", (("article", "8"),)),
        ("law", "О местном государственном управлении и самоуправлении в Республике Казахстан",
         (("article", "6"), ("point", "1"), ("subpoint", "1"))),
        ("law", "О республиканском бюджете на 2025-2027 годы", ()),
        ("resolution", "1046", ())]
    assert d.act.based_on[-1][0].date == "2024-12-10" and d.act.based_on[-1][0].issuer.en == "Government"


def test_a_kazakh_point_inserted_with_a_decimal_number_and_its_note_of_an_editors_misnamed_maslikhat():
    """The Kazakh text of that budget: "12.1. 2025 жылға арналған облыстық бюджетте …" after point 12 (its text opens
    with a year), its note "12.1.-тармақпен толықтырылды – Алматы облыстық аудандық мәслихатының 31.07.2025 № 39-213 …
    шешімімен." ("облыстық аудандық", the editors' words for the region's maslikhat): point 12.1, inserted by the
    region's maslikhat (it had been a part of point 12, the note's insertion point 12 itself, by a body of no name)."""
    text = ("# Алматы облысының 2025-2027 жылдарға арналған облыстық бюджеті туралы\n\nАлматы облыстық мәслихаты ШЕШІМ "
            "ҚАБЫЛДАДЫ:\n\n12. 2025 жылға арналған облыстық бюджетте республикалық бюджеттен 193 408 496 мың теңге "
            "сомасында субвенция түсімдері көзделсін.\n\n12.1. 2025 жылға арналған облыстық бюджетте Алматы агломерациясын "
            "дамыту мақсатында Алматы қаласының бюджетінен 6 720 131 мың теңге сомасында нысаналы трансферттер түсімдері "
            "көзделсін, оның ішінде:\n\nрадиалды автомобиль жолдарын салу үшін жер телімдерін сатып алуға 5 788 304 мың "
            "теңге;\n\n«Алматы-Байсерке-Талғар» магистральдық газ құбырының учаскесін шығаруға 931 827 мың теңге.\n\n"
            "> *Ескерту. 12.1.-тармақпен толықтырылды – Алматы облыстық аудандық мәслихатының 31.07.2025 № 39-213 "
            "(01.01.2025 бастап қолданысқа енгізіледі) шешімімен.*\n\n22. Осы шешім 2025 жылғы 1 қаңтардан бастап "
            "қолданысқа енгізіледі.\n")
    d, units = _budget_of_2025(text, "kaz.md")
    assert units[(("point", "12.1"),)].startswith("2025 жылға арналған облыстық бюджетте Алматы агломерациясын")
    assert not any("12.1" in (t or "") for p, t in units.items() if p[0] == ("point", "12"))
    [m] = [m for m in d.amendments if m.amending.number == "39-213"]
    assert (m.effect, m.path, m.amending.issuer.en, m.amending.date) == (
        "Insertion", (("point", "12.1"),), "Almaty Region Maslikhat", "2025-07-31")


def test_a_kazakh_list_of_decisions_naming_the_body_once_gives_each_the_plural_s_kind():
    """The same repeal as the 2018 decision's, the second decision named by its day and number alone ("… № 34-202
    (…) және 2016 жылғы 12 мамырдағы «…» № 2-17 (…) шешімдерінің күші жойылды деп танылсын"): it is the body's
    decision, as the plural says (it had been an order)."""
    text = ("# Мөлшерлемелерін белгілеу туралы\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Белгіленсін.\n\n2. "
            "Алматы облыстық мәслихатының 2010 жылғы 16 маусымдағы «Төлемақы мөлшерлемелерін белгілеу туралы» № 34-202 "
            "(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 2056 тіркелген) және 2016 жылғы 12 "
            "мамырдағы «Өзгерістер енгізу туралы» № 2-17 (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № "
            "3892 тіркелген) шешімдерінің күші жойылды деп танылсын.\n")
    meta = _requisites("Решение Алматинского областного маслихата от 25 июля 2018 года № 34-176", "154000000002")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(m.target_act.number, m.target_act.kind, m.target_act.issuer.en, m.target_act.registration)
            for m in d.amendments] == [("34-202", "decision", "Almaty Region Maslikhat", "2056"),
                                       ("2-17", "decision", "Almaty Region Maslikhat", "3892")]


FOREST_RATES_2003 = (
    "# Об установлении ставок платежей за лесные пользования\n\nНа основании п.3 ст.14 , ст.88 , п.3 ст.104 , ст.105 "
    "Лесного кодекса РК, п.1 ст.473 гл. 85 Кодекса РК \"О налогах и других обязательных платежах в бюджет\", ст.6 Закона "
    "Республики Казахстан \"О местном государственном управлении Республики Казахстан\" и в соответствии с Постановлением "
    "Правительства РК \"Об утверждении Правил образования и использования средств государственных учреждений лесного "
    "хозяйства\" N 1003 от 30.09.2003 года, Алматинский областной Маслихат РЕШИЛ:\n\n1\\. Утвердить ставки платежей за "
    "лесные пользования согласно приложений N 1, 2, 3, 4, 5\n\n2\\. Признать утратившим силу приложение N 4 Решения "
    "Алматинского областного Маслихата \"Об установлении ставок по отдельным платежам в бюджет области\" N 16-106 от 20 "
    "ноября 2001 года (зарегистрированное в Управлении юстиции Алматинской области N 528 от 25.12.2001 г.) с внесенным "
    "дополнением N 34-199 от 30 мая 2003 года (зарегистрированное в Управлении юстиции Алматинской области N 1198 от "
    "11.06.2003 г.)\n\n*Председатель сессии*\n\n*областного Маслихата А.Зияданов*\n")


def _forest_rates():
    return parse_text(FOREST_RATES_2003, "rus.md", meta=_requisites(
        "Решение маслихата Алматинской области от 25 декабря 2003 года № 3-19", "154000000002"), lang="ru")


def test_an_act_named_with_its_title_quoted_before_its_number_and_its_day_after():
    """A maslikhat's decision of 2003: "приложение N 4 Решения Алматинского областного Маслихата "Об установлении …"
    N 16-106 от 20 ноября 2001 года (зарегистрированное … N 528 от 25.12.2001 г.)": the appendix of decision 16-106,
    its title and registration (the number, then the day) read (the instruction had been not understood)."""
    d = _forest_rates()
    [m] = d.amendments
    t = m.target_act
    assert (m.effect, m.path, t.kind, t.number, t.date) == ("Deletion", (("appendix", "4"),), "decision", "16-106",
                                                           "2001-11-20")
    assert (t.title, t.registration, t.registration_date) == (
        "Об установлении ставок по отдельным платежам в бюджет области", "528", "2001-12-25")
    assert not d.instructions_failed


def test_a_preamble_citing_abbreviated_units_of_codes_named_with_rk():
    """The same decision's preamble: "п.3 ст.14 , ст.88 … Лесного кодекса РК, п.1 ст.473 гл. 85 Кодекса РК "О налогах
    …", ст.6 Закона …" and "Постановлением Правительства РК "…" N 1003 от 30.09.2003 года": the forest code, the tax
    code and the law with the first unit each cites (article 14's point 3 of the forest code, as the Kazakh text's
    "Орман кодексінің 14 бабының 3 тармағына, 88 бабына, …" gives it), and the resolution (one law without its article
    had been read)."""
    from kg.laws import law_name

    basis = {(law_name(r.kind, r.title) if r.kind in ("law", "code") else (r.kind, r.number, r.date)): path
             for r, path in _forest_rates().act.based_on}
    assert basis == {
        ("code", "Лесной кодекс"): (("article", "14"), ("point", "3")),
        ("code", "О налогах и других обязательных платежах в бюджет"): (("chapter", "85"), ("article", "473"), ("point", "1")),
        ("law", "О местном государственном управлении в Республике Казахстан"): (("article", "6"),),
        ("resolution", "1003", "2003-09-30"): ()}


def test_the_kazakh_text_of_the_forest_rates():
    """The Kazakh text of the same decision: the resolution named "… туралы" N№1003 қаулысына" (the sign typed twice),
    the code's first unit cited ("Орман кодексінің 14 бабының 3 тармағына, 88 бабына, …": article 14's point 3, not a
    path through every unit listed), the repealed appendix's registration "(2001 жылы 25-ші желтоқсанда … N 528 -ші
    болып тіркелген)", and the two signatures whose role is broken over two lines, the name closing the second
    ("Облыстық Мәслихат" / "сессиясының төрағасы А.Зияданов"), which had been parts of point 2."""
    text = ("# Орманды пайдалану үшін төлем ақы мөлшерін белгілеу туралы\n\nҚазақстан Республикасының Орман кодексінің 14 "
            "бабының 3 тармағына, 88 бабына , 104 бабының 3 тармағына, 105 бабына , ҚР Үкіметінің 2003 жылғы 30 "
            "қыркүйектегі \"Орман шаруашылығы мемлекеттік мекемелерінің қаражатын құру және пайдалану Ережесін бекіту "
            "туралы\" N№1003 қаулысына сәйкес Алматы облысының Мәслихаты ШЕШІМ қабылдады:\n\n1. Орманды пайдаланғаны үшін "
            "төлемақы мөлшері N 1,2,3,4,5 қосымшаға сәйкес бекітілсін;\n\n2. Алматы облыстық Мәслихатының 2001 жылғы 20 "
            "қарашадағы \"Облыс бюджетіне жекелеген төлем ақы мөлшерін белгілеу туралы\" N 16-106 шешімінің N 4 қосымшасы "
            "(2001 жылы 25-ші желтоқсанда Алматы облысының Әділет басқармасында N 528 -ші болып тіркелген), 2003 жылғы 30 "
            "мамырдағы N 34-199-шы енгізілген толықтыруларымен (2003 жылы 11 маусымда Алматы облысының Әділет "
            "басқармасында N№1198 болып тіркелген) қоса күші жойылған деп танылсын.\n\n*Облыстық Мәслихат*\n\n"
            "*сессиясының төрағасы А.Зияданов*\n\n*Облыстық Мәслихат*\n\n*хатшысы А.Сыдық*\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites(
        "Решение маслихата Алматинской области от 25 декабря 2003 года № 3-19", "154000000002"), "kk")
    basis = {r.kind: (r.number, r.date, path) for r, path in d.act.based_on}
    assert basis == {"code": (None, "2003-07-08", (("article", "14"), ("point", "3"))),  # (the Forest Code of 2003)
                     "resolution": ("1003", "2003-09-30", ())}
    [m] = d.amendments
    assert (m.path, m.target_act.number, m.target_act.registration, m.target_act.registration_date) == (
        (("appendix", "4"),), "16-106", "528", "2001-12-25")
    assert [(s.role, s.name) for s in d.signatories] == [("Облыстық Мәслихат сессиясының төрағасы", "А.Зияданов"),
                                                        ("Облыстық Мәслихат хатшысы", "А.Сыдық")]
    assert {u.path for u in d.units} == {(("preamble", ""),), (("point", "1"),), (("point", "2"),), (("appendix", "4"),)}


def test_a_note_striking_out_an_appendix_s_note_changes_the_appendix():
    """A maslikhat's rates of 2001: 'Сноска. В приложении N 2 "Примечание" исключено - решением … от 19 августа 2005 года
    N 19-141.': decision 19-141 changed appendix 2 (struck out its note); the appendix stays (it had been deleted)."""
    text = ("# Об установлении ставок по отдельным платежам в бюджет области\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
            "1. Утвердить ставки по отдельным платежам в бюджет согласно приложения.\n\n*Председатель сессии*\n\n"
            "*Областного маслихата С. Ашенов*\n\n> *Приложение N 2*  \n> *к решению Алматинского*  \n"
            "> *oбластного маслихата*  \n> *от 20 ноября 2001 года*\n\n## 2. Ставки платы за использование особо "
            "охраняемых природных территорий местного значения (пункт 2 статьи 477)\n\n<table>\n<tr>\n<td>3.</td>\n"
            "<td>Путевка на право посещения территории в течение года</td>\n<td>8560-00</td>\n</tr>\n</table>\n\n"
            "Примечание: <*>\n\n> *Сноска. В приложении N 2 \"Примечание\" исключено - решением Алматинского областного "
            "маслихата от 19 августа 2005 года N 19-141.*\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites(
        "Решение Алматинского областного маслихата от 20 ноября 2001 года № 16-106", "154000000002"), "ru")
    [m] = [m for m in d.amendments if m.amending.number == "19-141"]
    assert (m.effect, m.path, m.amending.date) == ("Modification", (("appendix", "2"),), "2005-08-19")


@pytest.mark.parametrize("lang,stamp,heading,title", [
    ("ru", "> *Приложение N 3*  \n> *к решению Алматинского*  \n> *областного маслихата*  \n> *от 20 ноября 2001 года*",
     "## 3. Ставки платы за размещение наружной (визуальной) рекламы (пункт 2 статьи 491)",
     "Ставки платы за размещение наружной (визуальной) рекламы (пункт 2 статьи 491)"),
    ("kk", "> *Алматы облыстық мәслихатының*  \n> *2001 жылғы қарашаның 20-дағы*  \n> *шешіміне N 3 қосымша*",
     "## 3. Сыртқы жарнамаларды орналастыруға төлем ставкалары (491-баптың 2-тармағы)",
     "Сыртқы жарнамаларды орналастыруға төлем ставкалары (491-баптың 2-тармағы)")])
def test_an_appendix_headed_with_its_own_number(lang, stamp, heading, title):
    """A maslikhat's rates of 2001 head each appendix with its own number ("Приложение N 3" / "## 3. Ставки платы за
    …"): the appendix's title (it had been a chapter 3 of the appendix, the appendix untitled); a first chapter that a
    second goes on from stays a chapter."""
    head = ("# Об установлении ставок\n\nМаслихат РЕШИЛ:\n\n1. Утвердить ставки.\n\n" if lang == "ru" else
            "# Ставканы бекіту туралы\n\nМәслихат шешім қабылдады:\n\n1. Ставка бекітілсін.\n\n")
    text = head + stamp + "\n\n" + heading + "\n\n<table>\n<tr>\n<td>1.</td>\n<td>Жарнама</td>\n<td>100-00</td>\n</tr>\n</table>\n"
    meta = _requisites("Решение Алматинского областного маслихата от 20 ноября 2001 года № 16-106", "154000000002")
    units = {u.path: u for u in parse_text(text, "rus.md" if lang == "ru" else "kaz.md", meta=meta, lang=lang).units}
    assert units[(("appendix", "3"),)].heading == title
    assert (("appendix", "3"), ("table", "1")) in units
    chapters = parse_text(text.replace(heading, heading + "\n\n1. Текст.\n\n## 4. Другое\n\n2. Текст."), "t.md", meta=meta,
                          lang=lang).units
    assert (("appendix", "3"), ("chapter", "3")) in {u.path for u in chapters}


def test_a_labelled_paragraph_under_a_heading_is_no_part_of_the_heading():
    """An akim's sports programme of 1997: "## VIII. Лица с отклонениями …, инвалиды" / "Формы занятий: самостоятельные
    и организованные занятия" (no full stop) / "физическими упражнениями …": the paragraphs are the chapter's text, not
    words of its heading (they had been read into the heading, the chapter left with no text)."""
    text = ("# О мерах\n\nаким Алматинской области решил:\n\n1. Утвердить мероприятия (приложение 1).\n\n"
            "**Аким Алматинской области**\n\n**С. Умбетов**\n\n> *Приложение № 1*  \n> *к Решению акима*  \n"
            "> *Алматинской области*  \n> *№ 3086 от 24 марта 1997 г.*\n\n# Мероприятия\n\n"
            "## VIII. Лица с отклонениями в физическом или умственном развитии, инвалиды\n\nФормы занятий: "
            "самостоятельные и организованные занятия\n\nфизическими упражнениями в режиме труда, учебы, отдыха и лечения, "
            "спортивные соревнования.\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites("Решение акима Алматинской области от 24 марта 1997 года № 3-86",
                                                         "154000000003"), "ru")
    units = {u.path: u for u in d.units}
    chapter = (("appendix", "1"), ("chapter", "8"))
    assert units[chapter].heading == "Лица с отклонениями в физическом или умственном развитии, инвалиды"
    assert units[chapter + (("textparagraph", "1"),)].text == "Формы занятий: самостоятельные и организованные занятия"


def test_a_kazakh_note_listing_decisions_whose_kind_is_said_once_after_the_last():
    """The region's budget for 2008: "Ескерту. 1-тармаққа өзгерістер енгізілді - Алматы облыстық мәслихатының 2008 жылғы
    17 қаңтардағы N 6-33 , 2008 жылғы 10 сәуірдегі N 8-47, … және 2008 жылғы 15 шілдедегі N 12-68 шешімдерімен.":
    four decisions of the maslikhat (they had been orders, the same decision 12-68 two nodes with the notes that name
    it alone, "N 12-68 шешімімен")."""
    text = ("# Алматы облысының 2008 жылға арналған облыстық бюджеті туралы\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
            "1. 1 қосымшаға сәйкес, 2008 жылға арналған облыстық бюджет төмендегі көлемдерде бекітілсін.\n\n"
            "      > *Ескерту. 1-тармаққа өзгерістер енгізілді - Алматы облыстық мәслихатының 2008 жылғы 17 қаңтардағы "
            "N 6-33 , 2008 жылғы 10 сәуірдегі N 8-47, 2008 жылғы 13 маусымдағы N 10-61 және 2008 жылғы 15 шілдедегі N 12-68 "
            "шешімдерімен.*\n\n2. Түсімдер облыстық бюджетке 100%- мөлшерде түсетіні белгіленсін.\n\n   > *Ескерту. "
            "2-тармаққа өзгерістер енгізілді - Алматы облыстық мәслихатының 2008 жылғы 15 шілдедегі N 12-68 шешімімен.*\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites(
        "Решение маслихата Алматинской области от 12 декабря 2007 года № 5-26", "154000000002"), "kk")
    assert {(m.amending.kind, m.amending.number, m.path) for m in d.amendments} == {
        ("decision", n, (("point", "1"),)) for n in ("6-33", "8-47", "10-61", "12-68")} | {
        ("decision", "12-68", (("point", "2"),))}
    assert {m.amending.issuer.key for m in d.amendments} == {"алматы облыстық мәслихаты"}


def test_the_portal_s_placeholder_signature_is_said_in_a_warning():
    """The region's budget for 2025–2027 ends with the portal's placeholders where the signatory should stand
    ("**Должность**" / "**ФИО**"): no signatory, each line said in a warning naming it (they had been unread lines)."""
    text = ("# Об областном бюджете Алматинской области на 2025-2027 годы\n\nАлматинский областной маслихат РЕШИЛ:\n\n"
            "1. Утвердить областной бюджет на 2025-2027 годы согласно приложениям 1, 2 и 3.\n\n2. Настоящее решение "
            "вводится в действие с 1 января 2025 года.\n\n**Должность**\n\n**ФИО**\n")
    d, _ = _budget_of_2025(text, "rus.md")
    assert not d.unparsed and not d.signatories
    assert [w.split(": ", 1)[0] for w in d.warnings if "placeholder" in w] == ["rus.md:9", "rus.md:11"]


def test_a_budget_table_of_revenue_categories_names_no_positions():
    """The region's budget for 2008, its appendix 1: "Санаты | Атауы | Сомасы, мың теңге" / "1 | Кірістер | 103162761":
    a revenue category, no position (the Kazakh words for category and name had made it a table of positions, the
    revenue a position with no unit to stand in)."""
    text = ("# Алматы облысының 2008 жылға арналған облыстық бюджеті туралы\n\nАлматы облыстық мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:\n\n"
            "1. 1 қосымшаға сәйкес, 2008 жылға арналған облыстық бюджет бекітілсін.\n\nОблыстық мәслихаттың хатшысы\n\n"
            "> *Алматы облыстық мәслихатының*  \n> *2007 жылғы 12 желтоқсандағы*  \n> *N 5-26 шешімімен бекітілген*  \n"
            "> *1 қосымша*\n\n<table>\n<tr>\n<td>Санаты</td>\n<td>Атауы</td>\n<td>Сомасы, мың теңге</td>\n</tr>\n<tr>\n"
            "<td>1</td>\n<td>Кірістер</td>\n<td>103162761</td>\n</tr>\n</table>\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites(
        "Решение маслихата Алматинской области от 12 декабря 2007 года № 5-26", "154000000002"), "kk")
    assert not d.positions
    assert "Кірістер" in {u.path: u.text for u in d.units}[(("appendix", "1"), ("table", "1"))]


def test_a_kazakh_repeal_of_the_following_orders_ending_with_a_full_stop():
    """The MVD's repeal of 2020: "1. Қазақстан Республикасы Ішкі істер министрінің келесі бұйрықтарының күші жойылды деп
    танылсын." (a full stop, no colon) / "1) «…» … бекіту туралы … министрінің 2015 жылғы 6 сәуірдегі № 302 бұйрығы (…);"
    / "2) … № 500 бұйрығы (…).": both orders repealed (the lead had been an instruction not understood, the list
    nothing)."""
    text = ("# Қазақстан Республикасы Ішкі істер министрінің кейбір бұйрықтарының күштерін жою туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Қазақстан Республикасы Ішкі істер министрінің келесі бұйрықтарының күші жойылды деп танылсын.\n\n"
            "   1) «Шетел азаматтарына және азаматтығы жоқ адамдарға шекаралық аймаққа келуге рұқсаттаманы беру» "
            "мемлекеттік көрсетілетін қызмет стандартын бекіту туралы Қазақстан Республикасы Ішкі істер министрінің 2015 "
            "жылғы 6 сәуірдегі № 302 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 11103 болып "
            "тіркелген, 2015 жылғы 12 маусымда «Әділет» ақпараттық-құқықтық жүйесінде жарияланған);\n\n   2) «Қазақстан "
            "Республикасына уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу» мемлекеттік көрсетілетін "
            "қызметтер регламенттерін бекіту туралы Қазақстан Республикасы Ішкі істер министрінің 2015 жылғы 30 мамырдағы "
            "№ 500 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 11537 болып тіркелген).\n\n"
            "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n")
    d = doc_meta(text, "kaz.md", "597", "2020-08-25", "103003000000")
    assert [(m.effect, m.target_act.number, m.target_act.date, m.target_act.registration) for m in d.amendments] == [
        ("Repeal", "302", "2015-04-06", "11103"), ("Repeal", "500", "2015-05-30", "11537")]
    assert not d.instructions_failed
    # (each item opens with its order's title, its quotes only round the name it begins with: the title, up to the
    # mention; the orders had had no title)
    assert [a.title for a in d.acts] == [
        '"Шетел азаматтарына және азаматтығы жоқ адамдарға шекаралық аймаққа келуге рұқсаттаманы беру" мемлекеттік '
        "көрсетілетін қызмет стандартын бекіту туралы",
        '"Қазақстан Республикасына уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу" мемлекеттік '
        "көрсетілетін қызметтер регламенттерін бекіту туралы"]


def test_a_kazakh_list_of_repealed_orders_each_titled_after_its_number():
    """The Ministry of Justice's order of 2010 repealing the IP committee's orders its appendix 3 lists: "1) … Санаткерлік
    меншік құқығы жөніндегі комитеті төрайымының 2001 жылғы 1 қарашадағы № 69 «…» бұйрығы (… № 1712 болып тіркелген
    …);" / "2) … комитеттің 2004 жылғы 22 қыркүйектегі № 55-п «… бекіту туралы» № 1712 тіркелген … № 69 бұйрығына
    өзгерістер мен толықтырулар енгізу туралы» бұйрығы (… № 3100 болып тіркелген …)": orders 69 and 55-п, the
    committee's (its name of 2001, its chairwoman "төрайымы"), each with the registration in the bracket after it (the
    first had been no act, the second order 69 again)."""
    items = (
        "1) Қазақстан Республикасы Әділет министрлігі Санаткерлік меншік құқығы жөніндегі комитеті төрайымының 2001 жылғы "
        "1 қарашадағы № 69 «Өнеркәсiптiк меншiк объектiлерiн патенттеу мен тiркеуге байланысты қарсылықтарды апелляциялық "
        "кеңеске берудiң және оны қараудың тәртiбi туралы Ережені бекіту туралы» бұйрығы (нормативтік құқықтық актілерді "
        "мемлекеттік тіркеу тізілімінде № 1712 болып тіркелген, Қазақстан Республикасы орталық атқарушы және өзге де "
        "мемлекеттік органдарының нормативтік құқықтық актілер Бюллетенінде, 2002 ж., № 15, 568-құжат);\n\n"
        "2) Қазақстан Республикасы Әділет министрлігі Санаткерлік меншік құқығы жөніндегі комитеттің 2004 жылғы 22 "
        "қыркүйектегі № 55-п «Өнеркәсіптік меншік объектілерін патенттеу мен тіркеуге байланысты қарсылықтарды "
        "апелляциялық кеңеске берудің және оны қараудың тәртібі туралы ережені бекіту туралы» № 1712 тіркелген Қазақстан "
        "Республикасы Әділет министрлігінің Санаткерлік меншік құқығы жөніндегі комитеті төрайымының 2001 жылғы 1 "
        "қарашадағы № 69 бұйрығына өзгерістер мен толықтырулар енгізу туралы» бұйрығы (нормативтік құқықтық актілерді "
        "мемлекеттік тіркеу тізілімінде № 3100 болып тіркелген, Қазақстан Республикасы орталық атқарушы және өзге де "
        "мемлекеттік органдарының нормативтік құқықтық актілер Бюллетенінде жарияланған, 2004 ж., № 41-44, 1032-құжат).\n")
    text = ("# Апелляциялық кеңестің кейбір мәселелері туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Апелляциялық кеңес "
            "туралы ережесі бекітілсін.\n\n2. Осы бұйрыққа 3-қосымшаға сәйкес Қазақстан Республикасы Әділет министрлігі "
            "Зияткерлік меншік құқығы комитеті төрағасының кейбір бұйрықтарының күші жойылды деп танылсын.\n\n"
            "*Министр Р. Түсіпбеков*\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n"
            "> *2010 жылғы 12 наурыздағы*  \n> *№ 81 бұйрығына 3-қосымша*\n\n## Қазақстан Республикасы Әділет министрлігі "
            "Зияткерлік меншік құқығы комитеті төрағасының күшін жоюға жататын бұйрықтарының тізбесі\n\n" + items)
    d = doc_meta(text, "kaz.md", "81", "2010-03-12", "103001000000")
    repealed = [(m.target_act.number, m.target_act.date, m.target_act.registration, m.target_act.issuer.ru)
                for m in d.amendments if m.effect == "Repeal"]
    committee = "Комитет по правам интеллектуальной собственности Министерства юстиции"
    assert repealed == [("69", "2001-11-01", "1712", committee), ("55-П", "2004-09-22", "3100", committee)]


def test_the_russian_list_of_the_same_repealed_orders():
    """The Russian text of the same list: "2) Приказ и.о. Председателя Комитета … от 22 cентября 2004 года № 55-п "О
    внесении … № 69 "Об утверждении Правил …", зарегистрированный за № 1712 (зарегистрированный в Реестре … за № 3100,
    …);" and "3) … от 26 декабря 2005 года № 66-о.д. "…" (… за № 4012, …);": the registration in the bracket (not the one
    its title states, 1712, nor none when the title pushes the bracket further); order 66 numbered as in the Kazakh
    text, whose "№ 66-н.қ." is the same order."""
    title69 = ("Приказ Председателя Комитета по правам интеллектуальной собственности Министерства юстиции Республики "
               "Казахстан от 1 ноября 2001 года № 69 \"Об утверждении Правил подачи и рассмотрения в апелляционном совете "
               "возражений, связанных с патентованием и регистрацией объектов промышленной собственности\"")
    text = ("# О некоторых вопросах апелляционного совета\n\nПРИКАЗЫВАЮ:\n\n1. Признать утратившими силу некоторые приказы "
            "Председателя Комитета по правам интеллектуальной собственности Министерства юстиции Республики Казахстан "
            "согласно приложению к настоящему приказу.\n\n*Министр Р. Тусупбеков*\n\n> *Приложение*  \n"
            "> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n> *от 12 марта 2010 года № 81*\n\n"
            "## Перечень, признаваемых утратившим силу приказов\n\n1) Приказ и.о. Председателя Комитета по правам "
            "интеллектуальной собственности Министерства юстиции Республики Казахстан от 22 cентября 2004 года № 55-п \"О "
            "внесении изменений и дополнений в " + title69 + ", зарегистрированный за № 1712 (зарегистрированный в Реестре "
            "государственной регистрации нормативных правовых актов за № 3100, опубликованный в Бюллетене нормативных "
            "правовых актов центральных исполнительных и иных государственных органов Республики Казахстан, 2004 г., "
            "№ 41-44, ст. 1032);\n\n2) Приказ Председателя Комитета по правам интеллектуальной собственности Министерства "
            "юстиции Республики Казахстан от 26 декабря 2005 года № 66-о.д. \"О внесении изменений в " + title69.replace(
                "Приказ", "приказ", 1) + " (зарегистрированный в Реестре государственной регистрации нормативных правовых "
            "актов за № 4012, опубликованный в \"Юридической газете\" 10 февраля 2006 г. № 23-24 (1003-1004)).\n")
    d = doc_meta(text, "rus.md", "81", "2010-03-12", "103001000000")
    assert [(m.target_act.number, m.target_act.registration) for m in d.amendments if m.effect == "Repeal"] == [
        ("55-П", "3100"), ("66-О.Д", "4012")]
    from kg.orgs import canonical, shared_number

    assert shared_number(canonical("Қазақстан Республикасы Әділет министрлігі Зияткерлік меншік құқығы комитеті "
                                   "төрайымының"), "66-Н.Қ") == "66-О.Д"


def test_a_code_cited_by_its_name_in_the_instrumental_with_a_capital():
    """An akim's decision of 1999: "Руководствуясь Гражданским Кодексом Республики Казахстан, Законом Республики
    Казахстан "О банкротстве" от 21.01.1997 года, Аким области решил:": the Civil Code (named as laws.yaml names it,
    whatever the case) and the law (the code had not been read)."""
    from kg.laws import law_name

    text = ("# Об уполномоченном органе по проведению процедуры банкротсво несостоятельных сельскохозяйственных "
            "формирований\n\nРуководствуясь Гражданским Кодексом Республики Казахстан, Законом Республики Казахстан \"О "
            "банкротстве\" от 21.01.1997 года, Аким области решил:\n\n1. Утвердить положение об уполномоченном органе. "
            "(Приложение)\n\n**Аким Алматинской области**\n\n**З.Нуркадилов**\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites("Решение акима Алматинской области от 18 января 1999 года № 1-10",
                                                         "154000000003"), "ru")
    assert {law_name(r.kind, r.title) for r, _ in d.act.based_on} == {("code", "Гражданский кодекс"),
                                                                       ("law", "О банкротстве")}


def test_an_akim_s_kazakh_decision_of_1999():
    """The Kazakh text of the akim's decision of 1999: the Civil Code named in the accusative with a capital
    ("Қазақстан Республикасының Азаматтық Кодексін , … "Банкроттық туралы" Заңын басшылыққа ала отырып"), ұ typed as
    the Belarusian ў ("Бўл шешім"), and the appendix's stamp whose first line ends with the year abbreviated ("Облыс
    Әкімінің 1999 ж." / "қаңтардың 18 N 1-10" / "шешіміне қосымша"): the code and the law; "Бұл шешім"; the akim the one
    signatory (the stamp's first line had been a second, the code not read)."""
    from kg.laws import law_name

    text = ("# Дәрменсіз ауыл шаруашылық құрылымдарға банкроттық процедура жүргізу жөніндегі ұкілетті орган туралы\n\n"
            "Қазақстан Республикасының Азаматтық Кодексін , Қазақстан Республикасының 1997 жылғы 21 қаңтардағы \"Банкроттық "
            "туралы\" Заңын басшылыққа ала отырып, облыс Әкімі ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Өкілетті орган туралы Ереже бекітілсін "
            "(қосымша).\n\n2. Бўл шешім әділет органдарында мемлекеттік тіркеуге жатады.\n\n**Облыс Әкімі**\n\n"
            "**З.Нұрқаділов**\n\n> *Облыс Әкімінің 1999 ж.*  \n> *қаңтардың 18 N 1-10*  \n> *шешіміне қосымша*\n\n"
            "# Алматы облысының ауыл шаруашылығында банкроттық процедура жүргізу жөніндегі өкілетті орган туралы ЕРЕЖЕ\n\n"
            "1. Облыстық ауыл шаруашылығы департаменті өкілетті орган болып белгіленді.\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 18 января 1999 года № 1-10",
                                                         "154000000003"), "kk")
    assert {law_name(r.kind, r.title)[0] for r, _ in d.act.based_on} == {"code", "law"}
    assert ("code", "Гражданский кодекс") in {law_name(r.kind, r.title) for r, _ in d.act.based_on}
    assert {u.path: u.text for u in d.units}[(("point", "2"),)].startswith("Бұл шешім")
    assert [(s.role, s.name) for s in d.signatories] == [("Облыс Әкімі", "З.Нұрқаділов")]
    assert (("appendix", "1"), ("point", "1")) in {u.path for u in d.units}


def test_an_akim_s_kazakh_decision_of_1998_and_its_notes():
    """An akim's decision of 1998 in Kazakh: its preamble's resolution named with the year abbreviated and the month
    before the day ("Үкіметінің 1998 ж. қыркүйектің 4-гі "…" № 840 Қаулысын орындау мақсатында"); a repeal of two acts
    "… № 8-208 Қаулысы мен … № 3-54 шешімі күштерін жойған болып саналсын" (the plural "күштерін"); its notes "Күшін
    жойылды - … № 10-157 шешімімен" and "№ 2 қосымша күшін жойды - … № 5-161 шешімімен": all read (the resolution, the
    two repeals and both notes had been missed, the notes reported as unread lines)."""
    text = ("# Алматы облысы базарларына санат беру туралы\n\n> *Ескерту. Күшін жойылды - Алматы облысы әкімінің 21.10.2003 "
            "№ 10-157 шешімімен.*\n\nҚазақстан Республикасы Үкіметінің 1998 ж. қыркүйектің 4-гі \"Қазақстан "
            "Республикасының базарларында товарларды (жұмыстарды, қызмет көрсетулерді) сату құқығы үшін жиналатын алымның "
            "ставкалары және төлеу тәртібі туралы Ереженің бекітілуі туралы\" № 840 Қаулысын орындау мақсатында облыс Әкімі "
            "ШЕШІМ ҚАБЫЛДАДЫ:\n\n1. Базарлар санаты бекітілсін (№ 1 қосымша).\n\n2. Алматы облысы Әкімінің 1995 жылғы "
            "тамыздың 4-гі \"Алматы облысының базарларына санаттар беру туралы\" № 8-208 Қаулысы мен Алматы облысы Әкімінің "
            "1997 жылғы наурыздың 3-гі \"Жаңадан құрылған базарларға санаттар беру туралы\" № 3-54 шешімі күштерін жойған "
            "болып саналсын.\n\n3. Ставкалары бекітілсін (№ 2 қосымша).\n\n**Облыс Әкімі**\n\n**З.Нұрқаділов**\n\n"
            "> *Алматы облысы Әкімінің*  \n> *1998 жылғы 08 желтоқсан*  \n> *№ 12-330 шешіміне*  \n> *№ 2 қосымша*\n\n"
            "# Алматы облысы бойынша тауарларды (жұмыстарды, қызмет көрсетулерді) сату құқығы үшін алымның ставкалары\n\n"
            "> *Ескерту. № 2 қосымша күшін жойды - Алматы облысы әкімінің 25.05.1999 № 5-161 шешімімен .*\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 8 декабря 1998 года № 12-330",
                                                         "154000000003"), "kk")
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on] == [("resolution", "840", "1998-09-04")]
    assert {(m.effect, m.amending.number, m.target_act.number, m.path) for m in d.amendments} == {
        ("Repeal", "10-157", "12-330", ()), ("Repeal", "12-330", "8-208", ()), ("Repeal", "12-330", "3-54", ()),
        ("Deletion", "5-161", "12-330", (("appendix", "2"),))}
    assert not d.unparsed


@pytest.mark.parametrize("lang, preamble", [
    ("kk", "Қазақстан Республикасы Үкіметінің \"Қазақстан Республикасы Үкіметінің \"Азаматтардың жекелеген топтарына "
           "жеңілдіктер беру және оларға байланысты шығындарды министрліктерге, мемлекеттік комитеттерге, орталық, жергілікті "
           "атқарушы органдарға және басқа да заңды тұлғаларға қайтарудын Тәртібін бекіту туралы\" 1996 жылғы 29 сәуірдегі № "
           "527 қаулысына өзгертулер енгізу туралы\" 1996 жылғы II қарашадағы №1365 қаулысын атқаруда облыс әкімі ШЕШІМ "
           "ЕТТІ:"),
    ("ru", "Во исполнение постановления правительства Республики Казахстан от 11.11.96 года № 1365 \"О внесении изменении в "
           "постановление Правительсвта Республики Казахстан от 29 апреля 1996 года № 527 \"Об утверждении Порядка "
           "предоставления льгот отдельным категориям граждан и возмещения министерствам, государственным комитетам, "
           "центральным, местным испольнительным органам и иным юридическим лицам расходов, связанных с ними\" РЕШИЛ:")])
def test_a_preamble_naming_an_act_whose_title_quotes_the_act_it_amends(lang, preamble):
    """An akim's decision of 1997 carries out the Government's resolution 1365 of 11 November 1996, whose title quotes
    resolution 527 it amended; the Kazakh text puts the title first and types the day's 1 as I ("1996 жылғы II
    қарашадағы №1365 қаулысын"): resolution 1365 in both languages, of its own day (the Kazakh text had stood on 527)."""
    text = (("# Қоғамдық жолаушылар автокөлігімен жүруге жеңілдіктер беруді реттеу туралы\n\n" if lang == "kk" else
             "# Об упорядочении предоставления льгот по проезду в общественном пассажирском автотранспорте\n\n") + preamble
            + ("\n\n1. Тәртібі бекітілсін.\n\n**Алматы облысының әкімі**\n\n**С. Үмбетов**\n" if lang == "kk" else
               "\n\n1. Утвердить Порядок.\n\n**Аким области**\n\n**С. Умбетов**\n"))
    d = parse_bytes(text.encode(), f"{'kaz' if lang == 'kk' else 'rus'}.md", _requisites(
        "Решение акима Алматинской области от 2 апреля 1997 года № 4-95", "154000000003"), lang)
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on] == [("resolution", "1365", "1996-11-11")]


def test_a_kazakh_preamble_naming_two_titled_acts_in_a_row():
    """An order of the Ministry of Finance (1998, N 534) stands by two resolutions, each titled between its body and its
    day ('… Министрлер Кабинетінің "… шаралар туралы" 1993 жылғы 39 қазандағы N 1080 P931080_ қаулысының 5-тармағына
    және … Үкіметінің "… нормалары туралы" 1998 жылғы 29 қыркүйектегі N 967 P980967_ қаулысына сәйкес'): both, each
    of its body (they had been one, number 967 of the Cabinet of Ministers under the first's title, the two titles read
    as one quoting the other). The first's day, 39 October, is no day: none."""
    text = ("# Шетел валютасындағы іссапарлар шығыстарын өтеу туралы\n\nҚазақстан Республикасы Министрлер Кабинетінің "
            "\"Шетелдік іссапарларға валюта қаржысының жұмсалуын ретке келтіру жөніндегі шаралар туралы\" 1993 жылғы 39 "
            "қазандағы N 1080 P931080_ қаулысының 5-тармағына және Қазақстан Республикасы Үкіметінің \"Шетел "
            "валютасындағы іссапарлар шығыстарын өтеудің нормалары туралы\" 1998 жылғы 29 қыркүйектегі N 967 P980967_ "
            "қаулысына сәйкес және іссапар шығыстарын өтеуді ретке келтіру мақсатында Бұйырамын:\n\n1. Есебі "
            "бекітілсін.\n\nМинистр\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Приказ Министра финансов Республики Казахстан от 16 ноября 1998 "
                                                         "года N 534", "103002000000"), "kk")
    assert [(r.number, r.date, r.issuer.en, r.title[:20]) for r, _ in d.act.based_on] == [
        ("1080", None, "Cabinet of Ministers", "Шетелдік іссапарларғ"),
        ("967", "1998-09-29", "Government", "Шетел валютасындағы ")]


def test_an_appendix_signed_by_the_head_of_the_general_department():
    """The same decision's appendix ends "**Жалпы бөлім меңгерушісі**" / "**Б. Бірбаев**" ("**Заведующий общим
    отделом**" / "**Б.Бырбаев**" in Russian): the appendix's signatory (the lines had been parts of its last point)."""
    text = ("# Жеңілдіктер беруді реттеу туралы\n\nоблыс әкімі ШЕШІМ ЕТТІ:\n\n1. Тәртібі бекітілсін.\n\n**Алматы облысының "
            "әкімі**\n\n**С. Үмбетов**\n\n> *Алматы облысы әкімінің*  \n> *1997 жылғы 3 сәуірдегі*  \n> *№ 4-95 шешіміне "
            "қосымша*\n\n# Жеңілдіктер беру ТӘРТІБІ\n\n1. Қалалық жолаушылар автокөлігінің барлық түрінде жол жүру билеті "
            "негіз болып табылады.\n\n   Ұзақ мерзімді /I ай, тоқсан, жыл/ жол жүру билеті негізгі құжат болып табылады."
            "\n\n**Жалпы бөлім меңгерушісі**\n\n**Б. Бірбаев**\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 2 апреля 1997 года № 4-95",
                                                         "154000000003"), "kk")
    assert [(s.role, s.name, s.of) for s in d.signatories][-1] == ("Жалпы бөлім меңгерушісі", "Б. Бірбаев",
                                                                    (("appendix", "1"),))
    assert not any("Бірбаев" in (u.text or "") for u in d.units)


def test_a_hyphen_typed_as_an_equals_sign_in_a_text_of_1995():
    """An akim's decision of 1995 in Kazakh types the hyphen as "=" ("ата=ананың қамқоршылығынсыз", "киім=кешек"): read
    as a hyphen, as the words are written now (a search for "ата-ананың" had not found them)."""
    text = ("# Жетім балалар туралы\n\nЖетім балалар мен ата=ананың қамқоршылығынсыз қалған балалар ды әлеуметтік қорғау "
            "мақсатында Алматы облысының әкімі ШЕШІМ ЕТТІ:\n\n1. Бірінші кезектегі тәртіппен киім=кешек пен тамақ "
            "шығындарынын заттай нормалы қамтамасыз етсін.\n\n**Облыс әкімі**\n\n**Ө. Өзбеков**\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 26 декабря 1995 года № 12-391",
                                                         "154000000003"), "kk")
    units = {u.path: u.text for u in d.units}
    assert "ата-ананың" in units[(("preamble", ""),)] and "киім-кешек" in units[(("point", "1"),)]


def test_an_akim_s_decision_carrying_out_a_decree_and_repealing_a_decision_numbered_with_a_letter():
    """An akim's decision of 1997 "О мероприятиях по обеспечению выполнения Указа Президента Республики Казахстан №
    3398 от 6 марта 1997 года "…"" stands by that decree; its "3. Решение акима области № 3-82 "а" от 20 марта 1997 года по
    данному вопросу отменить." repeals decision 3-82а (the decree had been no basis, the repeal an instruction not
    understood)."""
    text = ("# О мероприятиях по обеспечению выполнения Указа Президента Республики Казахстан № 3398 от 6 марта 1997 года "
            "\"О мерах по усилению государственной поддержки и активизации развития малого предпринимательства\"\n\n"
            "аким области РЕШИЛ:\n\n1. Утвердить мероприятия по обеспечению выполнения Указа (Приложение № 1).\n\n"
            "3. Решение акима области № 3-82 \"а\" от 20 марта 1997 года по данному вопросу отменить.\n\n"
            "**Аким области**\n\n**С.Умбетов**\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites("Решение акима Алматинской области от 27 мая 1997 года № 5-150",
                                                         "154000000003"), "ru")
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on] == [("decree", "3398", "1997-03-06")]
    assert [(m.effect, m.target_act.number, m.target_act.date) for m in d.amendments] == [
        ("Repeal", "3-82А", "1997-03-20")]
    assert not d.instructions_failed


def test_a_signature_whose_surname_is_closed_by_a_full_stop():
    """An akim's decision of 1995 in Kazakh is signed "**Облыс әкімі**" / "**Ә.Өзбеков.**", a full stop typed after the
    surname: the akim's name (the line had been reported as not read, the signatory left with no name)."""
    text = ("# Қаулысын жүзеге асыру туралы\n\nОблыс аумағында олармен күрес жөніндегі шараларды ұйымдастыру мақсатында, "
            "облыс әкімі ШЕШІМ ЕТТІ:\n\n2. Бұл шешімнің орындалуын бақылау аудан әкімдеріне, облыстық экология жәке "
            "биоресурстар басқармасына /Ұлдарбеков Б./ жүктелсін.\n\n**Облыс әкімі**\n\n**Ә.Өзбеков.**\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 7 ноября 1995 года № 1-52",
                                                         "154000000003"), "kk")
    assert [(s.role, s.name) for s in d.signatories] == [("Облыс әкімі", "Ә.Өзбеков")]
    assert not d.unparsed


def test_privileges_cancelled_in_kazakh_are_no_instruction_not_understood():
    """An akim's decision of 1997 cancels privileges, no act: "2. Қызмет куәліктері және басқа да құжаттар бойынша жол
    жүруге берілген жеңілдіктердің күші жойылсын." (in Russian "Отменить предоставление льгот на проезд по служебным
    удостоверениям …"): the point's text, no instruction not understood (it had been reported as one)."""
    text = ("# Қоғамдық жолаушылар автокөлігімен жүруге жеңілдіктер беруді реттеу туралы\n\nҚазақстан Республикасы "
            "Үкіметінің 1996 жылғы II қарашадағы №1365 қаулысын атқаруда облыс әкімі ШЕШІМ ЕТТІ:\n\n2. Қызмет куәліктері "
            "және басқа да құжаттар бойынша жол жүруге берілген жеңілдіктердің күші жойылсын.\n\n**Алматы облысының "
            "әкімі**\n\n**С. Үмбетов**\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 3 апреля 1997 года № 4-95",
                                                         "154000000003"), "kk")
    assert not d.instructions_failed and not d.amendments
    assert "жеңілдіктердің күші жойылсын" in {u.path: u.text for u in d.units}[(("point", "2"),)]


def test_a_kazakh_preamble_listing_resolutions_whose_kind_is_said_once_in_the_plural():
    """An akim's decision of 1998 on pollution charges stands by a law and two resolutions of the Government, their
    kind said once after the last: '… Үкiметiнiң 1993 жылғы қазанның 15-гi N 1024 "…" және 1994 жылғы қазанның 5-гi "…
    N 1024 Қаулысына толықтырулар мен өзгерiстер енгiзу туралы" 1994 жылғы 5 қазандағы N 1113 қаулыларына сәйкес' (it
    had stood by the law alone; the resolution quoted inside the second title is not one more)."""
    text = ("# Қоршаған табиғи ортаны ластағаны үшін төлемақының 1998 жылға арналған нормативтері туралы\n\n"
            "Қазақстан Республикасының \"Қоршаған ортаны қорғау туралы\" Заңына, Қазақстан Республикасы Үкiметiнiң 1993 "
            "жылғы қазанның 15-гi N 1024 \"Қазақстан Республикасындағы табиғатты қорғау қорлары туралы\" және 1994 жылғы "
            "қазанның 5-гi \"Қазақстан Республикасы Министрлер Кабинетiнiң N 1024 Қаулысына толықтырулар мен өзгерiстер "
            "енгiзу туралы\" 1994 жылғы 5 қазандағы N 1113 қаулыларына сәйкес және табиғатты пайдаланудың экономикалық "
            "механизмiн жетiлдiру мақсатында облыс Әкiмi шешiм қабылдады:\n\n1. Қоршаған табиғи ортаны ластағаны үшiн "
            "төлемақының 1998 жылға арналған нормативтерi бекiтiлсiн (N 1 қосымша).\n\n**Облыс Әкiмi**\n\n"
            "**З. Нұрқаділов**\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 11 марта 1998 года № 3-94",
                                                         "154000000003"), "kk")
    assert [(r.kind, r.number, r.date, r.issuer.en if r.issuer else None) for r, _ in d.act.based_on] == [
        ("law", None, None, None), ("resolution", "1024", "1993-10-15", "Government"),
        ("resolution", "1113", "1994-10-05", "Government")]


def test_a_kazakh_law_cited_with_its_day_in_the_genitive_and_its_portal_code_and_an_ordinal_point():
    """An order of 1999 (Ministry of Justice) stands by the law on normative legal acts: '"Нормативтік құқықтық
    актілері туралы" 1998 жылдың 24 наурыздағы' / "Z980213_" / "Қазақстан Республикасы Заңының 40-бабының 1-ші
    тармағына сәйкес," (the day's year in the genitive, the old portal's code of the law left between, the point an
    ordinal): article 40's point 1 of that law, the one the Russian text stands by (the Kazakh had stood by none)."""
    kk = ("# 1999 жылғы 8 қазандағы N 81 бұйрықтың қолданылуын тоқтата тұру туралы\n\n```\n\"Нормативтік құқықтық актілері "
          "туралы\" 1998 жылдың 24 наурыздағы\n\nZ980213_\n\nҚазақстан Республикасы Заңының 40-бабының 1-ші тармағына "
          "сәйкес,\nБұйырамын:\n1. \"Қазақстан Республикасы Әділет министрінің 1998 жылғы 28 шілдедегі\nN 539 бұйрығына "
          "өзгерістер енгізу туралы\" Қазақсан Республикасы Әділет\nминистрінің 1999 жылғы 8 қазандағы N 81\n\nV990949_\n\n"
          "бұйрығының қолданылуы\n2000 жылдың 1 көкегіне дейін тоқтатыла тұрсын.\nМинистр\n```\n")
    ru = ("# О приостановлении действия приказа от 8 октября 1999 года N 81\n\nВ соответствии с п.1 ст.40 Закона Республики "
          "Казахстан от 24 марта\n\n```\n1998 года\n\nZ980213_\n\n\"О нормативных правовых актах\", приказываю:\n"
          "1. Приостановить действие приказа Министра юстиции Республики\nКазахстан от 8 октября 1999 года N 81\n\n"
          "V990949_\n\n\"О внесении изменений в\nПриказ Министра юстиции Республики Казахстан от 28 июля 1998 года N 539\"\n"
          "до 1 апреля 2000 года.\nМинистр\n```\n")
    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 8 ноября 1999 года № 87", "103001000000")
    from kg.laws import law_name

    bases = [[(*law_name(r.kind, r.title), steps) for r, steps in parse_bytes(text.encode(), name, meta, lang).act.based_on]
             for text, name, lang in ((kk, "kaz.md", "kk"), (ru, "rus.md", "ru"))]
    assert bases[0] == bases[1] == [("law", "О нормативных правовых актах", (("article", "40"), ("point", "1")))]


def test_a_law_amending_others_carried_out_stands_in_both_languages_on_one_law():
    """The Ministry of Justice's order of 2012 on its appeals council carries out a law amending others: in Russian "В
    целях реализации Закона Республики Казахстан от 12 января 2012 года "О внесении изменений и дополнений в некоторые
    законодательные акты … по вопросам интеллектуальной собственности""; in Kazakh '«… зияткерлік меншік мәселелері
    бойынша өзгерістер мен толықтырулар енгізу туралы» Қазақстан Республикасының 2012 жылы 12 қаңтардағы Заңын жүзеге
    асыру мақсатында' (the year in the locative): one law (the Kazakh had stood by none)."""
    from kg.laws import law_name

    kk = ("# Апелляциялық кеңес туралы ережені бекіту туралы\n\n«Қазақстан Республикасының кейбір заңнамалық актілеріне "
          "зияткерлік меншік мәселелері бойынша өзгерістер мен толықтырулар енгізу туралы» Қазақстан Республикасының 2012 "
          "жылы 12 қаңтардағы Заңын жүзеге асыру мақсатында, БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Апелляциялық кеңес "
          "туралы ереже бекітілсін.\n\n*Министр Р. Түсіпбеков*\n")
    ru = ("# Об утверждении Положения об апелляционном совете\n\nВ целях реализации Закона Республики Казахстан от 12 января "
          "2012 года \"О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан по вопросам "
          "интеллектуальной собственности\", ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемое Положение об апелляционном совете.\n\n"
          "*Министр Р. Тусупбеков*\n")
    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 24 февраля 2012 года № 97", "103001000000")
    bases = [[law_name(r.kind, r.title) for r, _ in parse_bytes(text.encode(), name, meta, lang).act.based_on]
             for text, name, lang in ((kk, "kaz.md", "kk"), (ru, "rus.md", "ru"))]
    assert bases[0] == bases[1] == [("law", "О внесении изменений и дополнений в некоторые законодательные акты Республики "
                                             "Казахстан по вопросам интеллектуальной собственности")]


def test_laws_of_one_amending_title_are_told_apart_by_their_day():
    """Dozens of laws are titled "О внесении изменений и дополнений в некоторые законодательные акты Республики
    Казахстан": a preamble standing on two of them (of 5 July 2008 and of 10 July 2009) stood on one node, and every
    order carrying out any such law shared it. A law cited by an amending title is named by its title and the day the
    citation gives; the Kazakh citation that puts the day before the title names the same law; a title of its own
    ("О нотариате") still names its law alone, with or without a day."""
    from kg.iri import Minter

    m = Minter()
    generic = "О внесении изменений и дополнений в некоторые законодательные акты Республики Казахстан"
    ru = (f"# Об утверждении Правил\n\nВ соответствии с Законом Республики Казахстан от 5 июля 2008 года \"{generic}\", "
          f"Законом Республики Казахстан от 10 июля 2009 года \"{generic}\" и Законом Республики Казахстан от 14 июля "
          "1997 года \"О нотариате\" ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n*Министр*\n")
    kk = ("# Қағидаларды бекіту туралы\n\nҚазақстан Республикасының 2009 жылғы 10 шілдедегі «Қазақстан Республикасының "
          "кейбір заңнамалық актілеріне өзгерістер мен толықтырулар енгізу туралы» Заңына сәйкес БҰЙЫРАМЫН:\n\n"
          "1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n*Министр*\n")
    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 12 марта 2010 года № 82", "103001000000")
    ru_laws = [m.act(r) for r, _ in parse_bytes(ru.encode(), "rus.md", meta, "ru").act.based_on]
    kk_laws = [m.act(r) for r, _ in parse_bytes(kk.encode(), "kaz.md", meta, "kk").act.based_on]
    assert len(set(ru_laws)) == 3 and ru_laws[0].endswith("-2008-07-05") and ru_laws[1].endswith("-2009-07-10")
    assert ru_laws[2] == m.act(parse_bytes(ru.replace("от 14 июля 1997 года ", "").encode(), "rus.md", meta,
                                           "ru").act.based_on[2][0])
    assert kk_laws == [ru_laws[1]]


@pytest.mark.parametrize("kk, ru", [
    # the laws an MVD officer must know (qualification requirements, 2015), said in the plural once
    ("«Қазақстан Республикасының ішкі істер органдары туралы», «Азаматтық қорғау туралы», «Мемлекеттік құпиялар туралы», "
     "«Қазақстан Республикасының мемлекеттік қызметі туралы» заңдарды басшылыққа ала отырып, БҰЙЫРАМЫН:",
     "Руководствуясь Законами «Об органах внутренних дел Республики Казахстан», «О гражданской защите», «О государственных "
     "секретах», «О государственной службе Республики Казахстан» ПРИКАЗЫВАЮ:"),
    # the Ministry of Justice's formula: two laws, each with its day, "laws" said once
    ("Қазақстан Республикасының 1997 жылғы 14 шілдедегі «Нотариат туралы» және 2002 жылғы 18 наурыздағы «Әділет органдары "
     "туралы» заңдарына сәйкес БҰЙЫРАМЫН:",
     "В соответствии с законами Республики Казахстан от 14 июля 1997 года «О нотариате» и от 18 марта 2002 года «Об "
     "органах юстиции» ПРИКАЗЫВАЮ:"),
])
def test_laws_said_once_in_the_plural_are_each_a_basis(kk, ru):
    """Laws named by their titles with "laws" said once, in the plural ('«…», «…» заңдарды', "Законов «…», «…»"): the
    preamble stood on none of them (a law's title was read only before or after "Закона", "Заңының"). Each is a basis,
    one node in either language."""
    from kg.iri import Minter

    m = Minter()
    meta = _requisites("Приказ Министра внутренних дел Республики Казахстан от 5 мая 2015 года № 432", "103003000000")
    bases = [{m.act(r) for r, _ in parse_bytes(f"# Бұйрық\n\n{text}\n\n1. Бекітілсін.\n\n*Министр*\n".encode(), name,
                                                 meta, lang).act.based_on}
             for text, name, lang in ((kk, "kaz.md", "kk"), (ru, "rus.md", "ru"))]
    assert bases[0] == bases[1] and len(bases[0]) == kk.count("туралы»")


@pytest.mark.parametrize("note, name", [
    ("Ескерту. 5-тармақ жаңа редакцияда - ҚР Ішкі істер министрінің 2019.02.05 № 91, ҚР Денсаулық сақтау министрінің "
     "2019.02.06 № 35 және ҚР Қорғаныс министрінің 2019.02.07 № 72 Бірлескен бұйрығымен (алғашқы ресми жарияланған "
     "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі).", "kaz.md"),
    ("Сноска. Пункт 5 - в редакции совместного приказа Министра внутренних дел РК от 05.02.2019 № 91, Министра "
     "здравоохранения РК от 06.02.2019 № 35 и Министра обороны РК от 07.02.2019 № 72 (вводится в действие по истечении "
     "десяти календарных дней после дня его первого официального опубликования).", "rus.md"),
])
def test_a_joint_order_that_rewrote_a_point_is_one_act_and_one_event(note, name):
    """A joint order, which each of its bodies numbers ("… № 91, … № 35 және … № 72 Бірлескен бұйрығымен", "совместного
    приказа Министра … № 91, Министра … № 35 и Министра … № 72"), was read as three acts, each rewriting the point:
    three events for one change. It is one act, named as its requisites name it, by its first body's day and number;
    the point has one new wording. The act is the other bodies' too: the graph says each passed it (they had been
    nowhere)."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = (f"# Қағидалар\n\nБҰЙЫРАМЫН:\n\n1. Бекітілсін.\n\n*Министр*\n\n## Қағидалар\n\n"
            f"5. Мәтін.\n\n> *{note}*\n")
    d = doc_meta(text, name, "138", "2015-02-23", "103003000000")
    assert [(a.effect, a.amending.number, a.amending.date, a.path[-1]) for a in d.amendments] == \
        [("Substitution", "91", "2019-02-05", ("point", "5"))]
    assert {(a.ref.number, a.ref.issuer.en) for a in d.acts} == {("91", "Ministry of Internal Affairs")}
    assert [o.en for o in d.amendments[0].amending.joint] == ["Ministry of Health", "Ministry of Defence"]
    m = Minter(DEFAULT_BASE)
    _, quads = document_quads(d, m)
    passed = {q.object.value for q in quads if q.subject.value == m.act(d.amendments[0].amending)
              and q.predicate.value.endswith("#passed_by")}
    assert passed == {m.org(o.key) for o in (d.amendments[0].amending.issuer, *d.amendments[0].amending.joint)}


def test_a_paragraph_after_a_closed_list_is_the_point_s_next_part_not_its_last_item_s():
    """Rules of the MVD (2013): "11. Объявление … должно содержать следующие сведения:" / "1) …;" … "4) срок и место
    приема документов." / "Объявление может содержать дополнительную информацию, …": the last paragraph, after the list
    its full stop closed, is the point's part 2 (it had been words of sub-point 4). A Kazakh point of the MVD's rules
    (2016) whose list is in its second paragraph ("17. Автор … ұсынады." / "Баянатқа (өтінімге):" / "1) …;" … "6) …
    беріледі." / "Жаңадан дайындалған …") keeps its parts 1 and 2 and gains part 3."""
    ru = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n*Министр*\n\n"
          "*генерал-лейтенант полиции К. Касымов*\n\n> *Приложение 2*  \n> *к приказу Министра внутренних дел*  \n"
          "> *Республики Казахстан*  \n> *от 27 августа 2013 года*  \n> *№ 522*\n\n## Правила проведения конкурса\n\n"
          "11. Объявление о проведении конкурса должно содержать следующие сведения:\n\n"
          "    1) наименование органа внутренних дел с указанием его местонахождения, почтового и электронного адресов, "
          "номеров телефонов и факса кадровой службы;\n\n"
          "    2) наименование вакантных должностей с обозначением основных функциональных обязанностей;\n\n"
          "    4) срок и место приема документов.\n\n"
          "       Объявление может содержать дополнительную информацию, не противоречащую действующему законодательству "
          "Республики Казахстан.\n\n12. Конкурсная комиссия является коллегиальным органом.\n")
    d = doc_meta(ru, "rus.md", "522", "2013-08-27", "103003000000")
    units = {u.path[1:]: u.text for u in d.units if u.path[:1] == (("appendix", "2"),)}
    assert units[(("point", "11"), ("subpoint", "4"))] == "4) срок и место приема документов."
    assert units[(("point", "11"), ("part", "2"))].startswith("Объявление может содержать дополнительную информацию")
    kk = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n"
          "> *Ішкі істер министрінің*  \n> *2016 жылғы 13 қаңтардағы*  \n> *№ 7 бұйрығымен бекітілген*\n\n## Қағидалар\n\n"
          "17. Автор (авторлық ұжым немесе әзірлеуші) оқу-әдістемелік (ғылыми) кеңеске оқулық басылымын қарау және мақұлдау "
          "туралы баянат (өтінім) ұсынады.\n\n    Баянатқа (өтінімге):\n\n    1) кафедра (цикл) отырысы хаттамасынан үзінді;\n\n"
          "    2) автор (авторлық ұжым, әзірлеуші) туралы мәлімет;\n\n    6) еркін түрдегі орнату жөніндегі нұсқаулық және "
          "пайдаланушыларға арналған басшылық (электрондық оқулық басылымдары үшін) қоса беріледі.\n\n"
          "       Жаңадан дайындалған оқулық басылымдарына түсіндірме жазбада негізгі тұжырымдамалық идеялар көрсетіледі.\n\n"
          "18. Бір оқулық басылымына сараптау күнтізбелік алпыс күнге дейін ұйымдастырылады.\n")
    d = doc_meta(kk, "kaz.md", "7", "2016-01-13", "103003000000")
    units = {u.path[1:]: u.text for u in d.units if u.path[:1] == (("appendix", "1"),)}
    assert units[(("point", "17"), ("part", "2"))] == "Баянатқа (өтінімге):"
    assert units[(("point", "17"), ("part", "3"))].startswith("Жаңадан дайындалған")
    assert units[(("point", "17"), ("subpoint", "6"))].endswith("қоса беріледі.")


def test_an_akim_s_decision_of_2003_its_preamble_in_abbreviations_and_its_decision_word_in_capitals():
    """An akim's decision of 2003 repealing another: in Russian "В соответствии п.п.4 п.2 ст.40 Закона … "О нормативных
    правовых актах", п.8 ст.37 Закона …" ("п.п." a sub-point: it had been read as point 4 of article 2); in Kazakh
    '… "Нормативтік құқықтар актілер туралы" Заңындағы 40-баптың 2-тармағының 4-тармақшасына, … Алматы облысының әкімі
    ШЕШІМ қабылдады:' (the decision's word in capitals, its verb not: the preamble had stood by no law)."""
    from kg.laws import law_name

    ru = ("# О признании утратившим силу решения Акима области от 15 марта 2002 года N 3-47\n\nВ соответствии п.п.4 п.2 "
          "ст.40 Закона Республики Казахстан \"О нормативных правовых актах\", п.8 ст.37 Закона Республики Казахстан \"О "
          "местном государственном управлении в Республике Казахстан\" Аким области РЕШИЛ:\n\nПризнать утратившим силу "
          "решение Акима области от 15 марта 2002 года N 3-47 \"Об утверждении Правил и размеров оказания адресной "
          "социальной помощи\" (регистрационный N 694 от 27.03.2002 года).\n\n**Аким области**\n\n**Ш. Кулмаханов**\n")
    kk = ("# Облыс әкімінің 2002 жылғы 15-наурыздағы N 3-47 шешімінің күші жойылған деп танылуы туралы\n\nҚазақстан "
          "Республикасының \"Нормативтік құқықтар актілер туралы\" Заңындағы 40-баптың 2-тармағының 4-тармақшасына, Қазақстан "
          "Республикасы \"Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы\" Заңының 37-бабындағы "
          "8-тармақшасына сәйкес Алматы облысының әкімі ШЕШІМ қабылдады:\n\nОблыс әкімінің 2002 жылғы 15-наурыздағы \"Үйінде "
          "тәрбиеленетін … көмек көрсетудің Ережесі мен мөлшерін бекіту туралы\" N 3-47 (тіркеу N 694 27.03.2002 ж.) "
          "шешімінің күші жойылды деп танылсын.\n\n**Облыс әкімі**\n\n**Ш. Құлмаханов**\n")
    meta = _requisites("Решение Акима Алматинской области от 20 августа 2003 года за № 8-140", "154000000003")
    bases = {}
    for text, name, lang in ((ru, "rus.md", "ru"), (kk, "kaz.md", "kk")):
        d = parse_bytes(text.encode(), name, meta, lang)
        bases[lang] = [(law_name(r.kind, r.title)[1], steps) for r, steps in d.act.based_on]
        assert [(m.effect, m.target_act.number) for m in d.amendments] == [("Repeal", "3-47")]
    assert bases["ru"][0] == bases["kk"][0] == ("О нормативных правовых актах",
                                                 (("article", "40"), ("point", "2"), ("subpoint", "4")))
    assert [b for b, _ in bases["ru"]] == [b for b, _ in bases["kk"]]


def test_an_appendix_table_signed_by_a_body_s_head_whose_name_breaks_before_a_capital():
    """An akim's decision of 2003 (immigrants' quota): its appendix's table is signed in quotes under it "Алматы
    облыстық" / "Күші және демография" / "жөніндегі басқарманың бастығы" / "Б. Сабанчиев", the body's name broken
    before a word in capitals: the head of that department signs appendix 1 (the four lines had been paragraphs of
    the appendix)."""
    text = ("# Қаулысын орындау туралы\n\nҚазақстан Республикасы Үкіметінің 2003 жылғы 14-наурыздағы \"…\" N 250 қаулысын "
            "үшін облыс Әкімі ШЕШІМ қабылдады:\n\n1. Аудандар мен қалалар бойынша 2003 жылға арналған көшіп келу квотасы "
            "қосымшаға сәйкес белгіленсін.\n\n**Алматы облысының Әкімі**\n\n**Ш. Құлмаханов**\n\n> *Алматы облысы Әкімінің*  "
            "\n> *2003 жылғы 11 сәуірдегі*  \n> *N 4-75 шешіміне*  \n> *қосымша*\n\n# Облыстың аудандары мен қалалары "
            "бойынша 2003 жылға арналған көшіп келу квотасы\n\n<table>\n<tr>\n<td>Р/с</td>\n<td>Аудандар, қалалар</td>\n"
            "<td>Барлығы</td>\n</tr>\n<tr>\n<td>1</td>\n<td>Еңбекшіқазақ</td>\n<td>19</td>\n</tr>\n</table>\n\n"
            "> *Алматы облыстық*  \n> *Күші және демография*  \n> *жөніндегі басқарманың бастығы*\n\n> *Б. Сабанчиев*\n")
    d = parse_bytes(text.encode(), "kaz.md", _requisites("Решение акима Алматинской области от 11 апреля 2003 года № 4-75",
                                                         "154000000003"), "kk")
    assert [(s.role, s.name, s.of) for s in d.signatories] == [
        ("Алматы облысының Әкімі", "Ш. Құлмаханов", ()),
        ("Алматы облыстық Күші және демография жөніндегі басқарманың бастығы", "Б. Сабанчиев", (("appendix", "1"),))]
    assert not [u for u in d.units if u.path[-1][0] == "textparagraph"]


def test_the_title_of_the_rules_rewritten_in_a_note_of_1998():
    """The Ministry of Justice's rules of registering legal entities (1998), its old text in a fence: "Сноска" / "<*>" /
    ". Название Положения - в новой редакции согласно приказа" / "Минюста РК от 24.06.1998г. N 74" / "V980087_": the
    title of the rules (appendix 1) rewritten by order 74, not the whole appendix (every point of the rules had been
    taken as rewritten that day)."""
    text = ("# Об утверждении Правил государственной регистрации юридических лиц\n\nВо исполнение Указа Президента "
            "Республики Казахстан, имеющего силу Закона, от 17 апреля 1995 года N 2198 U952198_ \"О государственной "
            "регистрации юридических лиц\" приказываю:\n\n1\\. Утвердить прилагаемое Положение \"О порядке государственной"
            "\n\n```\nрегистрации юридических лиц\".\nМинистр\nПоложение\n\"Правила государственной\nрегистрации "
            "юридических лиц\"\n<*>\nСноска\n<*>\n. Название Положения - в новой редакции согласно приказа\nМинюста РК от "
            "24.06.1998г. N 74\n\nV980087_\n\n.\n```\n\n1\\. Общие положения\n\n1\\. Настоящее Положение регламентирует "
            "деятельность регистрационной службы.\n")
    d = parse_bytes(text.encode(), "rus.md", _requisites("Приказ Министра юстиции Республики Казахстан от 6 февраля 1998 "
                                                         "года № 129", "103001000000"), "ru")
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments] == [
        ("Substitution", "74", (("appendix", "1"), ("title", "")))]
    assert [(r.kind, r.number) for r, _ in d.act.based_on] == [("decree", "2198")]


def test_a_kazakh_text_of_the_rules_alone_sets_them_out_as_the_order_s_appendix():
    """The Ministry of Justice's order of 1998 approving rules of registering legal entities: its Russian text is the
    order, the rules its appendix 1; its Kazakh text is the rules alone under their own title ('# "Заңды тұлғаларды
    мемлекеттiк тiркеу қағидасы" ЕРЕЖЕ<*>' / "1. Жалпы ережелер" / "1. …"), the order's requisites and its title "Об
    утверждении Правил …" beside it: the Kazakh points are appendix 1's, where the Russian ones are, and a note of the
    rules changes them there (they had been the order's own points, the two languages apart). An order titled as the
    document it is ("Положение о Центральной аттестационной комиссии") keeps its points."""
    from kg.corpus import act_meta

    text = ("# \"Заңды тұлғаларды мемлекеттiк тiркеу қағидасы\" ЕРЕЖЕ<*>\n\n1\\. Жалпы ережелер\n\n1\\. Осы Ереже заңды "
            "тұлғалардың бірыңғай мемлекеттiк тiркелімi бойынша тiркеу қызметтерiнiң әрекетiн реттейдi.\n\n<a id=\"p7\"></a>"
            "\n\n7\\. Осы Ереже:\n\n- Қазақстан Республикасының 1997 жылғы 14 шiлдедегi \"Нотариат туралы\" Z970155_ Заңы;\n\n"
            "- басқа нормативтiк құқықтық актiлер негiзiнде дайындалды.\n\n> *ЕСКЕРТУ. 7-тармақ өзгертілді және "
            "толықтырылды - ҚР Әділет*\n\nминистрлігінің 1998.06.24. N 74 V980087_ бұйрығымен.\n")
    fields = {"requisite": "Приказ Министра юстиции Республики Казахстан от 6 февраля 1998 года № 129. Зарегистрирован в "
                           "Министерстве юстиции Республики Казахстан 2 марта 1998 года № 478",
              "approved_by": ["103001000000"], "form": "ПРИК",
              "title": {"rus": "Об утверждении Правил государственной регистрации юридических лиц",
                        "kaz": "\"Заңды тұлғаларды мемлекеттiк тiркеу қағидасы\" ЕРЕЖЕ"}}
    d = parse_bytes(text.encode(), "kaz.md", act_meta(fields, "meta.yaml"), "kk")
    paths = {u.path for u in d.units if u.act == d.act.ref}
    assert {(("appendix", "1"), ("chapter", "1"), ("point", "1")), (("appendix", "1"), ("chapter", "1"), ("point", "7"))} <= paths
    assert not any(p[:1] == (("chapter", "1"),) for p in paths)
    assert [(a.amending.number, a.path) for a in d.amendments if a.path] == [
        ("74", (("appendix", "1"), ("chapter", "1"), ("point", "7")))]
    fields["title"] = {"rus": "Положение о Центральной аттестационной комиссии"}
    d = parse_bytes(text.encode(), "kaz.md", act_meta(fields, "meta.yaml"), "kk")
    assert (("chapter", "1"), ("point", "1")) in {u.path for u in d.units}


def test_a_title_printed_in_quotes_whole_is_the_title_without_them():
    """An MVD order of 2004 heads its Kazakh text '# "Кәмелетке толмағандарды уақытша оқшаулау, бейімдеу және оңалту
    орталықтары туралы ережені бекіту туралы"', the whole title in quotes: the act's title without them (they had
    stayed in it); a title that quotes a name inside it keeps its quotes."""
    for head, title in (('"Кәмелетке толмағандарды уақытша оқшаулау, бейімдеу және оңалту орталықтары туралы ережені '
                         'бекіту туралы"', "Кәмелетке толмағандарды уақытша оқшаулау, бейімдеу және оңалту орталықтары "
                         "туралы ережені бекіту туралы"),
                        ('"Бурабай" мемлекеттік ұлттық табиғи паркі туралы', '"Бурабай" мемлекеттік ұлттық табиғи паркі '
                         "туралы")):
        text = (f"# {head}\n\nҚазақстан Республикасы Ішкі істер министрінің 2004 жылғы 25 желтоқсандағы N 708 бұйрығы\n\n"
                "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған ереже бекітілсін.\n")
        assert doc(text, "kaz.md").act.title == title


def test_a_code_cited_in_the_genitive_has_its_title_as_enacted_in_the_graph():
    """A decision of the Almaty oblast maslikhat (2006): "В соответствии с подпунктом 5 статьи 38 Водного Кодекса
    Республики Казахстан …", "Қазақстан Республикасының Су Кодексiнiң 38 бабының 5 тармақшасының …". The code is one
    node for both texts, and its Russian title in the graph is "Водный кодекс" (it had been "Водного кодекс", the
    genitive stem the citation is read by); the Kazakh is "Су кодексі"."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    texts = {"ru": ("# Т\n\nВ соответствии с подпунктом 5 статьи 38 Водного Кодекса Республики Казахстан и статьи 28 "
                    "Закона Республики Казахстан \"О нормативных правовых актах\" Алматинский областной маслихат РЕШИЛ:\n\n"
                    "1. Утвердить.\n"),
             "kk": ("# Т\n\nҚазақстан Республикасының Су Кодексiнiң 38 бабының 5 тармақшасының және Қазақстан "
                    "Республикасының \"Нормативтiк құқықтық актiлер туралы\" Заңының 28 бабына сәйкес, Алматы облыстық "
                    "Мәслихаты ШЕШIМ ҚАБЫЛДАДЫ:\n\n1. Бекітілсін.\n")}
    meta = _requisites("Решение маслихата Алматинской области от 13 июля 2006 года № 29-223", "154000000002")
    m, titles = Minter(DEFAULT_BASE), {}
    for lang, text in texts.items():
        d = parse_bytes(text.encode(), "rus.md" if lang == "ru" else "kaz.md", meta, lang)
        code = next(r for r, _ in d.act.based_on if r.kind == "code")
        _, quads = document_quads(d, m, lang)
        titles[lang] = (m.act(code), {q.object.value for q in quads if q.predicate.value.endswith("#title")
                                      and q.subject.value.startswith(m.act(code) + "/")})
    assert titles["ru"][0] == titles["kk"][0]
    assert titles["ru"][1] == {"Водный кодекс"} and titles["kk"][1] == {"Су кодексі"}


def test_an_amending_point_naming_its_body_apart_from_the_act_s_day_and_number():
    """A decision of the Almaty oblast maslikhat (2006) names the decision it amends with the body first, then its
    registration and publication, then its title, day and number: "1. Алматы облыстық мәслихатының, нормативтiк
    құқықтық актiлердiң мемлекеттiк тiркеуiнде 2005 жылдың 08 тамызында N 1939 тiркеуден өткен, … "…" 2005 жылдың 01
    шiлдесiндегi N 18-133 шешiмiне келесi өзгерiстер енгiзiлсiн:". The day's year is in the genitive ("жылдың"). The
    point amends decision 18-133 of the maslikhat (it had been an instruction failed, naming no act)."""
    kk = ("# Т\n\nҚазақстан Республикасының \"Нормативтiк құқықтық актiлер туралы\" Заңының 28 бабына сәйкес, Алматы "
          "облыстық Мәслихаты ШЕШIМ ҚАБЫЛДАДЫ:\n\n1. Алматы облыстық мәслихатының, нормативтiк құқықтық актiлердiң "
          "мемлекеттiк тiркеуiнде 2005 жылдың 08 тамызында N 1939 тiркеуден өткен, облыстық \"Огни Алатау\", \"Жетiсу\" "
          "газеттерiнде 2005 жылдың 28 тамызында жарияланған \"Алматы облыстық жер үстi көздерiндегi су ресурстарын "
          "пайдаланғаны үшiн төлемақы ставкаларын бекiту туралы\" 2005 жылдың 01 шiлдесiндегi N 18-133 шешiмiне келесi "
          "өзгерiстер енгiзiлсiн:\n\n   - қосымшаның 3 тармағы \"Ауыл шаруашылығы\" 2,73 тиын орнына \"0\" қолдансын 2006 "
          "жыл.\n\n2. Осы шешiм алғаш ресми жарияланғаннан кейiн күнтiзбелiк он күн өткен соң қолданысқа енгiзiледi.\n")
    d = _read_kk(kk, "Решение маслихата Алматинской области от 13 июля 2006 года № 29-223", "154000000002")
    assert {(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments} == {
        ("Modification", "18-133", "2005-07-01", "Almaty Region Maslikhat")}
    assert not [text for _, text in d.instructions_failed if "18-133" in text]


def test_a_kazakh_law_cited_with_its_number_after_its_title():
    """A decision of the Almaty oblast maslikhat (2004) cites the local-government law with its number between its
    title and its kind, the title's closing quote typed twice: 'Қазақстан Республикасы 2001 жылғы 23 қаңтардағы
    "Қазақстан Республикасындағы жергiлiктi мемлекеттiк басқару туралы"»N 148-II ҚРЗ Заңының 6 баптағы 1 тармағына
    сәйкес'. The decision stands by the law's article 6, point 1 (it had stood by nothing)."""
    from kg.laws import law_name

    kk = ("# Т\n\nҚазақстан Республикасы 2001 жылғы 23 қаңтардағы \"Қазақстан Республикасындағы жергiлiктi мемлекеттiк "
          "басқару туралы\"»N 148-II ҚРЗ Заңының 6 баптағы 1 тармағына сәйкес, Облыс Әкiмi ұсынған 2004 жылға арналған "
          "облыстық бюджеттi нақтылау туралы шешiмiнiң жобасын қарап, Алматы облыстық Мәслихат ШЕШIМ қабылдады:\n\n"
          "1. Бекітілсін.\n")
    d = _read_kk(kk, "Решение маслихата Алматинской области от 6 сентября 2004 года № 9-63", "154000000002")
    assert [(law_name(r.kind, r.title), path) for r, path in d.act.based_on] == [
        (("law", "О местном государственном управлении в Республике Казахстан"), (("article", "6"), ("point", "1")))]


def test_a_repealed_decision_named_with_a_registration_number_in_two_parts():
    """A decision of the Almaty oblast akim (2004): "9. Облыс әкімінің 2003 жылғы 1 сәуірдегі № 4-70, 2003 жылғы 15
    cәуірдегі тіркеу № 10-90 шешімінің күші жойылған деп саналсын." The registration's number has two parts; the
    decision repeals the akim's decision 4-70, as its Russian text does (the point had been an instruction failed)."""
    kk = ("# Т\n\nоблыс Әкімі ШЕШІМ қабылдады:\n\n1. Бекітілсін.\n\n9. Облыс әкімінің 2003 жылғы 1 сәуірдегі № 4-70, "
          "2003 жылғы 15 cәуірдегі тіркеу № 10-90 шешімінің күші жойылған деп саналсын.\n\n**Облыс Әкімі**\n\n"
          "**Ш. Құлмаханов**\n")
    d = _read_kk(kk, "Решение акима Алматинской области от 1 апреля 2004 года № 4-37", "154000000003")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments] == [
        ("Repeal", "4-70", "2003-04-01", d.act.ref.issuer.en)]
    assert not d.instructions_failed


def test_a_kazakh_act_whose_title_s_closing_quote_stands_before_its_last_words():
    """A decision of the Almaty oblast akim (1998) cites the Government's resolution with the closing quote of its
    title misplaced before the title's last words: '… Үкіметінің 1998 жылғы 4 қыркүйектегі N 840 "… алымдардың
    ставкалары туралы" ережені бекіту туралы Қаулысына сәйкес'. The preamble stands by resolution 840 (it had read no
    act there); the decision's title names it too ("… N 840 Қаулысын жүзеге асыру туралы"): one basis, with its title."""
    kk = ("# Қазақстан Республикасы Үкіметінің 1998 жылғы 4 қыркүйектегі N 840 Қаулысын жүзеге асыру туралы\n\n"
          "Қазақстан Республикасы Үкіметінің 1998 жылғы 4 қыркүйектегі N 840 \"Қазақстан Республикасы "
          "базарларында тауарларды (жұмыстарды, қызмет көрсетулерді) сату құқығы үшін ақы төлеудің тәртібі мен "
          "алымдардың ставкалары туралы\" ережені бекіту туралы Қаулысына сәйкес облыс Әкімі шешім қабылдады:\n\n"
          "1. Бекітілсін.\n")
    d = _read_kk(kk, "Решение акима Алматинской области от 6 октября 1998 года № 10-288", "154000000003")
    assert [(r.kind, r.number, r.date, r.issuer.en, r.title[:20]) for r, _ in d.act.based_on] == [
        ("resolution", "840", "1998-09-04", "Government", "Қазақстан Республика")]


@pytest.mark.parametrize("text, name, lang", [
    ("# Вопросы государственной регистрации избирательных фондов\n\nВ целях реализации Конституционного закона "
     "Республики Казахстан от 28 сентября 1995 года \"О выборах в Республике Казахстан\" приказываю:\n\n"
     "1. Утвердить прилагаемые Правила.\n\n*Министр*\n", "rus.md", "ru"),
    ("# Сайлау қорларын мемлекеттік тіркеу мәселелері\n\nҚазақстан Республикасының Z952464_ \"Қазақстан "
     "Республикасындағы сайлау туралы\" 1995 жылғы 28 қыркүйектегi Конституциялық заңын жүзеге асыру мақсатында "
     "бұйырамын:\n\n1\\. Қоса берiлiп отырған Қағида бекiтiлсiн.\n\n*Министр*\n", "kaz.md", "kk"),
])
def test_an_order_stands_by_a_constitutional_law(text, name, lang):
    """An order of the Ministry of Justice (1999) implements a constitutional law: "В целях реализации
    Конституционного закона Республики Казахстан от 28 сентября 1995 года "О выборах в Республике Казахстан"",
    "… "Қазақстан Республикасындағы сайлау туралы" 1995 жылғы 28 қыркүйектегi Конституциялық заңын жүзеге асыру
    мақсатында". Both texts stand by one law, the elections law (they had stood by nothing)."""
    from kg.laws import law_name

    meta = _requisites("Приказ Министра юстиции Республики Казахстан от 9 июля 1999 года № 57", "103001000000")
    d = parse_bytes(text.encode(), name, meta, lang)
    assert [law_name(r.kind, r.title) for r, _ in d.act.based_on] == [("law", "О выборах в Республике Казахстан")]


def test_a_kazakh_repeal_of_a_document_the_minister_approved_on_a_day():
    """The Kazakh text of the same order repeals a regulation the minister approved with no number: "4. Қазақстан
    Республикасы Әдiлет министрiмен 1995 жылғы 19 қазанда бекiтiлген "… тәртiбi туралы" Ереженiң күшi жойылды деп
    танылсын." It repeals the ministry's act of no number of that day (the point had been an instruction failed)."""
    kk = ("# Т\n\nбұйырамын:\n\n1. Қоса берiлiп отырған Қағида бекiтiлсiн.\n\n4. Қазақстан Республикасы Әдiлет "
          "министрiмен 1995 жылғы 19 қазанда бекiтiлген \"Қазақстан Республикасы Парламентi Мәжiлiсiнiң депутаттығына "
          "кандидаттың сайлау қорын мемлекеттiк тiркеу тәртiбi туралы\" Ереженiң күшi жойылды деп танылсын.\n\n"
          "*Министр*\n")
    d = _read_kk(kk, "Приказ Министра юстиции Республики Казахстан от 9 июля 1999 года № 57", "103001000000")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.issuer.en) for a in d.amendments] == [
        ("Repeal", "б/н", "1995-10-19", "Ministry of Justice")]
    assert not d.instructions_failed


def test_a_kazakh_note_recording_two_units_each_with_its_verb():
    """Kazakh notes of one act recording changes of two things, each with its own verb. Rules of the MinJust's
    registration committee (1999): "Ескерту: 35-тармақ толықтырылды және 2-кесте алынып тасталды - ҚР Әділет
    министрлігі тіркеу қызметі комитеті 2000 жылғы 19 мамырдағы N 99 бұйрығымен." Point 35 was supplemented and its
    table 2 struck out: point 35 changed (it had been deleted, the verb nearest the act taken for the whole note).
    Rules of the MVD (1998): "Ескерту: 4-тараудың атауы алынып тасталды, 27-тармақ жаңа редакцияда жазылды - Ішкі
    істер министрінің 2004 жылғы 1 желтоқсандағы N 650 бұйрығымен ." Chapter 4's heading was struck out (it had been
    nothing) and point 27 rewritten."""
    rules = ("# Т\n\nбұйырамын:\n\n1. Бекітілсін.\n\n*Төраға*\n\n## Қағидалар\n\n## 3. Үш\n\n27. Мәтін.\n\n"
             "> *Ескерту: 4-тараудың атауы алынып тасталды, 27-тармақ жаңа редакцияда жазылды - Ішкі істер "
             "министрінің 2004 жылғы 1 желтоқсандағы N 650 бұйрығымен .*\n\n35. Табиғи тозудың коэффициенті.\n\n"
             "> *Ескерту: 35-тармақ толықтырылды және 2-кесте алынып тасталды - ҚР Әділет министрлігі тіркеу қызметі "
             "комитеті 2000 жылғы 19 мамырдағы N 99 бұйрығымен.*\n")
    d = doc_meta(rules, "kaz.md", "459", "1998-12-22", "103003000000")
    got = {(a.effect, a.path[1:], a.amending.number) for a in d.amendments}
    assert got == {("Deletion", (("chapter", "4"), ("title", "")), "650"),
                   ("Substitution", (("chapter", "3"), ("point", "27")), "650"),
                   ("Modification", (("chapter", "3"), ("point", "35")), "99")}


def test_kazakh_records_with_the_note_word_split_or_left_out():
    """Rules of the Ministry of Finance (2000, N 434) under their heading: "Е скерту: Бүкiл мәтiн бойынша және
    Қосымшаларда "сметалар", … деген сөздер тиiсiнше "…", … деген сөздермен ауыстырылды - ҚР Қаржы министрінің 2002
    жылғы 28 қазандағы N 539 бұйрығымен ." (the note's word split by a space), and under a chapter's heading
    "4-7-тармақтар алынып тасталынды - … N 539 бұйрығымен ." (points deleted where they stood, no word before the
    record). Both are history notes: the words replaced, respectively, and points 4 to 7 deleted (both had been
    paragraphs of the rules)."""
    text = ("# Т\n\nБҰЙЫРАМЫН:\n\n1. Қоса берiлiп отырған ережесi бекiтiлсiн.\n\nМинистр\n\n## Әкiмшiлiк жаза қолдану "
            "ЕРЕЖЕСI\n\nЕ скерту: Бүкiл мәтiн бойынша және Қосымшаларда \"сметалар\", \"тексеру актiсi\" деген сөздер "
            "тиiсiнше \"мiндеттемелер бойынша бюджеттiк бағдарламаларды (кiшi бағдарламаларды) қаржыландыру "
            "жоспарлары\", \"бақылау жүргiзу актiсi\" тиiстi септiктерде деген сөздермен ауыстырылды - ҚР Қаржы "
            "министрінің 2002 жылғы 28 қазандағы N 539 бұйрығымен .\n\n## 1. Жалпы ережелер\n\n1. Осы Ереже тәртiбiн "
            "анықтайды.\n\n## 2. Қайтарып алудың тәртiбi\n\n4-7-тармақтар алынып тасталынды - ҚР Қаржы министрінің "
            "2002 жылғы 28 қазандағы N 539 бұйрығымен .\n\n<a id=\"p8\"></a>\n\n8. Бақылау жүргiзу актiсiнiң негiзiнде "
            "нұсқама ресiмделедi.\n")
    d = doc_meta(text, "kaz.md", "434", "2000-10-12", "103002000000")
    got = [(a.effect, a.path[1:], a.old_words, a.new_words) for a in d.amendments if a.amending.number == "539"]
    assert got[:2] == [
        ("WordReplacement", (), "сметалар",
         "міндеттемелер бойынша бюджеттік бағдарламаларды (кіші бағдарламаларды) қаржыландыру жоспарлары"),
        ("WordReplacement", (), "тексеру актісі", "бақылау жүргізу актісі")]
    assert got[2:] == [("Deletion", (("chapter", "2"), ("point", n)), None, None) for n in ("4", "5", "6", "7")]
    assert not [u for u in d.units if u.path[-1][0] == "textparagraph"]


def test_a_kazakh_note_naming_a_second_sub_point_of_the_point_it_named_first():
    """An instruction of the Ministry of Finance (1999) on opening accounts: "Ескерту: 2-тармақтың 4) тармақшасы жаңа
    редакцияда жазылды," / "8\\)тармақшасы толықтырылды - ҚР Қаржы министрлігінің" / "2000 жылғы 20 қаңтардағы N 24
    бұйрығымен. V001063_". Sub-point 8) is point 2's, as sub-point 4) is (it had been a sub-point 8 of the instruction,
    no point's)."""
    rules = ("# Т\n\nбұйырамын:\n\n1. Бекітілсін.\n\n*Министр*\n\n## Нұсқаулық\n\n## 1-тарау. Жалпы ережелер\n\n"
             "2. Мынадай шоттар ашылады:\n\n   4) Депозиттiк шот - мемлекеттiк мекемеге ашылатын шот.\n\n"
             "   8) Қоса қаржыландырудың ағымдағы (арнаулы) шоттары ашылады.\n\n"
             "   > *Ескерту: 2-тармақтың 4) тармақшасы жаңа редакцияда жазылды,*\n\n   8\\)тармақшасы толықтырылды - ҚР "
             "Қаржы министрлігінің\n\n   2000 жылғы 20 қаңтардағы N 24 бұйрығымен. V001063_\n")
    d = doc_meta(rules, "kaz.md", "241", "1999-05-25", "103002000000")
    got = {(a.effect, a.path[1:], a.amending.number) for a in d.amendments}
    assert got == {("Substitution", (("chapter", "1"), ("point", "2"), ("subpoint", "4")), "24"),
                   ("Modification", (("chapter", "1"), ("point", "2"), ("subpoint", "8")), "24")}


def test_kazakh_stamps_inside_a_fenced_block_of_forms_open_appendices():
    """The Kazakh text of a MinJust order (1999) sets its forms in preformatted blocks, each form's stamp in the block
    after the form before it: "|______________|…|" / "Қазақстан Республикасы" / "Әділет Министрінің" / '1999 ж. "9"
    шілде' / "N 57 бұйрығымен бекітілген" / … "Куәлік". Each stamp opens an appendix, as the Russian text's
    "Утверждено приказом …" do (the forms had been one appendix, drawn)."""
    kk = ("# Сайлау қорларын мемлекеттік тіркеу мәселелері\n\nбұйырамын:\n\n1\\. Қоса берiлiп отырған нысандар "
          "бекiтiлсiн.\n\n```\nМинистр\nҚазақстан Республикасы\nӘділет Министрінің\n1999 ж. \"9\" шілде\n"
          "N 57 бұйрығымен бекітілген\nСайлау қорларының тізілімі\n(Тізілім екі тілде берілген)\n"
          "__________________________________________________________________________\n"
          "|Тізілімнің |Сайлау қоры |Сайлау |Кандидатты саяси партияның |\n"
          "|реттік нөмірі |қызметінің |қорының |тізімін, тіркеуді растайтын |\n"
          "|______________|______________|______________|_____________________________|\n"
          "Қазақстан Республикасы\nӘділет Министрінің\n1999 ж. \"9\" шілде\nN 57 бұйрығымен бекітілген\n```\n\n"
          "```\n_____________________________\nсайлау қорын тіркеуді жүзеге\n_____________________________\n"
          "асыратын органның атауы\n```\n\n```\nАрыз\n```\n\n```\n"
          "_________________________________________________________________\nсаяси партияның атауы\n"
          "_______________________\n(қолы)\n_______________________\n(мерзімі)\nҚазақстан Республикасы\n"
          "Әділет Министрінің\n1999 ж. \"9\" шілде\nN 57 бұйрығымен бекітілген\n"
          "Қазақстан Республикасы Әділет Министрлігінің\n_______________ Әділет Басқарамасы\nКуәлік\nN __________\n"
          "_______ қаласы 1999 ж. \"___\" _______\nбасшының аты-жөні қолы\nМ.О.\n```\n")
    d = _read_kk(kk, "Приказ Министра юстиции Республики Казахстан от 9 июля 1999 года № 57", "103001000000")
    assert sorted({u.path[0] for u in d.units if u.path[0][0] == "appendix"}) == [
        ("appendix", "1"), ("appendix", "2"), ("appendix", "3")]


def test_the_portal_s_code_of_an_appendix_is_no_heading():
    """A MinJust order of 1999 ends each appendix's stamp with the portal's code of that part: "> *N 3 бұйрығына*" /
    "> *1 қосымша<*>*" / "> *G990667A А*". It is no text of the act: the appendix has no heading "G990667A А" (it had)."""
    kk = ("# Т\n\nБұйырамын:\n\n1\\. Қоса беріліп отырған нысандар бекiтiлсiн.\n\n*Әділет Министрі*\n\n"
          "> *Қазақстан Республикасы*  \n> *Әділет Министрінің*  \n> *1999 жылғы 15 қаңтардағы*  \n> *N 3 бұйрығына*  \n"
          "> *1 қосымша<*>*  \n> *G990667A А*\n\n------------------------\n\nтіркеуші органның атауы\n\nАрыз\n")
    d = _read_kk(kk, "Приказ Министра юстиции Республики Казахстан от 15 января 1999 года № 3", "103001000000")
    texts = [u.heading or u.text or "" for u in d.units if u.path[0] == ("appendix", "1")]
    assert texts and not [t for t in texts if "G990667A" in t]


def test_a_note_on_the_heading_of_a_chapter_named_with_no_number_is_that_chapter_s():
    """Ministry of Internal Affairs, 1999 (order № 587), its rules as in force in Russian: a chapter's heading over two
    lines, the note under it naming "Заголовок главы" with no number: the heading of chapter 2 changed by order 775
    (it had been read as the rules' own title, a unit of the appendix made for it)."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1. Утвердить Правила (приложение N 1).\n\n*Министр внутренних "
            "дел*\n\n> *Приложение 1*  \n> *к Приказу МВД РК*  \n> *от 22.11.1999г. N 587*\n\n## ПРАВИЛА проведения "
            "государственного технического осмотра\n\n## 1. Общие положения\n\n1. Правила являются нормативным правовым "
            "актом.\n\n## 2. Порядок участия юридических лиц и индивидуальных\n\nпредпринимателей в проведении "
            "технического осмотра <*>\n\n> *Сноска. Заголовок главы с изменениями - приказом Министра внутренних дел "
            "Республики Казахстан от 10 декабря 2002 года N 775.*\n\n9. Диагностирование осуществляют юридические лица.\n")
    d = doc_meta(text, "rus.md", "587", "1999-11-22", "103003000000")
    (a,) = [a for a in d.amendments if a.amending.number == "775"]
    assert a.path == (("appendix", "1"), ("chapter", "2"), ("title", ""))
    assert not [u for u in d.units if u.path == (("appendix", "1"), ("title", ""))]


@pytest.mark.parametrize("name, point, label, title, paper", [
    ("kaz.md", "Жекеше нотариустың өз мөрінің нобайы мен сипаттамасы бекітілсін (1, 2-қосымшалар).", "1-қосымша",
     "Жеке нотариустың жекеше мөрінің нобайы", "(Мөр нобайын қағаздағы нұсқадан қараңыз)"),
    ("rus.md", "Утвердить эскиз и описание личной печати частного нотариуса (приложение 1, 2).", "Приложение 1",
     "Эскиз личной печати частного нотариуса", "(см. бумажный вариант)"),
])
def test_the_portal_s_line_in_place_of_a_drawing_is_the_appendix_s_text_not_its_title(name, point, label, title, paper):
    """Ministry of Justice, 1999 (order № 16, the private notary's seal): appendix 1 is a drawing, the portal printing
    "(см. бумажный вариант)" under its title; in Kazakh that line, in capitals, had been read as the title's last words,
    the appendix with no text (the Russian with one paragraph)."""
    text = (f"# О печати\n\n1. {point}\n\n   *Министр*\n\n   {label}\n\n   {title}\n\n"
            f"   {paper}\n")
    d = doc_meta(text, name, "16", "1999-02-24", "103001000000")
    (head,) = [u for u in d.units if u.path == (("appendix", "1"),)]
    assert head.heading == title
    assert [u.text for u in d.units if u.path[:1] == (("appendix", "1"),) and u.text] == [paper]


def test_a_point_wrapped_in_a_fence_between_the_two_words_of_the_republic_s_name_is_one_sentence():
    """Ministry of Internal Affairs, 1996 (order № 370), its last points in a fence wrapped at a fixed width: "4.
    Считать утратившим силу приказ МВД Республики" / "Казахстан от 18 марта 1992 г. N 91." The second line would not
    quite have overflowed the first, so it was read as a paragraph of its own: the repeal failed, the point in two
    parts. The name of the Republic broken in two is one sentence going on."""
    text = ("# Об объявлении Положения\n\nП Р И К А З Ы В А Ю:\n\n3\\. ГУПиВР МВД Республики Казахстан по получении из\n\n"
            "```\nобластных, городских Управлений внутренних дел материалов\nпо вопросам гражданства обеспечить "
            "согласование с\nинстанциями, подготовку заключений и направление их для\nрассмотрения в отдел гражданства "
            "Администрации Президента\nРеспублики Казахстан, а также исполнение принятых решений.\n4. Считать утратившим "
            "силу приказ МВД Республики\nКазахстан от 18 марта 1992 г. N 91.\nМинистр\n```\n")
    d = doc_meta(text, "rus.md", "370", "1996-12-23", "103003000000")
    (a,) = [a for a in d.amendments if a.effect == "Repeal"]
    assert (a.target_act.number, a.target_act.date) == ("91", "1992-03-18")
    assert not d.instructions_failed
    assert not [u for u in d.units if u.path[:1] == (("point", "4"),) and len(u.path) > 1]


def test_chapters_numbered_apart_from_points_when_the_first_chapter_s_heading_is_left_out():
    """Ministry of Internal Affairs, 1999 (order № 89), the Kazakh text of its regulation: no heading over the first
    points, then "2\\. Инспекцияның негізгі міндеттері" between points 8 and 9, "3\\. …" between 9 and 10. Chapter 2 was
    read as a second part of point 8, chapter 3 as a second point 3; they are chapters 2 and 3, the points in them, and
    the points above chapter 2 are chapter 1's (the Russian text prints its heading, "1. Общие положения")."""
    text = ("# Ережені бекіту туралы\n\nБұйырамын:\n\n1\\. Бекітілсін: ереже (1 қосымша).\n\n```\nҚазақстан Республикасы "
            "Ішкі ісминінің\n1999 жылғы 18 ақпандағы N 89 бұйрығына\n1 қосымша\nҚазақстан Республикасы ішкі істер "
            "органдарының\nқылмыстық-атқару инспекциясы туралы\nЕреже\n```\n\n1\\. Қылмыстық-атқару инспекциясы "
            "құрылымдық бөлімшесі болып табылады.\n\n8\\. Инспекция қызметкерлерінің қызмет өткеру тәртібі мен шарттары "
            "ережемен реттеледі.\n\n2\\. Инспекцияның негізгі міндеттері\n\n9\\. Инспекцияның негізгі міндеттері мыналар "
            "болып табылады:\n\n1) жазалаудың тәртібі мен шарттарын қамтамасыз ету;\n\n3\\. Инспекция бастығының негізгі "
            "функциялары\n\n10\\. Инспекция бастығының негізгі функциялары:\n\n1) сот үкімінің орындалуын бақылау.\n")
    d = doc_meta(text, "kaz.md", "89", "1999-02-18", "103003000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "chapter"}
    assert heads == {(("appendix", "1"), ("chapter", "1")): None,
                     (("appendix", "1"), ("chapter", "2")): "Инспекцияның негізгі міндеттері",
                     (("appendix", "1"), ("chapter", "3")): "Инспекция бастығының негізгі функциялары"}
    points = [u.path for u in d.units if u.path[0] == ("appendix", "1") and u.path[-1][0] == "point"]
    assert points == [(("appendix", "1"), ("chapter", "1"), ("point", "1")),
                      (("appendix", "1"), ("chapter", "1"), ("point", "8")),
                      (("appendix", "1"), ("chapter", "2"), ("point", "9")),
                      (("appendix", "1"), ("chapter", "3"), ("point", "10"))]


@pytest.mark.parametrize("name, item, head", [
    ("kaz.md", "9) жоғары инстанцияларға Инспекция қызметкерлерін марапаттауға,\nкөтермелеуге, жазалауға ұсыныстар "
               "беруге құқылы.", "Қазақстан Республикасының\nІшкі ісмині жанындағы\nҚылмыстық-атқару департаменті\n"
               "N 1 нысан\n(Өлшемі 30х20)"),
    ("rus.md", "9) представлять к награждению, поощрению, наказанию в вышестоящие\nинстанции сотрудников Инспекции.",
     "Департамент уголовно-исполнительной системы\nпри МВД Республики Казахстан\nФорма № 1\n(Размер 30 х 20 см)"),
])
def test_a_form_numbered_in_kazakh_after_the_number_sign_is_drawn_not_the_last_point_s_text(name, item, head):
    """Ministry of Internal Affairs, 1999 (order № 89): the regulation's last point, then in the same fence the head of
    form 1 (the department in its corner, "N 1 нысан" in Kazakh, "Форма № 1" in Russian) over its blanks. In Kazakh
    the head had been four more parts of point 11; it is the form's, drawn, as in Russian."""
    text = (f"# Ереже\n\n11\\. Инспекция бастығы:\n\n```\n{item}\n{head}\n______________________________________________"
            "______________________\n(ішкі істер органының атауы)\n```\n")
    d = doc_meta(text, name, "89", "1999-02-18", "103003000000")
    assert not [u for u in d.units if u.path[-1][0] == "part"]
    (drawn,) = [u for u in d.units if u.path[-1][0] == "table"]
    assert drawn.text.startswith(head.split("\n")[0])


def test_points_numbered_again_from_one_under_each_chapter_heading_numbered_like_a_point():
    """Ministry of Internal Affairs, 2000 (order № 140), an instruction whose chapters are numbered like points
    ("1\\. Общие положения" over a paragraph, "2\\. Перерасчет пенсий с учетом включения" / "в денежное довольствие
    премий" over points numbered from 1 again, a third heading over five lines, the Republic's name broken in two).
    The points from "1\\. Перерасчету подлежат:" on had been parts of point 2; and the title's bracketed line, going
    on in lower case under it, is the title's, not a caption ending it."""
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1\\. Утвердить прилагаемую Инструкцию.\n\n```\nУтверждено\n"
            "приказом МВД Республики Казахстан\nот 14 марта 2000 года N 140\n```\n\n```\nИнструкция\n```\n\n"
            "по перерасчету размера пенсионных выплат\n\n(в т.ч. зарегистрировавших свое право на пенсию за выслугу лет)\n\n"
            "в период с 1 апреля 1997 года по 1 января 2000 года\n\n1\\. Общие положения\n\nНастоящая Инструкция "
            "разработана во исполнение решения Президиума Верховного суда Республики Казахстан.\n\n2\\. Перерасчет пенсий "
            "с учетом включения\n\nв денежное довольствие премий\n\n1\\. Перерасчету подлежат:\n\n1) пенсии по выслуге "
            "лет;\n\n2\\. Размер денежного довольствия определяется на день увольнения.\n\n3\\. Перерасчет назначенных в "
            "период\n\nс 01.01.1998 года по 01.01.2000 года пенсионных выплат\n\nза выслугу лет военнослужащим "
            "внутренних войск, сотрудникам ОВД\n\nсогласно ЗРК \"О пенсионном обеспечении в Республике\n\nКазахстан\" с "
            "учетом премии и районного коэффициента\n\n1\\. При перерасчете назначенных пенсионных выплат следует также "
            "руководствоваться вышеназванным решением.\n\n2\\. Следует учитывать, что военнослужащие внутренних войск не "
            "получали премий.\n")
    d = doc_meta(text, "rus.md", "140", "2000-03-14", "103003000000")
    (title,) = [u.heading for u in d.units if u.path == (("appendix", "1"),)]
    assert title.endswith("(в т.ч. зарегистрировавших свое право на пенсию за выслугу лет) в период с 1 апреля 1997 "
                          "года по 1 января 2000 года")
    chapters = {u.path[-1][1]: u.heading for u in d.units if u.path[-1][0] == "chapter"}
    assert chapters["1"] == "Общие положения" and chapters["2"].endswith("в денежное довольствие премий")
    assert chapters["3"].endswith('Казахстан" с учетом премии и районного коэффициента')
    points = [u.path[1:] for u in d.units if u.path[0] == ("appendix", "1") and u.path[-1][0] == "point"]
    assert points == [(("chapter", "2"), ("point", "1")), (("chapter", "2"), ("point", "2")),
                      (("chapter", "3"), ("point", "1")), (("chapter", "3"), ("point", "2"))]
    assert (("appendix", "1"), ("chapter", "1"), ("textparagraph", "1")) in {u.path for u in d.units}


def test_an_approval_beside_the_stamp_each_word_on_a_line_of_its_own():
    """Ministry of Internal Affairs, 2000 (order № 477): in the fence of the order's last points, the approval and the
    appendix's stamp side by side, each first word on a line of its own and the other lines merged ('"Согласовано"' /
    "Приложение" / "Генеральная прокуратура к приказу МВД" / … / "24.08.2000 г. от 6 сентября 2000 г." / "N 477").
    The stamp had not been found: the approval a body named by every line, the rules (the whole text) not read."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1. Утвердить Правила (прилагаются).\n\n3. Контроль за выполнением "
            "настоящего приказа возложить на\n\n```\nВице-Министра внутренних дел генерал-майора внутренней службы "
            "Власова Н.А.\n4. Настоящий приказ вступает в силу со дня его государственной\nрегистрации в Министерстве "
            "юстиции Республики Казахстан.\nМинистр внутренних дел\nРеспублики Казахстан\n\"Согласовано\"\nПриложение\n"
            "Генеральная прокуратура к приказу МВД\nРеспублики Казахстан Республики Казахстан\n24.08.2000 г. от 6 "
            "сентября 2000 г.\nN 477\nПравила\nорганизации надзора и охраны за лицами,\nсодержащимися в исправительных "
            "учреждениях\nМВД Республики Казахстан\n```\n\n## Глава 1 Общие положения\n\n1\\. Надзор и охрана являются "
            "одним из средств обеспечения установленного режима отбывания наказания осужденными.\n")
    d = doc_meta(text, "rus.md", "477", "2000-09-06", "103003000000")
    (a,) = d.approvals
    assert (a.org.en, a.date) == ("Prosecutor General's Office", "2000-08-24")
    heads = {u.path: u.heading for u in d.units if u.path[0] == ("appendix", "1")}
    assert heads[(("appendix", "1"),)].startswith("Правила организации надзора")
    assert (("appendix", "1"), ("chapter", "1"), ("point", "1")) in heads
    assert d.coverage == 1.0


@pytest.mark.parametrize("after, paragraph", [
    ("места наиболее уязвимые в побеговом отношении.", True),
    # a list the point leads in to, its item numbered alike: the point's text still
    ("На схемы надзора наносятся:", False),
])
def test_a_paragraph_heading_numbered_apart_between_two_points_of_a_chapter(after, paragraph):
    """Ministry of Internal Affairs, 2000 (order № 477), its rules: inside chapter 2, between points 17 and 18, "1.
    Организация службы по осуществлению надзора", the heading of the chapter's paragraph 1 (it had been a second part
    of point 17); the points after it are the paragraph's."""
    text = ("# Об утверждении Правил\n\nприказываю:\n\n1. Утвердить Правила (прилагаются).\n\n*Министр внутренних "
            "дел*\n\n> *Утверждено*  \n> *приказом МВД Республики Казахстан*  \n> *от 6 сентября 2000 г. N 477*\n\n"
            "## Правила организации надзора\n\n## Глава 1 Общие положения\n\n1\\. Надзор и охрана являются одним из "
            "средств обеспечения установленного режима.\n\n## Глава 2 Организация надзора за осужденными в ИК\n\n14\\. Организация надзора за осужденными в ИК "
            "включает в себя планирование мероприятий.\n\n17\\. План надзора состоит из схемы, табеля постам. " + after +
            "\n\n1\\. Организация службы по осуществлению надзора\n\n18\\. Организация службы по осуществлению надзора "
            "включает выработку решения на сутки.\n")
    d = doc_meta(text, "rus.md", "477", "2000-09-06", "103003000000")
    paths = {u.path[1:]: u for u in d.units if u.path[:1] == (("appendix", "1"),)}
    head = (("chapter", "2"), ("paragraph", "1"))
    assert (head in paths) == paragraph
    if paragraph:
        assert paths[head].heading == "Организация службы по осуществлению надзора"
        assert head + (("point", "18"),) in paths and (("chapter", "2"), ("point", "17"), ("part", "2")) not in paths


def test_a_kazakh_approval_beside_the_stamp_its_day_on_the_line_after_the_stamp():
    """The Kazakh text of the same order (MVD 2000 № 477): '"КЕЛIСIЛДI" Қазақстан Республикасы' / "Iшкiiсминiнiң" /
    "Қазақстан Республикасының 06.09.2000 жылғы" / "Бас прокурорының орынбасары N 477 бұйрығына" / "қосымша" /
    "24.08.2000 ж.": the approval's day under the stamp's last word was read as a point numbered "24.08.2000", the
    rules' title its parts; the approval named the ministry's short form and no day."""
    text = ("# Тәртібін бекіту туралы\n\nБұйырамын:\n\n1\\. Тәртібі бекітілсін.\n\n2\\. Осы Тәртіптің\n\n```\nқосымшасында "
            "көзделген бланкілерін әзірлеуді\nқамтамасыз ету шараларын қабылдасын.\nҚазақстан Республикасының\nІшкі "
            "істер министрі -\nІшкі әскерлер қолбасшысы\nгенерал-лейтенант\n\"КЕЛIСIЛДI\" Қазақстан Республикасы\n"
            "Iшкiiсминiнiң\nҚазақстан Республикасының 06.09.2000 жылғы\nБас прокурорының орынбасары N 477 бұйрығына\n"
            "қосымша\n24.08.2000 ж.\nҚазақстан Республикасы Iшкiiсминiнiң\nтүзеу мекемелерiнде ұсталатын адамдарды\n"
            "қадағалау мен күзетудi ұйымдастырудың\nТӘРТIБI\n1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n```\n\n1\\. Қадағалау мен күзету "
            "сотталғандардың жаза өтеуiнiң белгiленген режимiн қамтамасыз ету құралдарының бiрi болып табылады.\n")
    d = doc_meta(text, "kaz.md", "477", "2000-09-06", "103003000000")
    (a,) = d.approvals
    assert (a.org.en, a.date) == ("Prosecutor General's Office", "2000-08-24")
    points = [u.path for u in d.units if u.path[-1][0] == "point" and u.path[0] == ("appendix", "1")]
    assert points == [(("appendix", "1"), ("chapter", "1"), ("point", "1"))]
    (head,) = [u.heading for u in d.units if u.path == (("appendix", "1"),)]
    assert head.endswith("ұйымдастырудың ТӘРТІБІ")


def test_chapter_headings_between_tables_drawn_in_one_fence():
    """Ministry of Internal Affairs, 2001 (order № 497), its standards of physical training: in one fence, "2. Общие
    упражнения для мужчин" over a drawn table, "3. Общие упражнения для женщин" under its closing rule over the next
    table, and "4. Условия выполнения общих упражнений по" / "физической подготовке" at the fence's end, the points
    going on after it. The two headings had been rows of the first table, every point after it chapter 2's."""
    rule = "_" * 75
    text = ("# Нормативы\n\nприказываю:\n\n1\\. Утвердить нормативы (приложение 1).\n\n```\nМинистр внутренних дел\n"
            "Республики Казахстан\nПриложение N 1\nк приказу МВД\nРеспублики Казахстан\nот 25 июня 2001 г. N 497\n"
            "Нормативы физической\nподготовки сотрудников органов внутренних дел\n1. Физическая подготовка\n```\n\n"
            "1\\. Физическая подготовка - это специально организованный учебно-методический процесс.\n\n"
            "6\\. Работники распределяются на медико-возрастные группы:\n\n```\nмужчины:\n1 группа - 21-27 лет\n"
            "7. Контрольные тесты по физической подготовке для личного состава\nорганов внутренних дел состоят из общих "
            "упражнений, подлежащих сдаче всеми\nсотрудниками.\n2. Общие упражнения для мужчин\n" + rule + "\nN ! Наименование "
            "!Оценка! Медико-возрастные группы !\n1. Бег 60 метров (сек) отл. - - - 11.2 12.0 12.6 13.2\n" + rule +
            "\n3. Общие упражнения для женщин\n" + rule + "\nN ! Наименование ! Оценка ! Медико-возрастные группы !\n"
            "1. Бег 60 метров (сек) отл. 9.2 10.2 11.3 12.2\n" + rule + "\n4. Условия выполнения общих упражнений по\n"
            "физической подготовке\n```\n\n8\\. Бег на 60, 100, 1000 м проводится на беговой дорожке стадиона.\n")
    d = doc_meta(text, "rus.md", "497", "2001-06-25", "103003000000")
    heads = {u.path[-1][1]: u.heading for u in d.units if u.path[-1][0] == "chapter"}
    assert heads == {"1": "Физическая подготовка", "2": "Общие упражнения для мужчин",
                     "3": "Общие упражнения для женщин", "4": "Условия выполнения общих упражнений по физической подготовке"}
    assert (("appendix", "1"), ("chapter", "4"), ("point", "8")) in {u.path for u in d.units}
    assert [u.path[-2] for u in d.units if u.path[-1][0] == "table"] == [("chapter", "2"), ("chapter", "3")]


def test_an_appendix_stamp_naming_the_rules_over_the_country_s_name_and_a_conjunction():
    """Ministry of Internal Affairs, 2002 (order № 191): the stamp of the instruction's appendix in a fence, "Приложение"
    / "к Инструкции по формированию" / … / "органов внутренних дел" / "Республики Казахстан и" / "организации работы с
    ним". The stamp had ended before the country's name, the rest of the rules' name read as the appendix's title."""
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1\\. Утвердить прилагаемую Инструкцию.\n\n```\nМинистр\n"
            "генерал-лейтенант\n```\n\n```\nУтверждена\nприказом МВД Республики Казахстан\nот 21 марта 2002 года N 191\n"
            "```\n\nИнструкция\n\nпо формированию резерва руководящих кадров\n\n1\\. Общие положения\n\n1\\. Настоящая "
            "Инструкция определяет порядок формирования резерва руководящих кадров.\n\n```\nПриложение\nк Инструкции по "
            "формированию\nрезерва руководящих кадров\nорганов внутренних дел\nРеспублики Казахстан и\nорганизации работы "
            "с ним\n```\n\n```\nСписок\n```\n\nсотрудников, зачисленных в резерв\n")
    d = doc_meta(text, "rus.md", "191", "2002-03-21", "103003000000")
    (head,) = [u.heading for u in d.units if u.path == (("appendix", "1"), ("appendix", "1"))]
    assert head == "Список сотрудников, зачисленных в резерв"


def test_a_stamp_s_pattern_quoted_in_a_point_is_no_appendix():
    """Ministry of Justice, 2002 (order № 142), the instruction on legal technique: point 63 shows how an appendix's
    stamp is written ("… то в правом верхнем углу приложения пишется:" / "Утверждено (а)" / "нормативным правовым
    актом" / "от ______ 1998 года N_____"). The pattern had opened an appendix: the rest of the instruction, chapter
    5 and its points, read as that appendix's, and the note on point 63 given to a point of it."""
    text = ("# Об утверждении Инструкции\n\nприказываю:\n\n1. Утвердить прилагаемую Инструкцию.\n\n*Министр*\n\n"
            "> *Утверждена*  \n> *Приказом Министра юстиции*  \n> *Республики Казахстан*  \n> *от 25 сентября 2002 года "
            "N 142*\n\n## Инструкция по подготовке нормативных правовых актов\n\n## 4. Оформление приложений к "
            "нормативным правовым актам\n\n63. В правом верхнем углу первого листа приложения должно содержаться указание "
            "на форму, дату утверждения, регистрационный номер основного нормативного правового акта.\n\n    утвердить "
            "(прилагаемое) Положение..., Инструкцию..., то в правом верхнем углу приложения пишется:\n\n    Утверждено (а)"
            "\n\n    нормативным правовым актом\n\n    от ______ 1998 года N_____\n\n    <*>\n\n    > *Сноска. Пункт 63 с "
            "изменениями - приказом Министра юстиции РК от 12 октября 2004 года N 291 .*\n\n64. Заголовок приложения "
            "должен соответствовать тексту основного акта, которым он принят.\n\n## 5. Согласование нормативных правовых "
            "актов\n\n72. Согласование нормативного правового акта оформляется визами.\n")
    d = doc_meta(text, "rus.md", "142", "2002-09-25", "103001000000")
    assert not [u for u in d.units if u.path[:2] == (("appendix", "1"), ("appendix", "1"))]
    (a,) = d.amendments
    assert a.path == (("appendix", "1"), ("chapter", "4"), ("point", "63"))
    assert (("appendix", "1"), ("chapter", "5"), ("point", "72")) in {u.path for u in d.units}


def test_a_kazakh_stamp_of_the_instruction_s_appendix_naming_it_with_a_bracketed_aside():
    """The Kazakh text of the same instruction (MinJust 2002 № 142): its appendix's stamp names the order, then the
    instruction it is appended to with its bracketed aside ("… жөніндегі" / "нұсқаулыққа (заңдық техника)" /
    "қосымша"). The stamp had ended with the order's words, the instruction's name read as a second appendix of the
    order; it is the instruction's appendix, as in Russian. The stamp patterns quoted in point 63 ("1998 жылғы ________
    N ____" / "нормативтiк құқықтық актiмен бекiтiлген") open none."""
    text = ("# Нұсқаулықты бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған нұсқаулық бекітілсін.\n\n*Министр*\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2002 жылғы 25 қыркүйектегі*  \n> *N 142 "
            "бұйрығымен бекітілген*\n\n## Нұсқаулық (заңдық техника)\n\n## 4. Нормативтiк құқықтық актiлерге "
            "қосымшаларды ресiмдеу\n\n63. Қосымшаның бiрiншi парағының жоғарғы оң бұрышында нұсқау қамтылуға тиiс.\n\n"
            "    (қоса берiлiп отырған) ... ереже, ... нұсқаулық бекiтiлсiн, онда қосымшаның жоғарғы оң бұрышында мынадай "
            "болып жазылады:\n\n    1998 жылғы ________ N ____\n\n    нормативтiк құқықтық актiмен бекiтiлген\n\n"
            "64. Қосымшаның тақырыбы ол қабылданған негiзгi актiнiң мәтiнiне сәйкес болуы тиiс.\n\nҚазақстан Республикасы"
            "\n\nӘділет министрінің\n\n2002 жылғы 25 қыркүйектегі\n\nN 142 бұйрығымен бекітілген\n\nОрталық және "
            "жергілікті\n\nмемлекеттік органдардың нормативтік\n\nқұқықтық актілерін дайындау,\n\nресімдеу және келісу "
            "жөніндегі\n\nнұсқаулыққа (заңдық техника)\n\nқосымша\n\n## Нормативтік құқықтық актіге негіздеме-анықтама\n\n"
            "(нысаны, бекітілу күні, тіркеу нөмірі және толық атауы)\n")
    d = doc_meta(text, "kaz.md", "142", "2002-09-25", "103001000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads == {(("appendix", "1"),): "Нұсқаулық (заңдық техника)",
                     (("appendix", "1"), ("appendix", "1")): "Нормативтік құқықтық актіге негіздеме-анықтама"}
    assert (("appendix", "1"), ("chapter", "4"), ("point", "64")) in {u.path for u in d.units}


def test_an_appendix_reproducing_a_government_resolution_with_its_own_appendix():
    """Ministry of Internal Affairs, 1996 (order № 262, "О мерах по выполнению Постановления Правительства … N 665"):
    its appendix 2 reproduces the resolution whole (its preamble, points, the Prime Minister's signature), then the
    resolution's own stamp "УТВЕРЖДЕНО постановлением Правительства … от 30 мая 1996 г. N 665" over the Regulation it
    approved. The stamp had been skipped as another act's, the signature, the stamp and the Regulation's first points
    read as parts of the resolution's point 3. The Regulation is an appendix of appendix 2; the resolution the act
    carries out is its basis."""
    text = ("# О мерах по выполнению Постановления Правительства Республики Казахстан от 30 мая 1996 г. N 665 \"О мерах "
            "по оказанию социальной, медицинской и иной помощи лицам, не имеющим определенного места жительства, "
            "документов\"\n\n```\nВ целях улучшения деятельности приемников-распределителей\nП Р И К А З Ы В А Ю :\n"
            "4. Контроль за исполнением приказа возложить\nна ГУАС (Приходько Н.И.) и Штаб (Темирбаев М.Р.)\nМВД РК.\n"
            "Министр\n```\n\nПриложение N 2\n\n```\nк приказу МВД\nРеспублики Казахстан\nот 12.08.1996 г. N 262\n"
            "Постановление\nПравительства Республики Казахстан\nот 30 мая 1996 г. N 665\nО мерах по оказанию социальной,\n"
            "медицинской и иной помощи лицам, не имеющим\nопределенного места жительства, документов\nВ целях оказания "
            "социальной, медицинской и\nиной помощи лицам Правительство\nРеспублики Казахстан постановляет:\n3. "
            "Финансирование приемников-распределителей\nорганов внутренних дел осуществлять за счет средств местного "
            "бюджета.\nПремьер-Министр\nРеспублики Казахстан\nУТВЕРЖДЕНО\nпостановлением\nПравительства\nРеспублики "
            "Казахстан\nот 30 мая 1996 г. N 665\nП О Л О Ж Е Н И Е\nо приемниках-распределителях органов\nвнутренних дел "
            "для лиц, не имеющих\nопределенного места жительства, документов\n1. Общие положения\n1. Приемники-"
            "распределители предназначены для\nсодержания лиц, не имеющих определенного места\nжительства, документов.\n"
            "```\n")
    d = doc_meta(text, "rus.md", "262", "1996-08-12", "103003000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "2"), ("appendix", "1"))].startswith("ПОЛОЖЕНИЕ о приемниках-распределителях")
    assert (("appendix", "2"), ("appendix", "1"), ("chapter", "1"), ("point", "1")) in {u.path for u in d.units}
    assert not [u for u in d.units if u.path[:2] == (("appendix", "2"), ("point", "3")) and len(u.path) > 2]
    assert [(s.role, s.of) for s in d.signatories][-1] == ("Премьер-Министр Республики Казахстан", (("appendix", "2"),))
    assert [(r.kind, r.number, r.date) for r, _ in d.act.based_on] == [("resolution", "665", "1996-05-30")]


def test_a_kazakh_order_reproducing_a_government_resolution_with_no_stamp():
    """The Kazakh text of the same order (MVD 1996 № 262): under the minister's signature, with no stamp, the
    resolution's head ("Қазақстан Республикасы Үкiметiнiң қаулысы" / "1996 жылғы 30 мамырдағы N 665" / its title), its
    points and the Prime Minister's signature, then its own stamp "… N 665 қаулысымен" / "Бекiтiлген" over the
    Regulation. The head had been the signature's last line, the resolution's lines not read; the resolution is an
    attachment and the Regulation its appendix, as in Russian."""
    text = ("# Қазақстан Республикасы Үкiметiнiң 1996 жылғы 30 мамырдағы N 665 \"Тұрақты мекен-жайы, құжаттары жоқ "
            "адамдарға көмектер көрсету жөнiнде шаралар туралы\" қаулысын орындауға бағытталған шаралар туралы\n\n"
            "бұйырамын:\n\n1. Қазақстан Республикасы Үкiметiнiң 1996 жылғы 30 мамырдағы N 665 қаулысын басшылыққа алуға "
            "және орындауға жариялансын.\n\n4\\. Бұйрықтың орындалуына бақылау жасау Қазақстан Республикасы\n\n```\n"
            "Iшкi iстер министрлiгi ӘҚББ-сына (Приходько Н.И.) және Штабқа\n(Темiрбаев М.Р.) жүктелсiн.\nҚазақстан "
            "Республикасының\nIшкi iстер министрi -\nIшкi әскерлер Қолбасшысы\nгенерал-лейтенант\nҚазақстан Республикасы "
            "Үкiметiнiң қаулысы\n1996 жылғы 30 мамырдағы N 665\nТұрақты мекен жайы, құжаттары жоқ адамдарға әлеуметтiк\n"
            "медициналық және басқа көмек көрсету жөнiндегi\nшаралар туралы\n```\n\nТұрақты мекен-жайы, құжаттары жоқ "
            "адамдарға көмек көрсету мақсатымен Қазақстан Республикасының Үкiметi қаулы етедi:\n\n1\\. Iшкi iстер "
            "органдарының қабылдау-бөлу орындары туралы Ереже бекiтiлсiн (қоса берiлiп отыр).\n\n```\n3. Iшкi iстер "
            "органдарының қабылдау-бөлу орындары жергiлiктi бюджет қаражаты\nесебiнен қаржыландырылсын.\nҚазақстан "
            "Республикасының\nПремьер-Министрi\nҚазақстан Республикасы\nҮкiметiнiң\n1996 жылғы 30 мамырдағы\nN 665 "
            "қаулысымен\nБекiтiлген\nIшкi iстер органдарының тұрақты мекен-жайы,\nқұжаттары жоқ адамдарға арналған "
            "қабылдау-бөлу\nорындары туралы\nЕреже\n1. Жалпы ережелер\n```\n\n1\\. Қабылдау-бөлу орындары тұрақты "
            "мекен-жайы, құжаттары жоқ адамдарды ұстауға арналған.\n")
    d = doc_meta(text, "kaz.md", "262", "1996-08-12", "103003000000")
    assert d.coverage == 1.0
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"),)].startswith("Тұрақты мекен жайы")
    assert heads[(("appendix", "1"), ("appendix", "1"))].endswith("орындары туралы Ереже")
    assert (("appendix", "1"), ("appendix", "1"), ("chapter", "1"), ("point", "1")) in {u.path for u in d.units}
    assert [s.role for s in d.signatories][0].endswith("генерал-лейтенант")


@pytest.mark.parametrize("name,stamp,heading,title,ordering", [
    ("rus.md", "> *Приложение*  \n> *к приказу Министра внутренних дел*  \n> *Республики Казахстан*  \n"
     "> *от 15 августа 2016 года*  \n> *№ 808*",
     "Норматив положенности специальных транспортных средств республиканских государственных предприятий",
     "Об установлении нормативов положенности специальных транспортных средств", "ПРИКАЗЫВАЮ:\n\n"
     "1. Установить прилагаемые нормативы положенности специальных транспортных средств, согласно приложению к "
     "настоящему приказу.\n\n**Министр генерал-полковник полиции**\n\n**К. Касымов**\n"),
    ("kaz.md", "> *Қазақстан Республикасы*  \n> *Ішкі істер министрінің*  \n> *2016 жылғы 15 тамыздағы*  \n"
     "> *№ 808 бұйрығына*  \n> *қосымша*",
     "Республикалық мемлекеттік кәсіпорындарының арнайы көлік құралдарының тиесілік нормативтері",
     "Арнайы көлік құралдарының тиесілік нормативтерін белгілеу туралы", "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған "
     "арнайы көлік құралдарының тиесілік нормативтері осы бұйрыққа қосымшаға сәйкес белгіленсін.\n\n"
     "**Министр полиция генерал-полковнигі**\n\n**Қ. Қасымов**\n"),
], ids=["ru", "kk"])
def test_an_attachment_printed_above_the_act_s_title_is_its_appendix(name, stamp, heading, title, ordering):
    """MVD 2016 № 808 as the corpus prints it: the appendix (its stamp, its heading, its table) stands above the
    order's title, the order after it. The appendix is the order's appendix, its table the appendix's; the order's
    preamble and points are the order's; each unit keeps the line number it has in the file."""
    text = (f"{stamp}\n\n## {heading}\n\n<table>\n<tr>\n<td>№ п/п</td>\n<td>Количество</td>\n</tr>\n<tr>\n<td>1</td>\n"
            f"<td>3</td>\n</tr>\n</table>\n\n# {title}\n\nВ соответствии с подпунктом 1) пункта 1-4 постановления "
            f"Правительства Республики Казахстан от 10 февраля 2003 года № 145, {ordering}")
    d = doc_meta(text, name, "808", "2016-08-15", "103003000000")
    assert d.coverage == 1.0
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == heading
    assert units[(("appendix", "1"),)].loc.line < units[(("point", "1"),)].loc.line
    assert (("appendix", "1"), ("table", "1")) in units
    assert not any(p[0][0] == "preamble" and heading in (u.text or "") for p, u in units.items())
    assert list(_point_texts(d)) == ["1"]
    assert [s.name for s in d.signatories] == [ordering.split("**")[-2]]


_FORM_354_RU = ("# Об утверждении Правил приостановления расходных операций и формы распоряжения\n\n"
                "В соответствии со статьей 123 Закона Республики Казахстан ПРИКАЗЫВАЮ:\n\n"
                "1. Утвердить Правила согласно приложению 1 к настоящему приказу.\n\n"
                "**Министр юстиции Республики Казахстан**\n\n**М. Бекетаев**\n\n"
                "> *«СОГЛАСОВАНО»*  \n> *Национальный Банк*  \n> *Республики Казахстан*\n\n"
                "> *Приложение 1 к приказу*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n"
                "> *от 14 сентября 2020 года*  \n> *№ 354*\n\n## Правила приостановления расходных операций\n\n"
                "1. Отмена распоряжения производится по форме согласно приложению к Правилам.\n\n"
                "> *Приложение к правилам*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n"
                "> *от 14 сентября 2020 года*  \n> *№ 354*\n\n> *Форма*\n\n"
                "## Распоряжение об отмене приостановления расходных операций по текущему счету\n\n"
                "> *№ ______*\n\n```\n          В соответствии со статьей 123 Закона Республики Казахстан «Об исполнительном "
                "производстве и статусе\nсудебных исполнителей», отменить распоряжение № ____ от «_____»________________ "
                "20____ года о\nприостановлении расходных операции по текущему счету ______________________________.\n"
                "                                        (фамилия, имя, отчество (при его наличии) частного\n```\n\n"
                "Место печати\n")
_FORM_354_KK = ("# Шығыс операцияларын тоқтата тұру туралы қағидаларын және өкімнің нысанын бекіту туралы\n\n"
                "Заңының 123-бабына сәйкес БҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n"
                "**Қазақстан Республикасының Әділет министрі**\n\n**М. Бекетаев**\n\n"
                "> *«КЕЛІСІЛДІ»*  \n> *Қазақстан Республикасының*  \n> *Ұлттық Банкі*\n\n"
                "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2020 жылғы 14 қыркүйегі*  \n"
                "> *№ 354 Бұйрығына*  \n> *1 қосымша*\n\n## Шығыс операцияларын тоқтата тұру туралы қағидалар\n\n"
                "1. Өкімнің күшін жою Қағидаларға қосымшаға сәйкес нысан бойынша жүргізіледі.\n")


def test_a_form_appended_to_rules_under_a_stamp_naming_the_order_s_day_and_number():
    """MinJust 2020 № 354: the stamp of the rules' appendix runs on with the order's own day and number ("Приложение к
    правилам" / "Министра юстиции" / "Республики Казахстан" / "от 14 сентября 2020 года" / "№ 354"): all of it is the
    stamp, the form's heading its title (the lines had opened the heading). The form's fenced text, "… отменить
    распоряжение № ____ от «_____» 20____ года …", is a template to fill, no instruction of the order (it had been
    reported as one not read)."""
    d = doc_meta(_FORM_354_RU, "rus.md", "354", "2020-09-14", "103001000000")
    heads = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert heads[(("appendix", "1"), ("appendix", "1"))] == \
        "Распоряжение об отмене приостановления расходных операций по текущему счету"
    assert d.instructions_failed == []
    assert not [a for a in d.amendments if a.effect == "Repeal"]
    assert [a.org.en for a in d.approvals] == ["National Bank of Kazakhstan"]


def test_the_national_bank_s_approval_above_a_kazakh_stamp_is_an_approval():
    """The Kazakh text of the same order: '«КЕЛІСІЛДІ»' / "Қазақстан Республикасының" / "Ұлттық Банкі", with no name and
    no day, right above the stamp "Қазақстан Республикасы" / "Әділет министрінің" / … / "1 қосымша". The bank's lines are
    the approval's (read backwards, the stamp had taken them, and the approval had no organisation)."""
    d = doc_meta(_FORM_354_KK, "kaz.md", "354", "2020-09-14", "103001000000")
    assert [(a.org.en if a.org else None, a.loc.last) for a in d.approvals] == [("National Bank of Kazakhstan", 13)]
    first = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert first.heading == "Шығыс операцияларын тоқтата тұру туралы қағидалар" and first.loc.line == 15


def test_a_form_s_name_in_capitals_under_its_approval_corner_is_its_title():
    """MVD 2017 № 240, the form appended to its rules: "Форма", the corner where the head of the organisation approves
    it ("Утверждаю" / "Руководитель экспертной" / … / "подпись, дата, печать"), the appendix's note, then the form's
    name in capitals. The name is the appendix's title (it had none), the note an event of the appendix."""
    text = ("# Об утверждении Правил проведения аудита в области пожарной безопасности\n\nПРИКАЗЫВАЮ:\n\n"
            "1. Утвердить прилагаемые Правила проведения аудита в области пожарной безопасности.\n\n"
            "**Министр генерал-полковник полиции**\n\n**К. Касымов**\n\n> *Утверждены*  \n"
            "> *приказом Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 3 апрель 2017 года № 240*\n\n"
            "# Правила проведения аудита в области пожарной безопасности\n\n"
            "6. По результатам аудита составляется заключение по форме согласно приложению к настоящим Правилам.\n\n"
            "> *Приложение к Правилам*  \n> *проведения аудита в области*  \n> *пожарной безопасности*\n\n"
            "> *Форма*\n\n> *Утверждаю*  \n> *Руководитель экспертной*  \n> *организации _______________________*  \n"
            "> *наименование экспертной организации,*  \n> *______________________________*  \n"
            "> *фамилия, имя, отчество (при наличии),*  \n> *подпись, дата, печать*\n\n"
            "> *Сноска. Приложение в редакции приказа Министра по чрезвычайным ситуациям РК от 29.07.2025 № 295 "
            "(вводится в действие по истечении десяти календарных дней после дня его первого официального "
            "опубликования).*\n\nЗАКЛЮЧЕНИЕ АУДИТА В ОБЛАСТИ ПОЖАРНОЙ БЕЗОПАСНОСТИ\n\n"
            "№ _______ от «__» _________ 20___ г.\n\n```\n          ________________________________________________\n"
            "                              наименование объекта оценки, адрес\n```\n")
    d = doc_meta(text, "rus.md", "240", "2017-04-03", "103003000000")
    form = next(u for u in d.units if u.path == (("appendix", "1"), ("appendix", "1")))
    assert form.heading == "ЗАКЛЮЧЕНИЕ АУДИТА В ОБЛАСТИ ПОЖАРНОЙ БЕЗОПАСНОСТИ"
    assert form.text.startswith("Утверждаю")
    assert [(a.amending.number, a.path) for a in d.amendments if a.from_note] == \
        [("295", (("appendix", "1"), ("appendix", "1")))]


def test_items_of_a_list_numbered_like_points_are_sub_points():
    """MVD 2011 № 585: items in lower case numbered like points, "1\\. государственную регистрацию …;" under "2\\.
    Комитету … обеспечить:", and "3\\. справка с места обучения;" going on from "1) рапорт …;" / "2) согласие …;".
    They are the point's sub-points (the order's stay its point's text); the points after them keep their numbers
    (the items had been read as points 1, 3 … 7 again, and point 6 as a part of the last)."""
    text = ("# Об утверждении Инструкции о возмещении затрат на обучение\n\nПРИКАЗЫВАЮ:\n\n"
            "1\\. Утвердить прилагаемую Инструкцию о возмещении затрат на обучение.\n\n"
            "2\\. Комитету Внутренних войск Министерства внутренних дел Республики Казахстан (Жаксылыков Р.Ф.) "
            "обеспечить:\n\n1\\. государственную регистрацию настоящего приказа в Министерстве юстиции Республики "
            "Казахстан и его последующее официальное опубликование;\n\n2\\. размещение настоящего приказа на "
            "интернет-ресурсе Министерства внутренних дел Республики Казахстан.\n\n3\\. Настоящий приказ вводится "
            "действие по истечении десяти календарных дней после его первого официального опубликования.\n\n"
            "*Министр К. Касымов*\n\n> *Утверждена*  \n> *приказом Министра внутренних*  \n"
            "> *дел Республики Казахстан*  \n> *от 7 ноября 2011 года № 585*\n\n## Инструкция о возмещении затрат на "
            "обучение\n\n## 2. Обращение за возмещением затрат на обучение\n\n5\\. Перечень необходимых документов при "
            "обращении военнослужащего, в связи с поступлением в учебное заведение:\n\n1) рапорт о возмещении затрат "
            "на обучение;\n\n2) согласие начальника (командира) государственного учреждения (войсковой части) на "
            "поступление в высшие учебные заведения Республики Казахстан (справка разрешение);\n\n3\\. справка с места "
            "обучения;\n\n4\\. справка о выслуге лет;\n\n5\\. копия договора по оказанию образовательных услуг;\n\n"
            "6\\. выписка из приказа ректора о зачислении в вуз;\n\n7\\. документы, подтверждающие оплату за обучение.\n\n"
            "6\\. При обращении военнослужащего на последующих курсах обучения:\n\n1) рапорт о возмещении затрат на "
            "обучение;\n")
    d = doc_meta(text, "rus.md", "585", "2011-11-07", "103003000000")
    paths = {u.path: u for u in d.units}
    assert [p for p in paths if len(p) == 1] == [(("point", "1"),), (("point", "2"),), (("point", "3"),),
                                                 (("appendix", "1"),)]
    assert "1. государственную регистрацию" in paths[(("point", "2"),)].text
    point5 = (("appendix", "1"), ("chapter", "2"), ("point", "5"))
    assert [p[-1][1] for p in paths if p[:-1] == point5] == ["1", "2", "3", "4", "5", "6", "7"]
    assert paths[(("appendix", "1"), ("chapter", "2"), ("point", "6"))].text.startswith("При обращении")



def test_the_next_item_of_a_list_numbered_like_a_point_in_upper_case_is_a_sub_point():
    """MinJust 2001 № 148 in Kazakh: point 10's rights run "1) …;" to "15) жеке басының қауіпсіздігіне …;", then
    "16\\. Қауіпсіз және талаптарға сай келетін еңбек жағдайларына … алуға." (the Russian "16) на безопасные …"),
    then "11\\. …". Item 16 is point 10's sub-point 16, not a point 16 between points 10 and 11; "11\\." after it is
    the next point, and a heading numbered like a point is no item."""
    text = ("# Түзеу мекемелерінің ішкі тәртіп Ережелерін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Түзеу мекемелерінің ішкі тәртіп ережелері бекітілсін (қоса беріліп отыр).\n\n   *Министр*\n\n"
            "   ## Түзеу мекемелерiнiң iшкi тәртiп Ережелері\n\n## 3-Тарау. Түзеу мекемелерінде жазасын өтеуші "
            "сотталғандардың құқықтық жағдайлары\n\n10\\. ҚАК бойынша сотталғандардың құқығы бар:\n\n"
            "1) мекеме қосалқысы тарабынан адамдық оң қасиеттеріне;\n\n"
            "15) жеке басының қауіпсіздігіне, сотталғандардың құқығын жүзеге асыру кезінде жазаны өтеудің тәртібі мен "
            "шарты бұзылмауы, сондай-ақ басқа адамдардың құқығы мен заңды мүдделеріне қысым жасалмауы керек;\n\n"
            "16\\. Қауіпсіз және талаптарға сай келетін еңбек жағдайларына, сондай-ақ Қазақстан Республикасының еңбек "
            "заңнамасына сәйкес еңбекақы алуға.\n\n11\\. ҚАК-тың 9 бабы бойынша сотталғандардың құқылы:\n\n"
            "1) әкімшіліктің заңдық талаптарын орындауға;\n\n2) өзара сыпайы болуға;\n\n"
            "3. Сотталғандардың жүріс-тұрысы\n\n12\\. Сотталғандар:\n\n1) күн тәртібін бұзуға;\n")
    d = doc_meta(text, "kaz.md", "148", "2001-12-11", "103001000000")
    paths = {u.path: u for u in d.units}
    chapter = (("appendix", "1"), ("chapter", "3"))
    assert [p[-1][1] for p in paths if p[:-1] == chapter + (("point", "10"),)] == ["1", "15", "16"]
    assert paths[chapter + (("point", "10"), ("subpoint", "16"))].text.startswith("16. Қауіпсіз")
    assert chapter + (("point", "16"),) not in paths
    assert [p[-1][1] for p in paths if p[:-1] == chapter + (("point", "11"),)] == ["1", "2"]
    assert chapter + (("point", "11"), ("subpoint", "3")) not in paths


def test_a_form_s_remark_labelled_like_a_history_note_is_the_form_s_text():
    """MinJust 2001 № 148 in Kazakh: under appendix 13's act form, "> *Ескерту: акті 3 данада жасалады, бірінші данасы
    облыстар,*" and its lines on (the Russian "Примечание: акт составляется в 3-х экземплярах …"), and under appendix
    14's certificate "> *Ескерту: Түзеу қоныс-колонияларындағы сотталғандарға … куәлік беріледі.*". They name no act
    and no change: the form's own paragraphs (they had been text not understood); the appendix's history note above
    the form still records its insertion."""
    text = ("# Түзеу мекемелерінің ішкі тәртіп Ережелерін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Түзеу мекемелерінің ішкі тәртіп ережелері бекітілсін (қоса беріліп отыр).\n\n   *Министр*\n\n"
            "   ## Түзеу мекемелерiнiң iшкi тәртiп Ережелері\n\n"
            "1. Түзеу мекемелерiндегi iшкi тәртiптiң осы Ережелерi мекемелер қызметiн реттейдi.\n\n"
            "ТМ ішкі тәртіп ережесіне\n\n13-қосымша\n\n"
            "> *Ескерту: 13-қосымшамен толықтырылды - ҚР Әділет министрінің*\n\n"
            "2004 жылғы 24 тамыздағы N 240бұйрығымен.\n\n#### А К Т\n\n"
            "200__ж. \"___\"_______ _________облысы бойынша ҚАЖКБ__ -ТМ\n\n"
            "қабылдау кезінде осы актіні жасадық.\n\n"
            "> *Ескерту: акті 3 данада жасалады, бірінші данасы облыстар,*\n\n"
            "Астана қ-сы бойынша ҚАЖКБ-на, екінші данасы сотталғанның келген\n\n"
            "ТМ-не және үшіншісі сотталғанның жеке ісіне тігіледі.\n\n"
            "ТМ ішкі тәртіп ережесіне\n\n14-қосымша\n\n"
            "#### Түзеу қоныс-колонияларындағы сотталғандарға берілетін куәлік нысанының сипаттамасы N ___ куәлік\n\n"
            "Құжаттың бірінші (беткі) жағында \"Куәлік\" деген жазу\n\n"
            "> *Ескерту: Түзеу қоныс-колонияларындағы сотталғандарға қызыл түстен басқа кез-келген түстегі "
            "материалдан жасалған 100 х 50 мм форматтағы куәлік беріледі.*\n")
    d = doc_meta(text, "kaz.md", "148", "2001-12-11", "103001000000")
    assert d.unparsed == []
    texts = {u.path: u.text for u in d.units}
    act, card = (("appendix", "1"), ("appendix", "13")), (("appendix", "1"), ("appendix", "14"))
    assert [t for p, t in texts.items() if p[:-1] == act][-3:] == [
        "Ескерту: акті 3 данада жасалады, бірінші данасы облыстар,",
        "Астана қ-сы бойынша ҚАЖКБ-на, екінші данасы сотталғанның келген",
        "ТМ-не және үшіншісі сотталғанның жеке ісіне тігіледі."]
    assert [t for p, t in texts.items() if p[:-1] == card][-1].endswith("форматтағы куәлік беріледі.")
    assert [(a.effect, a.amending.number, a.path) for a in d.amendments if a.from_note] == [("Insertion", "240", act)]


def test_an_attachment_title_broken_after_an_attributive_word_goes_on_over_a_blank_year():
    """MinFin 2004 N 424 in Kazakh: appendix 25's title is broken over paragraphs after words of what follows them
    ("## Бюджеттік сыныптама жөніндегі" / "200__ж._________________ арналған" / "шығыстар бойынша жиынтық есеп"). The
    blank year goes on with the title (it had been taken for the form's first blank field, the title cut after
    "жөніндегі"); the form's number and fields under it are its text."""
    text = ("# Мемлекеттік мекемелердің есептілігін жасау мен ұсынудың ережесін бекіту туралы\n\nБҰЙЫРАМЫН :\n\n"
            "1. Қоса беріліп отырған Мемлекеттік мекемелердің есептілігін\n\n   жасау мен ұсынудың ережесі "
            "бекітілсін.\n\n*Министр*\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n"
            "> *2004 жылғы 1 желтоқсандағы*  \n> *N 424 бұйрығымен*  \n> *бекітілген*\n\n"
            "## Мемлекеттік мекемелердің есептілігін жасау мен ұсынудың ережесі\n\n## 1. Жалпы ережелер\n\n"
            "1. Осы Ережемен мемлекеттік мекемелердің есептілігінің нысандары белгіленеді.\n\n"
            "Мемлекеттік мекемелердің\n\nесептілігін жасау мен ұсынудың\n\nережелеріне 25-қосымша\n\n"
            "## Бюджеттік сыныптама жөніндегі\n\n200__ж._________________ арналған\n\nшығыстар бойынша жиынтық есеп"
            "\n\nN 4-20-нысан\n\nБюджеттің түрі:____________________________________________\n")
    d = doc_meta(text, "kaz.md", "424", "2004-12-01", "103002000000")
    units = {u.path: u for u in d.units}
    form = (("appendix", "1"), ("appendix", "25"))
    assert units[form].heading == ("Бюджеттік сыныптама жөніндегі 200__ж._________________ арналған шығыстар бойынша "
                                   "жиынтық есеп")
    assert [u.text for p, u in units.items() if p[:-1] == form] == [
        "N 4-20-нысан", "Бюджеттің түрі:____________________________________________"]
    assert not d.unparsed


# MinFin 1995 N 153 (Instruction N 40 on personal income tax) in Kazakh, as consolidated in 1999: chapters numbered in
# Roman numerals before "-тарау", one in a fence broken over two lines; sub-points lettered, one inserted written
# "в) -1"; notes broken over paragraphs with the portal's link codes, naming lettered sub-points with a hyphen after
# the bracket ('м)-тармақшамен', 'в)-1, о) тармақшаларымен', '"а"-тармақшасы'), a paragraph added with no number
# ('абзацпен толықтырылды') and a change in the intransitive ('өзгердi')
INSTRUCTION_40_KK = (
    "# Жеке тұлғалардан алынатын табыс салығын есептеу және төлеу тәртiбi туралы Нұсқаулық N 40\n\n"
    "## I-тарау. Жалпы ережелер\n\n1. Нұсқаулық Заңы негiзiнде және оның ережелерiн iске асыру мақсатымен әзiрлендi.\n\n"
    "```\nII-тарау. Жеке тұлғалардан алынатын табыс салығын\nтөлеушiлер және салық салынатын табыс\n"
    "6. Салық жылы салық салынатын табысы бар жеке тұлғалар табыс салығын\nтөлеушiлер болып табылады.\n```\n\n"
    "Өз өндiрiсiндегi тауарларын сатудан түскен кiрiстер бойынша бiрыңғай жер салығын төлеушілер бiрыңғай табыс "
    "салығын төлеушілерге жатпайды. <*>\n\n"
    "> *Ескерту: 6-тармақ абзацпен толықтырылды- ҚР Мемлекеттік кіріс*\n\nминистрлігінің 1999 жылғы 4 тамыздағы "
    "N 929\n\nбұйрығымен. V990890_\n\n"
    "```\nIII-тарау. Жылдық жиынтық табыс\n12. Жылдық жиынтық табысқа салық жылы ақшалай немесе заттай нысанда\n"
    "алынған табыстарының барлық түрлерi, соның iшiнде:\nа) еңбек ақы түрiнде алынатын табыстары;\n"
    "в) жеке тұлғалардың мүлiктiк табысы жатады.\nЕскерту: Зейнеткерлiк төлемдер түрiнде алынатын кiрiстерге "
    "жинақтау\nзейнеткерлiк қорынан төленетiн төлемдер жатады.\n<*>\nЕСКЕРТУ. 12-тармақтың \"а\"-тармақшасы "
    "ескертумен толықтырылды-\nҚР Қаржы министрлiгiнiң Салық комитетiнiң 1997.09.30.\nN 322 бұйрығымен.\n\n"
    "V970056_\n\n```\n\n14\\. Еңбек ақы түрiнде алынатын табыстарға жалақының басқа да төлемдердiң кез-келген "
    "түрлерi жатады. <*>\n\n> *ЕСКЕРТУ. 14-тармақ өзгердi - ҚР Қаржы министрлiгiнiң*\n\nСалық комитетiнiң "
    "1997.09.30. N 322 бұйрығымен. V970056_\n\n"
    "15\\. Жеке тұлғаның кәсiпкерлiк қызметтен алған табыстарына мыналар жатқызылады:\n\n"
    "в) сыйақы (мүдделер) түрiнде жеке тұлғаларға берiлген кiрiстер; <*>\n\n"
    "в) -1 күдiктi мiндеттемелер бойынша кiрiстер. <*>\n\nг) дивиденттер түрiндегi табыстар;\n\n"
    "м) ұтыстар, мемлекеттiк (ұлттық) лоторея жөнiндегi ұтыстардан басқа. <*>\n\n"
    "о) осы Нұсқаулықтың 77-1 тармағына сәйкес бағаларды түзетуден түскен кiрiстер. <*>\n\n"
    "> *ЕСКЕРТУ. 15-тармақ м)-тармақшамен толықтырылды - ҚР Мемлекеттiк*\n\nсалық комитетiнiң 1997.01.28. N 20 "
    "бұйрығымен.\n\n> *Ескерту: 15-тармақ в)-1, о) тармақшаларымен толықтырылды -*\n\nҚР Мемлекеттік кіріс "
    "министрлігінің 1999 жылғы 4 тамыздағы\n\nN 929 бұйрығымен. V990890_\n")
_INSTRUCTION_40_META = {
    "requisite": "Утверждена приказом Министерства финансов Республики Казахстан от 22 июня 1995 г. N 153. "
                 "Зарегистрирован в Министерстве юстиции Республики Казахстан 4.07.95 г. за N 73.",
    "title": {"kaz": "Жеке тұлғалардан алынатын табыс салығын есептеу және төлеу тәртiбi туралы Нұсқаулық N 40"},
    "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1995-06-21"}


def _instruction_40_kk():
    from kg.corpus import act_meta

    return parse_text(INSTRUCTION_40_KK, "kaz.md", meta=act_meta(_INSTRUCTION_40_META, "meta.yaml"))


def test_kazakh_chapters_in_roman_numerals_and_a_sub_point_inserted_after_a_letter():
    """"## I-тарау. Жалпы ережелер" and, in fences, "II-тарау. …" (its title going on in the next line) and
    "III-тарау. …" open chapters 1-3 (they had been the text's preamble and paragraphs of points); "в) -1 …" under
    point 15 is its sub-point в-1, after в) (it had opened a second list, a sub-point в again)."""
    d = _instruction_40_kk()
    heads = {u.path[-1]: u.heading for u in d.units if len(u.path) == 2 and u.path[-1][0] == "chapter"}
    assert heads == {("chapter", "1"): "Жалпы ережелер",
                     ("chapter", "2"): "Жеке тұлғалардан алынатын табыс салығын төлеушілер және салық салынатын табыс",
                     ("chapter", "3"): "Жылдық жиынтық табыс"}
    point15 = (("appendix", "1"), ("chapter", "3"), ("point", "15"))
    assert [u.path[-1][1] for u in d.units if u.path[:-1] == point15] == ["в", "в-1", "г", "м", "о"]
    assert not d.unparsed


def test_kazakh_notes_naming_lettered_sub_points_with_a_hyphen_a_paragraph_added_and_a_change_in_the_intransitive():
    """'15-тармақ м)-тармақшамен толықтырылды' inserted sub-point м (not point 15), 'в)-1, о) тармақшаларымен' sub-points
    в-1 and о (в-1 had been missed); '12-тармақтың "а"-тармақшасы ескертумен толықтырылды' changed sub-point а (its
    note added); '6-тармақ абзацпен толықтырылды' changed point 6 (a paragraph added: no point 6 inserted);
    '14-тармақ өзгердi' changed point 14 (no event had been read)."""
    d = _instruction_40_kk()
    c2, c3 = ("appendix", "1"), ("chapter", "3")
    events = [(a.effect, a.amending.number, a.path[1:]) for a in d.amendments if a.from_note]
    assert events == [
        ("Modification", "929", (("chapter", "2"), ("point", "6"))),
        ("Modification", "322", (c3, ("point", "12"), ("subpoint", "а"))),
        ("Modification", "322", (c3, ("point", "14"))),
        ("Insertion", "20", (c3, ("point", "15"), ("subpoint", "м"))),
        ("Insertion", "929", (c3, ("point", "15"), ("subpoint", "в-1"))),
        ("Insertion", "929", (c3, ("point", "15"), ("subpoint", "о")))]
    assert all(a.path[0] == c2 for a in d.amendments if a.from_note)


# the same instruction, chapters 4-6: their V typed Y ("IY-тарау.", "Y-тарау.", "YI-тарау."), points inserted lettered
# ("46а.", "46в."), a point deleted and the points after it renumbered, its new namesake's note deleted ('ЕСКЕРТУ.
# Ескерту алынып тасталды'), a note broken inside its verb ('… абзацтар жаңа' / 'редакцияда берілді - …') naming a
# range of paragraphs by ordinals ('үшінші-бесінші'), a chapter named before the point it gained ('V-тарау
# 46в-тармақпен толықтырылды') and a sub-point's bracket glued to its word ('б)тармақшасы')
INSTRUCTION_40_KK_2 = (
    "# Жеке тұлғалардан алынатын табыс салығын есептеу және төлеу тәртiбi туралы Нұсқаулық N 40\n\n"
    "## IY-тарау. Шегерiстер\n\n39. Анықтамалар салық жылы аяқталғанға дейiн күшiнде болады.\n\n"
    "```\nY-тарау. Жеке тұлғалар үшiн табыс салығының\nставкалары\n45. Жеке тұлғаның салық салынатын табысына "
    "мынадай ставкалар бойынша\nсалық салынуға тиiс.\n46а. Жеке тұлғалар алатын сыйақы (мүдде) ұтыстарға төлем "
    "көзiнен\n15 процент ставка бойынша салық салынады.\n<*>\nЕСКЕРТУ. 46а-тармақпен толықтырылды - ҚР "
    "Мемлекеттiк салық\nкомитетiнiң 1997.01.28. N 20 бұйрығымен.\n```\n\n"
    "46в. Қатысушы (акционер) заңды тұлғаға қатысу үлесін алып қойған\n\n```\nнемесе сатқан жағдайда құн "
    "өсімінің тек 15 процент ставкасы\nбойынша ғана төлем көзіне салық салынуға тиіс.\n<*>\nЕСКЕРТУ. V-тарау "
    "46в-тармақпен толықтырылды - ҚР Қаржы министрлігі\nСалық комитетінің 1998.07.10. N 62\n\nV980543_\n\n"
    "бұйрығымен.\n47.\n<*>\nЕскерту. 47-тармақ алынып тасталды, ары қарай рет нөмiрлерi\nөзгертiлдi - ҚР Қаржы "
    "министрiнiң 1996.01.22. N 21\nбұйрығымен.\n47. Бейрезиденттiң Қазақстандағы көзден алатын табысына\nмынадай "
    "ставка бойынша салық салынуға тиiс:\n1) дивиденттер мен сыйақы (мүдде)\n<*>\n- 15 процент\n<*>\nЕскерту.\n"
    "ЕСКЕРТУ. Ескерту алынып тасталды - ҚР Мемлекеттiк салық\nкомитетiнiң 1997.01.28. N 20 бұйрығымен.\n"
    "YI-тарау. Табыс салығы бойынша жеңiлдiктер\n48. Мынадай жағдайда жеке тұлғалардың табысына табыс салығы\n"
    "салынбайды:\n```\n\nа) Ұлы Отан соғысына қатысушылардың табысы жылына 480 еселенген айлық есептеу "
    "көрсеткiшi шегiнде; <*>\n\nб) III топтағы мүгедектердiң табысы - жылына 240 еселенген айлық есептеу "
    "көрсеткiшi шегiнде. <*>\n\n> *ЕСКЕРТУ. 48-тармақтың б) тармақшасындағы үшінші-бесінші абзацтар жаңа*\n\n"
    "редакцияда берілді - ҚР Қаржы министрлігі Салық комитетінің\n\n1998.07.10. N 62 V980543_ бұйрығымен.\n\n"
    "> *Ескерту: 48-тармақтың б)тармақшасы толықтырылды - ҚР Мемлекеттік*\n\nкіріс министрлігінің 1999 жылғы "
    "4 тамыздағы N 929\n\nбұйрығымен. V990890_\n")


def test_kazakh_chapters_numbered_with_y_for_v_and_points_inserted_with_a_letter():
    """"IY-тарау." / "Y-тарау." / "YI-тарау." are chapters 4, 5 and 6 (they had been paragraphs); "46а." and "46в." are
    points of chapter 5 (they had been words of the point before them)."""
    from kg.corpus import act_meta

    d = parse_text(INSTRUCTION_40_KK_2, "kaz.md", meta=act_meta(_INSTRUCTION_40_META, "meta.yaml"))
    app = ("appendix", "1")
    assert [u.path[1:] for u in d.units if len(u.path) == 3 and u.path[-1][0] == "point"] == [
        (("chapter", "4"), ("point", "39")), (("chapter", "5"), ("point", "45")), (("chapter", "5"), ("point", "46а")),
        (("chapter", "5"), ("point", "46в")), (("chapter", "5"), ("point", "47")), (("chapter", "6"), ("point", "48"))]
    assert [u.heading for u in d.units if u.path[:1] == (app,) and len(u.path) == 2] == [
        "Шегерістер", "Жеке тұлғалар үшін табыс салығының ставкалары", "Табыс салығы бойынша жеңілдіктер"]
    assert not d.unparsed


def test_kazakh_notes_of_a_renumbering_a_note_deleted_a_broken_verb_and_a_range_of_paragraphs():
    """'47-тармақ алынып тасталды, ары қарай рет нөмiрлерi өзгертiлдi' deleted point 47 (the renumbering is no change:
    it had been a Modification); 'Ескерту алынып тасталды' struck the point's note out (a Modification: the point had
    been deleted); 'V-тарау 46в-тармақпен толықтырылды' inserted point 46в of chapter 5 (it had been a chapter 46в);
    '… үшінші-бесінші абзацтар жаңа' / 'редакцияда берілді - …' rewrote paragraphs 3-5 of sub-point б (the note had
    not been read); 'б)тармақшасы толықтырылды' changed sub-point б."""
    from kg.corpus import act_meta

    d = parse_text(INSTRUCTION_40_KK_2, "kaz.md", meta=act_meta(_INSTRUCTION_40_META, "meta.yaml"))
    c5, c6 = ("chapter", "5"), ("chapter", "6")
    sub_b = (c6, ("point", "48"), ("subpoint", "б"))
    events = [(a.effect, a.amending.number, a.path[1:]) for a in d.amendments if a.from_note]
    assert events == [
        ("Insertion", "20", (c5, ("point", "46а"))),
        ("Insertion", "62", (c5, ("point", "46в"))),
        ("Deletion", "21", (c5, ("point", "47"))),
        ("Modification", "20", (c5, ("point", "47"))),
        ("Substitution", "62", sub_b + (("textparagraph", "3"),)),
        ("Substitution", "62", sub_b + (("textparagraph", "4"),)),
        ("Substitution", "62", sub_b + (("textparagraph", "5"),)),
        ("Modification", "929", sub_b)]


def test_kazakh_notes_naming_the_order_s_title_by_atauy_and_a_point_or_the_whole_text():
    """MinFin 1998 N 217 in Kazakh, the order and its instruction's head in one fence: 'Бұйрықтың атауындағы және
    1-тармағындағы "Бюджеттiк ұйымдардың" деген сөздер … ауыстырылды' replaced the words in the order's title and in
    point 1 (the title had been missed: "атауы" after the order's name is its title); 'Нұсқаулықтың атауындағы,
    бұдан әрі мәтін бойынша және қосымшалардағы … деген сөздер … ауыстырылсын' replaced them throughout the
    instruction, its title in it."""
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Приказ Министерства финансов Республики Казахстан от 15 мая 1998 года N 217.",
                     "title": {"kaz": "Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық көлемі мен "
                                      "нысандары туралы Нұсқаулық"},
                     "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1998-05-14"}, "meta.yaml")
    text = ("# Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық көлемі мен нысандары туралы Нұсқаулық\n\n"
            "1. Мемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық, тоқсандық\n\n```\nкөлемі мен нысандары туралы "
            "нұсқаулық бекітілсін.\n<*>\nЕСКЕРТУ. Бұйрықтың атауындағы және 1-тармағындағы \"Бюджеттiк\nұйымдардың\" "
            "деген сөздер \"Мемлекеттiк мекемелердiң\" деген\nсөздермен ауыстырылды - ҚР Қаржы министрiнiң\n2002 жылғы "
            "19 ақпанда N 71\n\nV021792_\n\nбұйрығымен.\nБірінші\nвице-министр\nҚазақстан Республикасы\nҚаржы "
            "министрлігі\nБҰЙРЫҚ\n15.05. 98 г. N 217\nМемлекеттiк мекемелердiң бухгалтерлік есебінің жылдық,\n"
            "тоқсандық көлемі мен нысандары туралы\nНұсқаулық\n<*>\nЕскерту. Нұсқаулықтың атауындағы, бұдан әрі мәтін "
            "бойынша және\nқосымшалардағы барлық септеулерде \"бюджеттік ұйымдар\", \"ұйымдар\"\nдеген сөздер "
            "тиісінше \"мемлекеттік мекемелер\" деген\nсөздермен ауыстырылсын - ҚР Қаржы министрлігінің\n1999.05.25. "
            "N 239\n\nV990816_\n\nбұйрығымен.\n```\n\n1.1. Осы Нұсқаулықпен бухгалтерлік есептің жылдық, тоқсандық "
            "нысандарының көлемі белгіленеді.\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert sorted((a.amending.number, a.path) for a in d.amendments if a.from_note and a.effect == "WordReplacement") == [
        ("239", (("appendix", "1"),)), ("239", (("appendix", "1"),)), ("71", (("point", "1"),)), ("71", (("title", ""),))]


# MinFin 1995 N 36 (Instruction N 36 on excise) in Kazakh, as consolidated in 2000: a section numbered in Roman
# numerals before "-Бөлiм" over its own paragraph and chapters "I. …", "II. …"; in a fence, sub-points deleted marked
# by their range alone ("14)-17)") and the note that deleted them, renumbered the rest and added one
INSTRUCTION_36_KK = (
    "# Акциздердi есептеу және төлеу тәртiбi туралы Нұсқаулық\n\n## I-Бөлiм. Жалпы ережелер\n\n"
    "Бұл нұсқаулық Z952235_ \"Салықтар және бюджетке төленетiн басқа да мiндеттi төлемдер туралы\" 1995 жылғы 24 "
    "сәуiрдегi Қазақстан Республикасының Заңы негiзiнде шығарылады. <*>\n\n<a id=\"pi\"></a>\n\n"
    "I. Белгiленген акциздер\n\n<a id=\"p1\"></a>\n\n1. Акциз өнiмнен алынатын жанама салық болып табылады және "
    "сату құны қосылады. <*>\n\n```\nIII. Акцизделетiн тауарлар тiзбесi\n4. Қазақстан Республикасының аумағында "
    "өндiрiлген мына тауарлар акцизделетiн тауарлар\nболып табылады:\n1) тағамдық шикiзаттан жасалған iшуге арналған "
    "этилдi спирт;\n13) алтыннан, платинадан немесе күмiстен жасалған зергерлiк бұйымдар.\n<*>\n14)-17)\n<*>\n"
    "14) хрусталь бұйымдар, жарық беретiн хрусталь приборлар;\n19) электр энергиясы.\n<*>\nЕСКЕРТУ. 4-тармақтың "
    "14)-17)-тармақшалары алынып тасталды,\n18)-22)-тармақшалар 14)-18) болып есептелдi, 19)-жаңа\nтармақшамен "
    "толықтырылды - ҚР Қаржы министрлiгi Салық\nкомитетiнiң 1997.12.29. N 1\n\nV970057_\n\nбұйрығымен.\n```\n")
_INSTRUCTION_36_META = {
    "requisite": "Утверждена приказом Министерства финансов Республики Казахстан от 26 июня 1995 г. N 36. "
                 "Зарегистрирован в Министерстве юстиции Республики Казахстан 4.07.95 г. за N 76.",
    "title": {"kaz": "Акциздердi есептеу және төлеу тәртiбi туралы Нұсқаулық"},
    "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1995-06-26"}


def test_a_kazakh_section_in_roman_numerals_over_its_paragraph_and_a_range_of_deleted_sub_points_alone():
    """"## I-Бөлiм. Жалпы ережелер" is section 1, the paragraph under it its text, the chapters after it its own (the
    heading and the paragraph had been the instruction's preamble); "14)-17)" alone is no sub-point: "14) хрусталь …"
    after it is sub-point 14 of the one list (it had opened a second list)."""
    from kg.corpus import act_meta

    d = parse_text(INSTRUCTION_36_KK, "kaz.md", meta=act_meta(_INSTRUCTION_36_META, "meta.yaml"))
    units = {u.path: u for u in d.units}
    s1 = (("appendix", "1"), ("section", "1"))
    assert units[s1].heading == "Жалпы ережелер"
    assert units[s1 + (("textparagraph", "1"),)].text.startswith("Бұл нұсқаулық")
    assert (("appendix", "1"), ("preamble", "")) not in units
    point4 = s1 + (("chapter", "3"), ("point", "4"))
    assert [p[-1] for p in units if p[:-1] == point4] == [("subpoint", "1"), ("subpoint", "13"), ("subpoint", "14"),
                                                          ("subpoint", "19")]
    assert not d.unparsed


def test_a_kazakh_note_deleting_a_range_of_sub_points_renumbering_the_rest_and_adding_a_new_one():
    """'4-тармақтың 14)-17)-тармақшалары алынып тасталды, 18)-22)-тармақшалар 14)-18) болып есептелдi, 19)-жаңа
    тармақшамен толықтырылды': sub-points 14 to 17 deleted, sub-point 19 inserted; the renumbering is no change of its own
    (only sub-point 17 had been deleted and a sub-point 22 inserted)."""
    from kg.corpus import act_meta

    d = parse_text(INSTRUCTION_36_KK, "kaz.md", meta=act_meta(_INSTRUCTION_36_META, "meta.yaml"))
    assert [(a.effect, a.path[-1][1]) for a in d.amendments if a.from_note and a.amending.number == "1"] == [
        ("Deletion", "14"), ("Deletion", "15"), ("Deletion", "16"), ("Deletion", "17"), ("Insertion", "19")]


def test_kazakh_notes_of_paragraphs_called_azat_zhol_and_a_point_deleted_with_the_rest_renumbered():
    """The same instruction, section II: "## II Бөлiм. …" (no hyphen) is section 2; '9-тармақ екінші азатжолмен
    толықтырылды' inserted paragraph 2 of point 9 ("азат жол" is a paragraph: it had been point 9 inserted);
    '13-тармақ алып тасталды, 14-22-тармақтар тиiсiнше 13-21 болып саналды' deleted point 13 only (points 14-22 had
    been deleted too); '19-тармақ 2 абзацпен толықтырылды' inserted paragraph 2 (a paragraph named by its number)."""
    from kg.corpus import act_meta

    text = INSTRUCTION_36_KK + (
        "\n## II Бөлiм. Отандық акцизделетiн тауарлар өндiрiсi\n\nVI. Салық салу объектiсi\n\n9\\. Отандық өндiрiлген "
        "тауарлар үшiн тауар өндiрушi осы тауарды берiп тұратын құн акциз салу объектiсi болып табылады.\n\n"
        "Акциздеуге жататын, өзі өндірген шикізаттан акцизделетін өнімді\n\n```\nөндірген кезде, осы шикізаттың құны "
        "салық салу\nобъектісі болып табылады.\n<*>\nЕСКЕРТУ. 9-тармақ екінші азатжолмен толықтырылды - ҚР Қаржы\n"
        "министрлігі Салық комитетінің 1998.07.10. N 62\n\nV980549_\n\nбұйрығымен.\n13.\n<*>\nЕСКЕРТУ. 13-тармақ "
        "алып тасталды, 14-22-тармақтар тиiсiнше 13-21\nболып саналды - ҚР Мемлекеттiк салық комитетiнiң\n1997.02.14. "
        "N 30\n\nV970030_\n\nбұйрығымен.\n```\n\n19. Акцизделетiн тауарды тауар өндiрушi заттай төлем ретiнде "
        "бергенде тауар құны акциз салынатын айналым болып табылады.\n\n    Осы тармақтың ережелерi қолданылады. <*>\n\n"
        "    > *ЕСКЕРТУ. 19-тармақ 2 абзацпен толықтырылды - ҚР Қаржы*\n\n    министрлiгi Салық комитетiнiң 1997.12.29. "
        "N 1\n\n    V970057_ бұйрығымен.\n")
    d = parse_text(text, "kaz.md", meta=act_meta(_INSTRUCTION_36_META, "meta.yaml"))
    c6 = (("appendix", "1"), ("section", "2"), ("chapter", "6"))
    assert [(a.effect, a.amending.number, a.path[len(c6):]) for a in d.amendments if a.path[:len(c6)] == c6] == [
        ("Insertion", "62", (("point", "9"), ("textparagraph", "2"))),
        ("Deletion", "30", (("point", "13"),)),
        ("Insertion", "1", (("point", "19"), ("textparagraph", "2")))]


def test_a_typical_form_s_code_under_the_stamp_is_no_title_the_heading_under_its_codes_is():
    """MinFin 2004 N 128 in Kazakh: each stamp goes on with the typical form's code and its code fields ("NЕ-1 үлгілік
    нысаны (нысанның басы)" / "Кодтары" / "БҚЖЖ нысаны бойынша ____" / … / "СТН ____"), the form's name a heading under
    them ("## Есеп айырысу ведомосі (кітап)"). The name is the appendix's title, the fields its text (the code and the
    fields had been the title, the name a paragraph); a form whose name is drawn in its template keeps its code as its
    title."""
    stamp = ("> *Қазақстан Республикасы*  \n> *Қаржы министрінің*  \n> *2004 жылғы 19 наурыздағы*  \n> *N 128 "
             "бұйрығымен*  \n> *бекітілген*  \n> *{code}*  \n> *____________*  \n> *Кодтары*  \n> *БҚЖЖ нысаны бойынша "
             "____________*  \n> *ҰЖЖ бойынша ____________*  \n> *СТН ____________*\n\n")
    text = ("# Бастапқы құжаттардың үлгілік нысандарын бекіту туралы\n\nбұйырамын:\n\n1\\. Қоса беріліп отырған бастапқы "
            "құжаттардың нысандары бекітілсін.\n\n*Министр*\n\n" + stamp.format(code="NЕ-1 үлгілік нысаны (нысанның басы)")
            + "## Есеп айырысу ведомосі (кітап)\n\n_____________________________\n\nқұрылымдық бөлімшелер\n\n"
            "Жалақыны есептеу үшін қолданылады.\n\n" + stamp.format(code="N НҚ-1 үлгілік нысаны")
            + "Ұйым ______________________________\n\nНегізгі құралдарды қабылдап алу-беру БЕКІТЕМІН\n\n"
            "__________________ АКТІСІ (ЖҮКҚҰЖАТ) ___________ N ___\n\nлауазымы\n")
    d = doc_meta(text, "kaz.md", "128", "2004-03-19", "103002000000")
    units = {u.path: u for u in d.units}
    first, second = units[(("appendix", "1"),)], units[(("appendix", "2"),)]
    assert (first.heading, second.heading) == ("Есеп айырысу ведомосі (кітап)", "N НҚ-1 үлгілік нысаны")
    assert first.text.startswith("Кодтары\nБҚЖЖ нысаны бойынша") and first.text.endswith("үшін қолданылады.")
    assert "АКТІСІ (ЖҮКҚҰЖАТ)" in second.text and not d.unparsed


def test_a_typical_form_s_code_in_the_russian_stamp():
    """The same order in Russian: "> *Типовая форма N Т-2*" ends the stamp, "Коды" / "Форма по ОКУД ____" / … / "Цех,
    отдел____" are the form's text, "## ПЛАТЕЖНАЯ ВЕДОМОСТЬ N_____" its title (the code and the fields had been the
    title, the form's name a paragraph)."""
    text = ("# Об утверждении типовых форм первичных документов\n\nприказываю:\n\n1\\. Утвердить прилагаемые типовые "
            "формы первичных документов.\n\n*Министр*\n\n> *Утверждена*  \n> *приказом Министра финансов*  \n"
            "> *Республики Казахстан*  \n> *от 19 марта 2004 г. N 128*  \n> *Типовая форма N Т-2*\n\nКоды\n\n___________"
            "\n\nФорма по ОКУД ___________\n\nпо ОКПО ___________\n\nРНН ___________\n\n"
            "______________________________________\n\nорганизация\n\nЦех, отдел____________________________\n\n"
            "## ПЛАТЕЖНАЯ ВЕДОМОСТЬ N_____\n\nза ___________________ 20___ г.\n\nПрименяется для учета выдачи заработной "
            "платы и пенсии.\n")
    d = doc_meta(text, "rus.md", "128", "2004-03-19", "103002000000")
    form = next(u for u in d.units if u.path == (("appendix", "1"),))
    assert form.heading == "ПЛАТЕЖНАЯ ВЕДОМОСТЬ N_____"
    assert form.text.startswith("Коды\nФорма по ОКУД") and "Цех, отдел" in form.text


def test_a_stamp_in_a_blockquote_does_not_take_the_signature_above_it():
    """MinFin 1999 N 177 in Kazakh: the signature "*Қаржы министрінің*" / "*бірінші орынбасары*" right above the stamp
    "> *Қазақстан Республикасы*" / "> *Қаржы министрлігінің*" / … / "> *N 177 бұйрығымен бекітілді*". The signature is the
    order's signatory (it had been read as the stamp's first lines, no signatory)."""
    text = ("# Ақылы қызмет көрсетуден алынатын қаражаттарды есепке алу тәртібі туралы қағиданы бекіту туралы\n\n"
            "Бұйырамын:\n\n1. Ақылы қызмет көрсетуден алынатын қаражаттарды есепке алу тәртiбi туралы қағида бекiтiлсiн.\n\n"
            "9. Осы Қағида мемлекеттік тiркеген күнiнен бастап күшiне енгiзiледi.\n\n*Қаржы министрінің*\n\n"
            "*бірінші орынбасары*\n\n> *Қазақстан Республикасы*  \n> *Қаржы министрлігінің*  \n"
            "> *1999 жылғы 3 мамырдағы*  \n> *N 177 бұйрығымен бекітілді*\n\n"
            "## Ақылы қызмет көрсетуден алынатын қаражаттарды есепке алу тәртібі туралы қағида\n\n"
            "1. Ақылы қызмет көрсетуден алынатын қаражаттарды мемлекеттiк мекемелер шотына жатқызады.\n")
    d = doc_meta(text, "kaz.md", "177", "1999-05-03", "103002000000")
    assert [s.role for s in d.signatories] == ["Қаржы министрінің бірінші орынбасары"]
    assert next(u for u in d.units if u.path == (("appendix", "1"),)).heading.startswith("Ақылы қызмет")


def test_a_kazakh_note_of_a_point_changed_and_its_example_rewritten():
    """MinFin 1995 N 34 (Instruction N 34) in Kazakh: '11-тармақ өзгертілді, мысал жаңа редакцияда жазылды' changed point
    11 (its worked example rewritten; the point had been read as rewritten whole)."""
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждена приказом Министерства финансов Республики Казахстан от 26 июня 1995 г. N "
                                  "34.", "title": {"kaz": "Жер салығын есептеу және төлеу тәртiбi туралы Нұсқаулық"},
                     "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1995-06-26"}, "meta.yaml")
    text = ("# Жер салығын есептеу және төлеу тәртiбi туралы Нұсқаулық\n\nI. Жалпы ережелер\n\n1. Қазақстан "
            "Республикасының Конституциясына сәйкес жер мемлекеттiк меншiк болып табылады.\n\n11\\. Азаматтарға жерге "
            "салық ставкасы мынадай мөлшерлерде белгіленедi:\n\n0,12 гектарға дейiн жер көлемiнде - 0,01 гектар үшiн 20 "
            "теңге;\n\n<*> (алынып тасталды)\n\nМысал.\n\nЖеке тұлға иелігінде көлемі 0,70 гектар жер учаскесі бар.\n\n"
            "   > *ЕСКЕРТУ. 11-тармақ өзгертілді, мысал жаңа редакцияда жазылды - ҚР*\n\n   Мемлекеттік кіріс "
            "министрлігінің 1999 жылғы 4 тамыздағы\n\n   N 929 бұйрығымен. V990903_\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(a.effect, a.path[-1]) for a in d.amendments if a.from_note] == [("Modification", ("point", "11"))]


def test_a_deletion_that_renumbered_the_points_after_it_is_marked_so_in_the_graph():
    """MinFin 1995 N 36 in Russian: "13\\. <*>" / "Пункт - исключен согласно приказу … от 14 января 1997 года N 8.
    Нумерация пунктов с 14 по 22 изменена соответственно на 13 по 21 …" / "13\\. У плательщика …": point 13 deleted,
    the points after it renumbered (`kzl:renumbers`), so a later change of point 13 is of the point numbered 13 since
    (kzlex had flagged it as a change of a deleted point); the Kazakh '47-тармақ алынып тасталды, ары қарай рет нөмiрлерi
    өзгертiлдi' the same."""
    from kg.corpus import act_meta
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = ("# Инструкция N 36 о порядке исчисления и уплаты акцизов\n\n## Раздел II. Отечественное производство "
            "подакцизных товаров\n\nVII. Определение облагаемого оборота\n\n12\\. Понятие \"реализация\" означает "
            "выполнение работ.\n\n13\\. <*>\n\nПункт - исключен согласно приказу Государственного налогового комитета "
            "Республики Казахстан от 14 января 1997 года N 8. Нумерация пунктов с 14 по 22 изменена соответственно на 13 "
            "по 21 согласно вышеназванному приказу ГНК РК.\n\n13\\. У плательщика, производящего подакцизные товары из "
            "сырья, сумма акциза подлежит уменьшению. <*>\n\n> *Сноска. Пункт 13 - с изменениями, внесенными приказом "
            "Налогового комитета МФ РК от 29.12.1997г. N 1.*\n")
    d = parse_text(text, "rus.md", meta=act_meta(_INSTRUCTION_36_META, "meta.yaml"))
    assert [(a.effect, a.amending.number, a.renumbers) for a in d.amendments if a.path[-1:] == (("point", "13"),)] == [
        ("Deletion", "8", True), ("Modification", "1", False)]
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    assert sum(q.predicate.value.endswith("#renumbers") for q in quads) == 1
    kk = parse_text(INSTRUCTION_40_KK_2, "kaz.md", meta=act_meta(_INSTRUCTION_40_META, "meta.yaml"))
    assert [a.amending.number for a in kk.amendments if a.renumbers] == ["21"]


def test_a_kazakh_note_of_a_point_supplemented_with_a_new_example():
    """MinFin 1995 N 39 (Instruction N 39) in Kazakh, in a fence: 'ЕСКЕРТУ. 8-тармақ жаңа мысалмен толықтырылды - …
    N 929' changed point 8 (a worked example added; no point 8 inserted: it had been an insertion)."""
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждена приказом Министерства финансов Республики Казахстан от 20 июня 1995 г. N "
                                  "39.", "title": {"kaz": "Көлiк құралдарына салынатын салықты есептеу және төлеу тәртiбi "
                                                          "туралы Нұсқаулық"},
                     "form": "ПРИК", "approved_by": ["103002000000"], "approved_on": "1995-06-20"}, "meta.yaml")
    text = ("# Көлiк құралдарына салынатын салықты есептеу және төлеу тәртiбi туралы Нұсқаулық\n\nI. Жалпы Ережелер\n\n"
            "1. Осы Нұсқау көлік құралдарына салынатын салықты есептеу мен төлеу тәртібін белгілейді.\n\n8\\. Көлiк "
            "құралдарына салынатын салықты салық төлеушi дербес есептейдi.\n\nМысал.\n\nЖеке тұлғаның 1997 жылы жасап "
            "шығарылған ВАЗ-2106 бар.\n\n```\nЕСКЕРТУ. 8-тармақ жаңа редакцияда - ҚР Мемлекеттік кіріс\nминистрлігінің "
            "1999.05.05. N 457\n\nV990783_\n\nбұйрығымен.\nЕСКЕРТУ. 8-тармақ жаңа мысалмен толықтырылды - ҚР "
            "Мемлекеттік кіріс\nминистрлігінің 1999 жылғы 4 тамыздағы N 929\nбұйрығымен.\n\nV990901_\n```\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert [(a.effect, a.amending.number, a.path[-1]) for a in d.amendments if a.from_note] == [
        ("Substitution", "457", ("point", "8")), ("Modification", "929", ("point", "8"))]

_REQUIREMENTS_2013 = {
    "rus.md": ("Категория", "Наименование должности", "Требования к образованию", "Требования к стажу",
               "Требования к профессиональным характеристикам (отражающим специфику деятельности)",
               "Наличие дополнительных компетенций, дающих приоритетное право для занятия данной должности (при "
               "необходимости)", "\nСтарший специалист\nОфицер\n",
               "высшее профессиональное, соответствующее функциональным направлениям конкретной должности",
               "не менее двух лет стажа на правоохранительной службе",
               "Знание Конституции Республики Казахстан.", "Наличие классных квалификаций."),
    "kaz.md": ("Санат", "Лауазымдардың атаулары", "Біліміне қойылатын талаптар", "Жұмыс өтіліне қойылатын талаптар",
               "Кәсіби мінездемелеріне қойылатын талаптар (қызмет спецификасын көрсететін)",
               "\nОсы лауазымды атқару үшін басым құқық беретін қосымша құзыреттердің бар-жоғы\n(қажет болса)\n",
               "\nАға маман\nОфицер\n", "нақты лауазымның функционалдық бағыттарына сәйкес келетін кәсіби жоғары",
               "құқық қорғау қызметіндегі жұмыс өтілі екі жылдан кем емес",
               "Қазақстан Республикасының Конституциясын білу.", "Сыныптық біліктіліктердің бар болуы."),
}


@pytest.mark.parametrize("name", ["rus.md", "kaz.md"])
def test_the_column_of_additional_competencies_gives_each_position_its_competencies(name):
    """The MVD's qualification requirements of 2013 (№ 517): a last column of the additional competencies that give a
    priority right to the position ("Наличие дополнительных компетенций, дающих приоритетное право …", "Осы лауазымды
    атқару үшін басым құқық беретін қосымша құзыреттердің бар-жоғы"): each position of the row has them (the column had
    been read as nothing)."""
    c = _REQUIREMENTS_2013[name]
    row = lambda cells: "<tr>\n" + "".join(f"<td>{x}</td>\n" for x in cells) + "</tr>\n"
    text = (f"# Об утверждении квалификационных требований\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить требования.\n\n"
            f"> *Приложение 1*  \n> *к приказу*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            f"> *от 26 августа 2013 года № 517*\n\n## Квалификационные требования\n\n<table>\n{row(c[:6])}"
            f"{row(('C-SV-9',) + c[6:])}</table>\n")
    d = doc_meta(text, name, "517", "2013-08-26", "103003000000")
    assert [(p.label, p.category, p.competencies) for p in d.positions] == [
        (c[6].split("\n")[1], "C-SV-9", (c[10],)), ("Офицер", "C-SV-9", (c[10],))]
    # (higher education, which the Kazakh cell names by its adjectives alone: "… сәйкес келетін кәсіби жоғары")
    assert [p.education_levels for p in d.positions] == [("higher",), ("higher",)]


def test_a_heading_of_the_title_s_level_under_a_whole_title_is_the_attachment_s_text():
    """MVD 2013 № 522, the list of positions filled by competition: its title as a heading ("## Перечень должностей …,
    замещаемых на конкурсной основе"), then a heading of the same level over the first group of positions ("##
    Должности центрального аппарата …"). The title is the first heading alone (the second had been run into it); a
    title given as its kind alone ("## ИНСТРУКЦИЯ" / "## О порядке …") still goes on in the heading under it."""
    text = ("# Об утверждении Перечня должностей\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Перечень.\n\n"
            "> *Приложение 1*  \n> *к приказу Министра внутренних дел*  \n> *Республики Казахстан*  \n"
            "> *от 27 августа 2013 года*  \n> *№ 522*\n\n## Перечень должностей в органах внутренних дел Республики "
            "Казахстан, замещаемых на конкурсной основе\n\n## Должности центрального аппарата и подразделений "
            "Министерства внутренних дел Республики Казахстан\n\nШтурмовик, взрывотехник, снайпер, сапер; инструктор, "
            "инспектор, специалист;\n\nДолжности рядового и младшего начальствующего состава.\n")
    d = doc_meta(text, "rus.md", "522", "2013-08-27", "103003000000")
    units = {u.path: u for u in d.units}
    assert units[(("appendix", "1"),)].heading == \
        "Перечень должностей в органах внутренних дел Республики Казахстан, замещаемых на конкурсной основе"
    assert units[(("appendix", "1"), ("textparagraph", "1"))].text.startswith("Должности центрального аппарата")
    kind_alone = text.replace("## Перечень должностей в органах внутренних дел Республики Казахстан, замещаемых на "
                              "конкурсной основе", "## ИНСТРУКЦИЯ\n\n## О порядке изменения записи")
    d = doc_meta(kind_alone, "rus.md", "522", "2013-08-27", "103003000000")
    assert next(u for u in d.units if u.path == (("appendix", "1"),)).heading.startswith(
        "ИНСТРУКЦИЯ О порядке изменения записи")


def test_a_note_copied_under_another_point_with_the_number_of_the_one_above_is_that_point_s():
    """MinJust 2020 № 354 in Kazakh: under point 8 the note of point 5 word for word, "Ескерту. 5-тармақ жаңа
    редакцияда - ҚР Әділет министрінің 30.05.2026 № 510 (…) бұйрығымен." (the Russian says "Пункт 8"). It records
    point 8's new wording (it had been dropped as a second record of point 5's); a note that stands under the point
    it names is read as before."""
    note = ("> *Ескерту. {n}-тармақ жаңа редакцияда - ҚР Әділет министрінің 30.05.2026 № 510 (12.07.2026 бастап "
            "қолданысқа енгізіледі) бұйрығымен.*\n\n")
    text = ("# Қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n"
            "**Қазақстан Республикасының Әділет министрі**\n\n**М. Бекетаев**\n\n> *Қазақстан Республикасы*  \n"
            "> *Әділет министрінің*  \n> *2020 жылғы 14 қыркүйегі*  \n> *№ 354 Бұйрығына*  \n> *1 қосымша*\n\n"
            "## Шығыс операцияларын тоқтата тұру туралы қағидалар\n\n### 2-тарау. Тоқтата тұру тәртібі\n\n"
            "5. Шығыс операцияларын тоқтата тұру туралы өкім электрондық нысанда беріледі.\n\n" + note.format(n=5) +
            "### 3-тарау. Күшін жою тәртібі\n\n8. Күшін жою туралы өкім цифрлық нысанда беріледі.\n\n" + note.format(n=5))
    d = doc_meta(text, "kaz.md", "354", "2020-09-14", "103001000000")
    assert [a.path[1:] for a in d.amendments] == [(("chapter", "2"), ("point", "5")), (("chapter", "3"), ("point", "8"))]


@pytest.mark.parametrize("fence,name", [
    ("             Нормативтік құқықтық актіні мемлекеттік тіркеу туралы\n"
     "                               Қ О Р Ы Т Ы Н Д Ы\n",
     "Нормативтік құқықтық актіні мемлекеттік тіркеу туралы ҚОРЫТЫНДЫ"),
    ("  ________________________________________________ 20__ қаржы жылы\n"
     "  бойынша меморандумды іске асыруды бағалау жөніндегі\n  (мемлекеттік органның атауы)\n  қорытынды\n"
     "  20__ жылы ____________________________________ жасалған меморандумда\n",
     "бойынша меморандумды іске асыруды бағалау жөніндегі қорытынды"),
], ids=["letter-spaced", "caption"])
def test_a_kazakh_form_s_name_drawn_under_its_corner_is_its_title(fence, name):
    """MinJust 2016 № 1007 in Kazakh: "Нысан", the corner where the official approves the form ("«Б Е К І Т Е М І Н»" /
    "(Министрдің не" / … / "(қол қойылған күн)"), then the form drawn in a fence, its name the words and, last, its kind
    letter-spaced ("… тіркеу туралы" / "Қ О Р Ы Т Ы Н Д Ы"); the Presidential Administration's memorandum rules of 2015
    write a caption of a blank among the name's words ("(мемлекеттік органның атауы)"), no word of it. The name is the
    appendix's title (it had none)."""
    text = ("# Нормативтік құқықтық актілерді мемлекеттік тіркеудің кейбір мәселелері туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Мыналар:\n\n   1) осы бұйрыққа 1-қосымшаға сәйкес қорытындының нысаны бекітілсін.\n\n**Министр**\n\n"
            "**М. Бекетаев**\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2016 жылғы 10 қарашадағы*  \n"
            "> *№ 1007 бұйрығына*  \n> *1-қосымша*\n\n> *Нысан*\n\n> *«Б Е К І Т Е М І Н»*  \n"
            "> *____________________________ ____________________________*  \n> *(Министрдің не*  \n"
            "> *Министр орынбасарының,*  \n> *аумақтық әділет органы*  \n> *басшысының лауазымы,*  \n"
            "> *тегі және аты-жөні)*  \n> *____________________________*  \n> *(қолы)*  \n"
            "> *____________________________*  \n> *(қол қойылған күн)*\n\n```\n" + fence + "```\n\n"
            "Жазылғанның негізінде:\n")
    d = doc_meta(text, "kaz.md", "1007", "2016-11-10", "103001000000")
    assert next(u for u in d.units if u.path == (("appendix", "1"),)).heading == name


def test_a_form_s_name_drawn_under_the_word_form_loses_its_footnote_mark_and_hanging_preposition():
    """MinJust 2016 № 912: "форма", then the form drawn in a fence, its name first ("Справка-обоснование* к" /
    "____" / "(форма, дата принятия … нормативного правового акта)"). The name is the appendix's title, without the
    footnote's mark and the preposition its blank goes on from (the appendix had no title)."""
    text = ("# Об утверждении формы справки-обоснования к нормативному правовому акту\n\nПРИКАЗЫВАЮ:\n\n"
            "1. Утвердить форму справки-обоснования к нормативному правовому акту согласно приложению 1 к настоящему "
            "приказу.\n\n**Министр**\n\n**М. Бекетаев**\n\n> *Приложение 1*  \n> *к приказу Министра юстиции*  \n"
            "> *Республики Казахстан*  \n> *от 21 октября года № 912*\n\n> *форма*\n\n```\n"
            "                                     Справка-обоснование* к\n"
            "                 ______________________________________________________________\n"
            "                     (форма, дата принятия, регистрационный номер и заголовок\n"
            "                                нормативного правового акта)\n```\n\n<table>\n<tr>\n<td>№</td>\n"
            "<td>Перечень сведений, которые должны быть отражены</td>\n</tr>\n</table>\n")
    d = doc_meta(text, "rus.md", "912", "2016-10-21", "103001000000")
    assert next(u for u in d.units if u.path == (("appendix", "1"),)).heading == "Справка-обоснование"


def test_an_unnumbered_first_point_leading_in_to_sub_points_whose_last_holds_the_verb():
    """MVD 2014 № 146 in Kazakh: the first point printed with no number, "Мыналар:", its sub-points naming the
    regulations, the last ending "… сәйкес бекітілсін.", then "2. …". It is point 1 with its sub-points (it had been
    a paragraph and sub-points of the order's own, outside any point)."""
    text = ("# Мемлекеттік көрсетілетін қызметтер регламентінтерін бекіту туралы\n\n«Мемлекеттік көрсетілетін қызметтер "
            "туралы» Қазақстан Республикасының 2013 жылғы 15 сәуірдегі Заңының 10-бабының 2) тармақшасына сәйкес "
            "БҰЙЫРАМЫН:\n\nМыналар:\n\n1) «Жеке және заңды тұлғалардың азаматтық, қызметтік қаруының әрбір бірлігін "
            "тіркеу және қайта тіркеу» мемлекеттік көрсетілетін қызмет регламенті осы бұйрыққа 1-қосымшаға сәйкес;\n\n"
            "3) «Азаматтық пиротехникалық заттар мен олар қолданылып жасалған бұйымдарды әзірлеу, өндіру, сату, "
            "пайдалану және сатып алу жөніндегі қызметті жүзеге асыруға лицензия беру» мемлекеттік көрсетілетін қызмет "
            "регламенті осы бұйрыққа 3-қосымшаға сәйкес бекітілсін.\n\n2. Осы бұйрықтың орындалуын бақылау Ішкі істер "
            "министрінің орынбасары полиция генерал-майоры Е.З. Тургумбаевқа жүктелсін.\n")
    d = doc_meta(text, "kaz.md", "146", "2014-03-05", "103003000000")
    assert [u.path for u in d.units] == [(("preamble", ""),), (("point", "1"),), (("point", "2"),)]
    assert next(u for u in d.units if u.path == (("point", "1"),)).text.startswith("Мыналар:\n1) \"Жеке")


def test_a_note_listing_acts_of_two_bodies_names_the_second_after_its_effect_said_again():
    """MVD 2017 № 240 in Kazakh: "Ескерту. Қосымша жаңа редакцияда - ҚР Ішкі істер министрінің 22.01.2019 № 47 (…);жаңа
    редакцияда - ҚР Төтеншежағдайлар министрінің 20.01.2021 № 19 (…); ҚР Төтенше жағдайлар министрінің 29.07.2025 № 295
    (…) бұйрықтарымен." Order № 19 is the Ministry of Emergency Situations' (it had been the MVD's, the body before it,
    the effect said again before its body)."""
    from kg.patterns import find_note_acts

    note = ("Ескерту. Қосымша жаңа редакцияда - ҚР Ішкі істер министрінің 22.01.2019 № 47 (алғаш ресми жарияланған "
            "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі);жаңа редакцияда - ҚР Төтеншежағдайлар "
            "министрінің 20.01.2021 № 19 (алғашқы ресми жарияланған күнінен кейінкүнтізбелік он күн өткен соң "
            "қолданысқа енгізіледі); ҚР Төтенше жағдайлар министрінің 29.07.2025 № 295 (алғашқы ресми жарияланған "
            "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрықтарымен.")
    assert [(r.number, r.issuer.en) for r, _, _ in find_note_acts(note)] == [
        ("47", "Ministry of Internal Affairs"), ("19", "Ministry of Emergency Situations"),
        ("295", "Ministry of Emergency Situations")]


_PERMITS_RULES = (
    "# Об утверждении Правил выдачи разрешений на принятие государственными учреждениями обязательств\n\n"
    "В соответствии со статьей 103 Бюджетного кодекса Республики Казахстан, ПРИКАЗЫВАЮ:\n\n"
    "1\\. Утвердить прилагаемые Правила выдачи разрешений на принятие государственными учреждениями обязательств.\n\n"
    "2\\. Настоящий приказ вводится в действие с 1 января 2005 года.\n\n*Министр*\n\n"
    "> *Утверждены*  \n> *приказом Министра финансов*  \n> *Республики Казахстан*  \n"
    "> *от 30 декабря 2004 года N 469*\n\n"
    "## Правила выдачи разрешений на принятие государственными учреждениями обязательств\n\n"
    "## 1. Общие положения\n\n1. Настоящие Правила (далее - Правила) определяют порядок выдачи разрешений "
    "администраторам бюджетных программ.\n\n"
    "> *Приложение 3*  \n> *к Правилам выдачи разрешений*  \n> *на принятие государственными*  \n"
    "> *учреждениями обязательств*\n\n"
    "{note}Реестр разрешений N ___\n\n### от \"__\" _____________ 200_г.\n\n"
    "### _____________________________________________________\n\n"
    "(Наименование местного уполномоченного органа по исполнению бюджета)\n")


@pytest.mark.parametrize("note", [
    "> *Сноска. Приложение 3 дополнено - приказом Министра финансов Республики Казахстан от 18 апреля 2007 года N "
    "133 ; в редакции - приказом Министра финансов Республики Казахстан от 20 июня 2007 года N 213 .*\n\n", ""])
def test_a_register_s_name_with_a_number_to_fill_over_its_blank_day_is_the_appendix_s_title(note):
    """MinFin 2004 N 469: the rules' appendix 3, "Реестр разрешений N ___" in a paragraph of its own under the stamp
    and the appendix's note, then its blank day set as a heading ('### от "__" _____________ 200_г.'). The paragraph
    is the appendix's title, read once (after the note it had been no title; with no note, the form's head above the
    blank day, which had been the title)."""
    d = doc_meta(_PERMITS_RULES.format(note=note), "rus.md", "469", "2004-12-30", "103002000000")
    appendix = next(u for u in d.units if u.path[-1] == ("appendix", "3"))
    assert appendix.heading == "Реестр разрешений N ___"
    assert [u.text for u in d.units if u.path[:-1] == appendix.path] == [
        'от "__" _____________ 200_г.', "(Наименование местного уполномоченного органа по исполнению бюджета)"]
    if note:
        assert [(a.amending.number, a.effect) for a in d.amendments if a.path == appendix.path] == [
            ("133", "Insertion"), ("213", "Substitution")]


def test_a_kazakh_repeal_s_bracket_after_its_verb_gives_the_repealed_order_s_registration():
    """MinJust 2004 N 305 in Kazakh: "… 2001 жылғы 11 желтоқсандағы N 147 күшiн жойды деп танылсын (мемлекеттiк тiркеу N
    1714)." The order repealed, № 147, is the one registered under № 1714 (its registration had not been read, so a
    text naming the order by that number could not find it)."""
    text = ("# Қазақстан Республикасы Әділет министрлігі түзеу мекемелерiндегi сотталғандармен тәрбие жұмысын "
            "ұйымдастыру жөнiндегi Нұсқаулықты бекiту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қазақстан Республикасы Әдiлет "
            "министрлiгi түзеу мекемелерiндегi сотталғандармен тәрбие жұмысын ұйымдастыру жөнiндегi Нұсқаулық "
            "бекiтiлсiн.\n\n2. \"Қазақстан Республикасының түзеу мекемелерiндегi жазаларын өтеп жатқан, сотталғандармен "
            "тәрбие жұмысын ұйымдастыру жөнiндегi Нұсқаулықты бекiту туралы\" Қазақстан Республикасы Әдiлет "
            "министрiнiң 2001 жылғы 11 желтоқсандағы N 147 күшiн жойды деп танылсын (мемлекеттiк тiркеу N 1714).\n\n"
            "3. Осы бұйрық мемлекеттiк тiркеуден өткен күнi күшiне енедi.\n")
    d = doc_meta(text, "kaz.md", "305", "2004-10-21", "103001000000")
    assert [(a.effect, a.target_act.number, a.target_act.date, a.target_act.registration) for a in d.amendments] == [
        ("Repeal", "147", "2001-12-11", "1714")]


def test_a_table_of_contents_of_headings_alone_is_no_division():
    """MinJust 1998 N 539 (the notarial instruction) in Kazakh: under its title, its table of contents, headings
    alone ("### 1-БӨЛІМ" / "#### 1-ТАРАУ. Жалпы ережелер" / … / "#### 22-ТАРАУ …"), then the divisions themselves
    ("### 1-БӨЛІМ 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР" over point 1). The contents are no divisions: chapter 22, which the part
    of the text here does not reach, is no unit, and section 1 starts at its own heading (it had started at the
    contents' line, and the contents' chapters had been divisions with no text)."""
    text = ("# Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *1998 жылғы 28 шілдедегі*  \n> *N 539 бұйрығымен*  \n"
            "> *бекітілді*\n\n## Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "### 1-БӨЛІМ\n\n#### 1-ТАРАУ. Жалпы ережелер\n\n### 2-БӨЛІМ\n\n#### 2-ТАРАУ. Нотариаттық іс-әрекеттерді "
            "жасаудың негізгі ережелері\n\n### 3-БӨЛІМ Мәміллерді куәландыру Мәмілелерді куәландырудың жалпы ережелері "
            "Мүлікті иеліктен алу туралы шарттарды куәландыру\n\n#### 4-ТАРАУ Шаруашылық серіктестіктерінің құрылтай "
            "құжаттарын куәландыру\n\n#### 22-ТАРАУ Нотариустың басқа мемлекеттердің құқық нормаларын қолдануы "
            "халықаралық шарттар\n\n### 1-БӨЛІМ 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n1. Осы Нұсқаулық \"Нотариат туралы\" "
            "Қазақстан Республикасы Заңымен белгіленген құзыреттің шегінде нотариаттық іс-әрекеттерді жасаудың тәртібін "
            "белгілейді.\n\n2. Нотариус мынадай нотариаттық іс-әрекеттер жасайды:\n\n   1) мәмілелерді куәландырады;\n\n"
            "   2) ақшаларды депозитке қабылдайды.\n\n### 2-БӨЛІМ 2-ТАРАУ. НОТАРИАТТЫҚ ІС-ӘРЕКЕТТЕРДІ ЖАСАУДЫҢ НЕГІЗГІ "
            "ЕРЕЖЕЛЕРІ\n\n7. Қазақстан Республикасының заңдарына сәйкес кез-келген нотариус нотариаттық іс-әрекеттерді "
            "жасайды.\n")
    d = doc_meta(text, "kaz.md", "539", "1998-07-28", "103001000000")
    divisions = [(u.path, u.loc.line) for u in d.units if u.path[-1][0] in ("section", "chapter")]
    assert divisions == [((("section", "1"),), 25), ((("section", "1"), ("chapter", "1")), 25),
                         ((("section", "2"),), 35), ((("section", "2"), ("chapter", "2")), 35)]
    assert not d.unparsed


def test_the_approving_order_s_stamp_over_a_document_published_alone_is_no_preamble():
    """MinJust 1998 N 539 in Kazakh, the instruction published alone: the order's stamp over it ("Қазақстан
    Республикасы" / "Әділет министрінің" / "1998 жылғы 28 шілдедегі" / "N 539 бұйрығымен" / "бекітілді"), then its
    title as a heading. Neither is a preamble of the instruction (the stamp and title had been its preamble's text)."""
    from kg.corpus import act_meta

    meta = act_meta({"requisite": "Утверждена приказом Министра юстиции Республики Казахстан от 28 июля 1998 года "
                                  "№ 539. Зарегистрирован в Министерстве юстиции Республики Казахстан от 10 августа "
                                  "1998 года № 564.",
                     "title": {"kaz": "Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы "
                                      "Нұсқаулық"},
                     "form": "ПРИК", "type_codes": ["ИНСТ", "ПРИК"], "approved_by": ["103001000000"],
                     "approved_on": "1998-07-27"}, "meta.yaml")
    text = ("# Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *1998 жылғы 28 шілдедегі*  \n> *N 539 бұйрығымен*  \n"
            "> *бекітілді*\n\n## Қазақстан Республикасында нотариаттық іс-әрекеттерді жасаудың тәртібі туралы Нұсқаулық\n\n"
            "### 1-БӨЛІМ 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР\n\n1. Осы Нұсқаулық \"Нотариат туралы\" Қазақстан Республикасы Заңымен "
            "белгіленген құзыреттің шегінде нотариаттық іс-әрекеттерді жасаудың тәртібін белгілейді.\n\n"
            "2. Нотариус мынадай нотариаттық іс-әрекеттер жасайды:\n\n   1) мәмілелерді куәландырады;\n\n"
            "   2) ақшаларды депозитке қабылдайды.\n")
    d = parse_text(text, "kaz.md", meta=meta)
    assert not [u for u in d.units if u.path[-1][0] == "preamble"]
    assert (("appendix", "1"), ("section", "1"), ("chapter", "1"), ("point", "2"), ("subpoint", "2")) in {
        u.path for u in d.units}
    assert not d.unparsed


def test_a_document_named_between_an_order_s_kind_and_a_number_is_no_issuer():
    """MinFin 1996 N 209: "… утвердить прилагаемые к настоящему приказу изменения и дополнения в Инструкцию № 37 от 26
    июня 1995 года …". The number is the instruction's, not an order № 37 of a body named "изменения и дополнения в
    Инструкцию" (the words between "приказу" and "№" had been read as an order's issuer)."""
    from kg.patterns import find_act_refs

    text = ("В соответствии со статьей 54 Указа Президента Республики Казахстан, имеющего силу Закона, \"О налогах и "
            "других обязательных платежах в бюджет\" утвердить прилагаемые к настоящему приказу изменения и дополнения "
            "в Инструкцию № 37 от 26 июня 1995 года \"О порядке исчисления и уплаты налога на добавленную стоимость\"")
    assert not [r for r, _, _ in find_act_refs(text) if r.issuer and "Инструкци" in (r.issuer.ru or "")]
    # (an order's issuer is still read up to its number: "приказом Министра финансов … от 4 июля 2003 года N 254")
    (ref, _, _), = find_act_refs("приказом Министра финансов Республики Казахстан от 4 июля 2003 года N 254")
    assert (ref.number, ref.date, ref.issuer.en) == ("254", "2003-07-04", "Ministry of Finance")


def test_a_note_of_two_replacements_apart_with_a_semicolon_records_both():
    """MinFin 2000 N 219's rules (cash operations): 'Сноска. По всему тексту слова "платных услуг" заменены словами
    "товаров (работ, услуг)";' / 'слова "депозитных сумм" заменены словами "денег временного размещения …" - приказом
    … N 103 .' Each clause's words were replaced by order № 103 (the second pair had been lost)."""
    text = ("# Об утверждении Правил ведения кассовых операций в государственных учреждениях\n\nПриказываю:\n\n"
            "1. Утвердить прилагаемые Правила ведения кассовых операций в государственных учреждениях.\n\n"
            "   *Первый вице-Министр*\n\n   ## Правила ведения кассовых операций в государственных учреждениях\n\n"
            "   > *Сноска. По всему тексту слова \"платных услуг\" заменены словами \"товаров (работ, услуг)\";*\n\n"
            "   слова \"депозитных сумм\" заменены словами \"денег временного размещения физических или юридических "
            "лиц\" - приказом Министра финансов Республики Казахстан от 3 апреля 2007 года N 103 .\n\n"
            "## 1. ОБЩИЕ ПОЛОЖЕНИЯ\n\n1. Настоящие Правила устанавливают порядок ведения кассовых операций.\n")
    d = doc_meta(text, "rus.md", "219", "2000-04-24", "103002000000")
    assert [(a.amending.number, a.path, a.old_words, a.new_words) for a in d.amendments] == [
        ("103", (("appendix", "1"),), "платных услуг", "товаров (работ, услуг)"),
        ("103", (("appendix", "1"),), "депозитных сумм", "денег временного размещения физических или юридических лиц")]
    assert not d.unparsed


def test_rules_under_the_signature_with_no_stamp_are_read_when_their_appendix_names_the_order():
    """MinFin 2000 N 195 (cash operations): the rules printed under the signature with no stamp ("## Правила ведения
    кассовых операций …" / chapters / points), their appendix 2 stamped "Приложение N 2" / "Форма N 453" / "Утверждена
    приказом … от 25 апреля 2000 года N 195". That stamp is an appendix's, after the rules' points, not the rules' own:
    the rules are appendix 1, their points read (they had all been text not understood)."""
    text = ("# Об утверждении Правил ведения кассовых операций в государственных учреждениях\n\nПриказываю:\n\n"
            "1. Утвердить прилагаемые Правила ведения кассовых операций в государственных учреждениях.\n\n"
            "3. Настоящий приказ вступает в силу со дня его государственной регистрации в Министерстве юстиции "
            "Республики Казахстан.\n\n   *Первый вице-Министр*\n\n   ## Правила ведения кассовых операций в "
            "государственных учреждениях\n\n## 5. РЕВИЗИЯ КАССЫ И КОНТРОЛЬ ЗА СОБЛЮДЕНИЕМ КАССОВОЙ ДИСЦИПЛИНЫ\n\n"
            "43. Администраторы бюджетных программ обязательно производят ревизию кассы.\n\n"
            "    > *Сноска. В пункт 43 внесены изменения - приказом Министра финансов Республики Казахстан от 3 апреля "
            "2007 года N 103 .*\n\n44. Ответственность за соблюдение кассовой дисциплины возлагается на руководителя "
            "государственного учреждения, главного бухгалтера, руководителя финансовой службы и кассира.\n\n"
            "Приложение N 1\n\n> *Сноска. Приложение 1 исключен - приказом Министра финансов Республики Казахстан от 3 "
            "апреля 2007 года N 103 .*\n\n> *Приложение N 2*  \n> *Форма N 453*  \n> *Утверждена приказом*  \n"
            "> *Министра финансов*  \n> *Республики Казахстан*  \n> *от 25 апреля 2000 года*  \n> *N 195*\n\n"
            "## Книга контроля использования наличных денег по целевому назначению\n\n"
            "Наименование государственного учреждения _______________________\n")
    d = doc_meta(text, "rus.md", "195", "2000-04-25", "103002000000")
    rules = (("appendix", "1"),)
    assert next(u for u in d.units if u.path == rules).heading.startswith("Правила ведения кассовых операций")
    assert {rules + (("chapter", "5"), ("point", "43")), rules + (("chapter", "5"), ("point", "44"))} <= {
        u.path for u in d.units}
    assert ("Modification", "103", rules + (("chapter", "5"), ("point", "43"))) in {
        (a.effect, a.amending.number, a.path) for a in d.amendments}
    assert not d.unparsed


def test_a_stamp_that_goes_on_under_the_forms_number_is_one_appendix():
    """MinFin 2000 N 195: "Приложение N 2" / "Форма N 453" / "Утверждена приказом" / … / "N 195", after the rules'
    deleted appendix 1. It had been read as two appendices: an empty appendix 2 of the rules, headed "Форма N 453",
    and the order's appendix 2 the stamp's last lines opened; it is one, the order's, the book's title its heading."""
    text = ("# Об утверждении Правил ведения кассовых операций в государственных учреждениях\n\nПриказываю:\n\n"
            "1. Утвердить прилагаемые Правила ведения кассовых операций в государственных учреждениях.\n\n"
            "   *Первый вице-Министр*\n\n   ## Правила ведения кассовых операций в государственных учреждениях\n\n"
            "44. Ответственность за соблюдение кассовой дисциплины возлагается на руководителя государственного "
            "учреждения.\n\nПриложение N 1\n\n> *Сноска. Приложение 1 исключен - приказом Министра финансов Республики "
            "Казахстан от 3 апреля 2007 года N 103 .*\n\n> *Приложение N 2*  \n> *Форма N 453*  \n"
            "> *Утверждена приказом*  \n> *Министра финансов*  \n> *Республики Казахстан*  \n"
            "> *от 25 апреля 2000 года*  \n> *N 195*\n\n> *Сноска. Приложение 2 в редакции - приказом Министра финансов "
            "Республики Казахстан от 3 апреля 2007 года N 103 .*\n\n## Книга контроля использования наличных денег по "
            "целевому назначению\n\nНаименование государственного учреждения _______________________\n")
    d = doc_meta(text, "rus.md", "195", "2000-04-25", "103002000000")
    appendices = {u.path: u.heading for u in d.units if u.path[-1][0] == "appendix"}
    assert appendices == {(("appendix", "1"),): "Правила ведения кассовых операций в государственных учреждениях",
                          (("appendix", "1"), ("appendix", "1")): None,
                          (("appendix", "2"),): "Книга контроля использования наличных денег по целевому назначению"}
    assert [(a.effect, a.path) for a in d.amendments] == [("Deletion", (("appendix", "1"), ("appendix", "1"))),
                                                          ("Substitution", (("appendix", "2"),))]
    assert not d.unparsed


def test_a_kazakh_note_of_two_acts_gives_each_the_words_named_before_it():
    """MinFin 2000 N 195's rules in Kazakh: 'Ескерту. Ереженің бүкіл мәтіні бойынша "шығыстардың сметасын", … "шығыстар
    сметасы" деген сөздер … тиісінше "қаржыландыру жоспары" деген сөздермен ауыстырылды - ҚР Қаржы министрлігінің -
    2002.02.19. N 71 , ақылы қызмет көрсетулердi" деген сөздер "…" деген сөздермен, "депозиттік сома" деген сөздер "…"
    деген сөздермен ауыстырылды - 2007.04.03. N 103 (…) бұйрықтарымен.' Order № 71 replaced the estimates' words,
    order № 103 the fees' and the deposits' (it had been given № 71's words). The fees' words lost their opening quote
    right after "N 71 ," and had not been read: the quote is given back where none before it is left open."""
    text = ("# Мемлекеттік мекемелерде кассалық операциялар жүргізудің ережесін бекіту туралы\n\nБҰЙЫРАМЫН:\n\n"
            "1. Қоса беріліп отырған Мемлекеттік мекемелерде кассалық операциялар жүргізудің ережесі бекітілсін.\n\n"
            "   *Бірінші вице-министр*\n\n   ## Мемлекеттік мекемелерде кассалық операциялар жүргізудің ережесі\n\n"
            "   > *Ескерту. Ереженің бүкіл мәтіні бойынша \"шығыстардың сметасын\", \"шығыстардың сметасы\", "
            "\"шығыстардың сметасымен\", \"шығыстар сметасы\" деген сөздер ауыстырылатын сөздердің септеулері мен жекеше "
            "және көпше түрлеріне тиісінше \"қаржыландыру жоспары\" деген сөздермен ауыстырылды - ҚР Қаржы "
            "министрлігінің - 2002.02.19. N 71 , ақылы қызмет көрсетулердi\" деген сөздер \"тауарларды (жұмыстарды, "
            "көрсетілетін қызметтерді)\" деген сөздермен, \"депозиттік сома\" деген сөздер \"жеке және заңды "
            "тұлғалардың уақытша орналастыру ақшасы\" деген сөздермен ауыстырылды - 2007.04.03. N 103 (ресми "
            "жариялаған күннен кейін 10 күнтізбелік күн өткеннен кейін қолданысқа енгізіледі) бұйрықтарымен.*\n\n"
            "## 1. Жалпы ережелер\n\n1. Осы Ереже кассалық операцияларды жүргiзудің тәртiбiн белгiлейдi.\n")
    d = doc_meta(text, "kaz.md", "195", "2000-04-25", "103002000000")
    words = [(a.amending.number, a.old_words, a.new_words) for a in d.amendments if a.effect == "WordReplacement"]
    assert words == [("71", w, "қаржыландыру жоспары") for w in ("шығыстардың сметасын", "шығыстардың сметасы",
                                                                  "шығыстардың сметасымен", "шығыстар сметасы")] + [
        ("103", "ақылы қызмет көрсетулерді", "тауарларды (жұмыстарды, көрсетілетін қызметтерді)"),
        ("103", "депозиттік сома", "жеке және заңды тұлғалардың уақытша орналастыру ақшасы")]


# --- laws of one title enacted anew -------------------------------------------------------------


def _law_nodes(d) -> list[str]:
    from kg.iri import Minter

    m = Minter()
    return [m.act(r).removeprefix(m.base) for r, _ in d.act.based_on if r.kind in ("law", "code")]


def test_a_law_enacted_anew_is_the_law_of_the_day_its_citation_gives():
    """MinFin 2015 N 90 stands on the law on public procurement "от 21 июля 2007 года", in both languages ("«Мемлекеттік
    сатып алу туралы» Қазақстан Республикасының 2007 жылғы 21 шілдедегі Заңының"); the laws of 2002, 2015 and 2024
    bear the same title, and every order on procurement had stood on one node of it, whichever law it meant."""
    ru = ("# Об утверждении Перечня фондовых бирж\n\nВ соответствии с подпунктом 8) статьи 14 Закона Республики Казахстан "
          "от 21 июля 2007 года «О государственных закупках» ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый Перечень фондовых "
          "бирж.\n\n**Министр**\n\n**Б. Султанов**\n")
    kk = ("# Қор биржаларының тізбесін бекіту туралы\n\n«Мемлекеттік сатып алу туралы» Қазақстан Республикасының 2007 "
          "жылғы 21 шілдедегі Заңының 14-бабының 8) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған қор "
          "биржаларының тізбесі бекітілсін.\n\n**Министр**\n\n**Б. Сұлтанов**\n")
    nodes = [_law_nodes(doc_meta(t, n, "90", "2015-02-13", "103002000000")) for t, n in ((ru, "rus.md"), (kk, "kaz.md"))]
    assert nodes[0] == nodes[1] == ["law/o-gosudarstvennykh-zakupkakh-2007-07-21"]
    # (the same citation in an order of 2016, a month after the law of 2015 came into force, is still the law of 2007)
    assert _law_nodes(doc_meta(ru, "rus.md", "90", "2016-02-13", "103002000000")) == nodes[0]


def test_a_code_cited_with_no_day_is_the_one_in_force_on_the_acts_day():
    """The Chancellery's register of 2019 cites "пунктом 5 статьи 139 Трудового кодекса Республики Казахстан"; the
    Presidential Affairs Administration's of 4 December 2015 "статьей 230-1 Трудового кодекса Республики Казахстан",
    an article of the code of 2007 only: the code of 2015 had been passed on 23 November and came into force on
    1 January 2016, so a citation of that month may mean either and keeps the title's node; the one of 2019 stands
    on the code of 2015, and one of 2010 on the code of 2007."""
    text = ("# Об утверждении реестра должностей\n\nВ соответствии с пунктом 5 статьи 139 Трудового кодекса Республики "
            "Казахстан Приказываю:\n\n1. Утвердить прилагаемый реестр.\n\n**Начальник**\n")
    on = {day: _law_nodes(doc_meta(text, "rus.md", "19-42-3.3.17", day, "101001000000"))[0]
          for day in ("2019-10-07", "2015-12-04", "2010-05-04")}
    assert on == {"2019-10-07": "code/trudovoi-kodeks-2015-11-23",
                  "2015-12-04": "code/trudovoi-kodeks",
                  "2010-05-04": "code/trudovoi-kodeks-2007-05-15"}
    # (a Kazakh citation with the code's day before it: that code, whatever the act's day)
    kk = ("# Тізілімді бекіту туралы\n\n2015 жылғы 23 қарашадағы Қазақстан Республикасы Еңбек кодексінің 139-бабының "
          "5-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған тізілім бекітілсін.\n\n**Басшы**\n")
    assert _law_nodes(doc_meta(kk, "kaz.md", "19-42-3.3.17", "2015-12-04", "101001000000")) == [
        "code/trudovoi-kodeks-2015-11-23"]
    # (a day said that no code was passed on, MVD 2018 N 86: "2014 жылғы 23 қарашадағы Қазақстан Республикасы Еңбек
    # Кодексінің 16-бабы 40-1) тармақшасына", its Russian text "от 23 ноября 2015 года": the act's day decides)
    slip = ("# Тізбені бекіту туралы\n\n2014 жылғы 23 қарашадағы Қазақстан Республикасы Еңбек Кодексінің 16-бабы 40-1) "
            "тармақшасына сәйкес, БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған тізбе бекітілсін.\n\n**Министр**\n")
    assert _law_nodes(doc_meta(slip, "kaz.md", "86", "2018-02-02", "103003000000")) == [
        "code/trudovoi-kodeks-2015-11-23"]


def test_a_preamble_set_out_anew_stands_on_the_law_of_the_amending_orders_day():
    """A note "Преамбула в редакции приказа … от 25.08.2017 № 586" (MVD): the preamble's wording is of 2017, and the
    code it cites with no day is the one in force then, not on the act's own day (2013)."""
    text = ("# Об утверждении Правил\n\n> *Сноска. Преамбула в редакции приказа Министра внутренних дел РК от 25.08.2017 "
            "№ 586 (вводится в действие по истечении десяти календарных дней после дня его первого официального "
            "опубликования).*\n\nВ соответствии с подпунктом 2) статьи 12 Бюджетного кодекса Республики Казахстан "
            "ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**Министр**\n")
    assert _law_nodes(doc_meta(text, "rus.md", "85", "2008-11-13", "103003000000")) == [
        "code/biudzhetnyi-kodeks-2008-12-04"]


@pytest.mark.parametrize("kk, ru", [
    ("2017 жылғы 25 желтоқсандағы «Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан "
     "Республикасы Кодексін (Салық кодексі) қолданысқа енгізу туралы» Қазақстан Республикасы Заңының 57-1-бабына сәйкес "
     "БҰЙЫРАМЫН:",
     "В соответствии со статьей 57-1 Закона Республики Казахстан от 25 декабря 2017 года «О введении в действие Кодекса "
     "Республики Казахстан «О налогах и других обязательных платежах в бюджет» (Налоговый кодекс)» ПРИКАЗЫВАЮ:"),
])
def test_a_law_whose_title_quotes_a_code_is_that_law_not_the_code(kk, ru):
    """MinFin 2019 N 39 stands on article 57-1 of the law introducing the Tax Code. Its Russian title quotes the
    code's ("«О введении в действие Кодекса … «О налогах …» (Налоговый кодекс)»"): the title had been cut at the
    inner quote ("О введении в действие Кодекса Республики Казахстан "); the Kazakh title opens with the code's, one
    quote for both ('«Салық … туралы» … Кодексін (Салық кодексі) қолданысқа енгізу туралы»'), and the order had
    stood on the Tax Code itself. Both are the one law, with its article."""
    got = []
    for text, name in ((f"# Қағидаларды бекіту туралы\n\n{kk}\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n"
                        "**Министр**\n", "kaz.md"),
                       (f"# Об утверждении Правил\n\n{ru}\n\n1. Утвердить прилагаемые Правила.\n\n**Министр**\n",
                        "rus.md")):
        d = doc_meta(text, name, "39", "2019-01-21", "103002000000")
        got.append([(n, path) for n, (_, path) in zip(_law_nodes(d), d.act.based_on)])
    assert got[0] == got[1]
    assert [path for _, path in got[0]] == [(("article", "57-1"),)]
    assert got[0][0][0].startswith("law/o-vvedenii-v-deistvie-kodeksa") and got[0][0][0].endswith(
        "-2017-12-25")


def test_the_codes_name_in_brackets_after_its_title_is_no_second_basis():
    """MinFin: "«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» 2017 жылғы 25 желтоқсандағы Қазақстан
    Республикасының Кодексі (Салық кодексі) 120-бабының 3-тармағына": the order stands on the code's article, once;
    the bracketed name had been read as a second citation, the article its, and the title's citation bare."""
    text = ("# Нысанды бекіту туралы\n\n«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» 2017 жылғы 25 "
            "желтоқсандағы Қазақстан Республикасының Кодексі (Салық кодексі) 120-бабының 3-тармағына сәйкес "
            "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған нысан бекітілсін.\n\n**Министр**\n")
    d = doc_meta(text, "kaz.md", "1447", "2019-12-31", "103002000000")
    assert [(n, p) for n, (_, p) in zip(_law_nodes(d), d.act.based_on)] == [
        ("code/o-nalogakh-i-drugikh-obiazatelnykh-platezhakh-v-biudzhet-2017-12-25",
         (("article", "120"), ("point", "3")))]


def test_a_paragraph_heading_with_no_number_is_the_chapters_next_paragraph():
    """MinFin 2015 N 119 (declarations on the turnover of petroleum products): under chapter 3 of its rules, after
    point 35, "Параграф. Порядок составления приложения «Сведения по сырью» к декларации …" heads points 36-61. It
    had been a second part of point 35; it is the chapter's paragraph 1, the points under it its own."""
    text = ("# Об утверждении форм, Правил представления и составления деклараций по обороту нефтепродуктов\n\n"
            "В соответствии с подпунктом 9) статьи 8 Закона Республики Казахстан от 20 июля 2011 года «О государственном "
            "регулировании производства и оборота отдельных видов нефтепродуктов» приказываю:\n\n1. Утвердить Правила "
            "представления и составления деклараций по обороту нефтепродуктов согласно приложению 1 к настоящему "
            "приказу.\n\n**Министр финансов Республики Казахстан**\n\n**Б. Султанов**\n\n> *Приложение 1*  \n"
            "> *к приказу Министра финансов*  \n> *Республики Казахстан*  \n> *от 24 февраля 2015 года № 119*\n\n"
            "# Правила представления и составления деклараций по обороту нефтепродуктов\n\n## Глава 3. Порядок "
            "составления декларации по обороту нефтепродуктов «Баланс оборота нефтепродуктов производителя "
            "нефтепродуктов»\n\n35. В графе 16 указывается общий остаток нефтепродуктов у производителя на конец "
            "отчетного периода (графа 16 = графа 3 + графа 4 - графа 5 - графа 6 - графа 13 - графа 14 + графа 15)."
            "\n\nПараграф. Порядок составления приложения «Сведения по сырью» к декларации по обороту нефтепродуктов "
            "«Баланс оборота нефтепродуктов производителя нефтепродуктов»\n\n36. В строке «ИИН/БИН» указывается "
            "ИИН/БИН производителя.\n\n## Глава 4. Порядок составления декларации по обороту нефтепродуктов\n\n"
            "62. В строке «ИИН/БИН» указывается ИИН/БИН.\n")
    d = doc_meta(text, "rus.md", "119", "2015-02-24", "103002000000")
    chapter = (("appendix", "1"), ("chapter", "3"))
    units = {u.path: u for u in d.units}
    assert units[chapter + (("paragraph", "1"),)].heading.startswith("Порядок составления приложения")
    assert chapter + (("paragraph", "1"), ("point", "36")) in units
    assert chapter + (("point", "35"), ("part", "2")) not in units
    assert (("appendix", "1"), ("chapter", "4"), ("point", "62")) in units
    assert not d.positions and not d.unparsed


def test_a_point_whose_number_lost_its_stop_is_that_point():
    """MinFin 2019 N 1447, appendix 1 (categories of taxpayers): "1 Индивидуальные предприниматели, в том числе
    крестьянские или фермерские хозяйства." / "2. Лица, занимающиеся частной практикой." / … The first point had
    been read as words of the appendix's title ("… юридических лиц 1 Индивидуальные предприниматели …"); its
    Kazakh text has "1. Дара кәсіпкерлер …". A number with no stop, a word in capitals after it, the point after it
    numbered next, is that point."""
    text = ("# Об утверждении категорий налогоплательщиков\n\nВ соответствии с подпунктом 19) статьи 24 Кодекса "
            "Республики Казахстан от 25 декабря 2017 года «О налогах и других обязательных платежах в бюджет (Налоговый "
            "кодекс)» ПРИКАЗЫВАЮ:\n\n1. Утвердить категории налогоплательщиков согласно приложению 1 к настоящему "
            "приказу.\n\n**И.о. Министра**\n\n**Б. Шолпанкулов**\n\n> *Приложение 1*  \n> *к приказу Первого "
            "заместителя*  \n> *Премьер-Министра*  \n> *Республики Казахстан –*  \n> *Министра финансов*  \n"
            "> *Республики Казахстан*  \n> *от «___» __________ 2019 года*  \n> *№ ____*\n\n## Категории "
            "налогоплательщиков – физических лиц, состоящих на регистрационном учете в качестве индивидуального "
            "предпринимателя или лица, занимающегося частной практикой, юридических лиц\n\n1 Индивидуальные "
            "предприниматели, в том числе крестьянские или фермерские хозяйства.\n\n2. Лица, занимающиеся частной "
            "практикой.\n\n3. Юридические лица, применяющие специальные налоговые режимы.\n\n"
            "4. Юридические лица, являющиеся субъектами игорного бизнеса.\n")
    d = doc_meta(text, "rus.md", "1447", "2019-12-31", "103002000000")
    units = {u.path: u for u in d.units}
    app = (("appendix", "1"),)
    assert units[app].heading.endswith("юридических лиц")
    assert units[app + (("point", "1"),)].text.startswith("Индивидуальные предприниматели")
    assert [p[-1][1] for p in units if p[:-1] == app and p[-1][0] == "point"] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("pre, name", [
    ("В соответствии со статьей 889 Кодекса Республики Казахстан об административных правонарушениях ПРИКАЗЫВАЮ:",
     "rus.md"),
    ("Қазақстан Республикасы әкімшілік құқық бұзушылық туралы кодексінің 889-бабына сәйкес БҰЙЫРАМЫН:", "kaz.md"),
])
def test_a_code_cited_by_its_title_unquoted_is_that_code(pre, name):
    """MinFin 2019 N 39's rules cite the Code of Administrative Offences as its title runs, unquoted: "статьей 889
    Кодекса Республики Казахстан об административных правонарушениях", "Қазақстан Республикасы әкімшілік құқық
    бұзушылық туралы кодексінің 889-бабына". In a preamble the Russian had given no basis at all, the Kazakh a code
    named "Қазақстан Республикасы кодексі"; both are the code of 2014 (in force on the act's day), its article 889."""
    head, point = (("# Қағидаларды бекіту туралы", "Қоса беріліп отырған Қағидалар бекітілсін.") if name == "kaz.md"
                   else ("# Об утверждении Правил", "Утвердить прилагаемые Правила."))
    d = doc_meta(f"{head}\n\n{pre}\n\n1. {point}\n\n**Министр**\n", name, "39", "2019-01-21", "103002000000")
    assert [(n, p) for n, (_, p) in zip(_law_nodes(d), d.act.based_on)] == [
        ("code/ob-administrativnykh-pravonarusheniiakh-2014-07-05", (("article", "889"),))]


def test_the_countrys_name_is_no_codes_name():
    """A Kazakh code cited by its title unquoted with the country's name between the title and "Кодексінің"
    ("Неке (ерлі-зайыптылық) және отбасы туралы Қазақстан Республикасы Кодексінің 5-бабына", the Marriage and Family
    Code as MinJust's civil-registration orders cite it) had stood on a code named "Қазақстан Республикасы кодексі",
    one node for every code so cited; it is the code its title names (laws.yaml), both languages one node, and a
    title laws.yaml does not list gives no basis rather than that one."""
    nodes = []
    for pre, name, head, point in (
            ("Неке (ерлі-зайыптылық) және отбасы туралы Қазақстан Республикасы Кодексінің 5-бабына сәйкес БҰЙЫРАМЫН:",
             "kaz.md", "# Қағидаларды бекіту туралы", "Қоса беріліп отырған Қағидалар бекітілсін."),
            ("В соответствии со статьей 5 Кодекса Республики Казахстан «О браке (супружестве) и семье» ПРИКАЗЫВАЮ:",
             "rus.md", "# Об утверждении Правил", "Утвердить прилагаемые Правила.")):
        d = doc_meta(f"{head}\n\n{pre}\n\n1. {point}\n\n**Министр**\n", name, "112", "2015-02-25", "103001000000")
        nodes.append([(n, p) for n, (_, p) in zip(_law_nodes(d), d.act.based_on)])
    assert nodes[0] == nodes[1] == [("code/o-brake-supruzhestve-i-seme", (("article", "5"),))]
    other = ("# Қағидаларды бекіту туралы\n\nҚазақстан Республикасындағы кеден ісі туралы Қазақстан Республикасы "
             "Кодексінің 5-бабына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n**Министр**\n")
    assert _law_nodes(doc_meta(other, "kaz.md", "112", "2015-02-25", "103001000000")) == []


def test_the_law_introducing_the_tax_code_of_2008_in_an_order_of_2015():
    """MinFin 2015 N 68 stands on article 32-2 of the law introducing the Tax Code of 2008, its Kazakh title in the
    genitive ("«Салық …» Қазақстан Республикасының кодексін (Салық кодексі) қолданысқа енгізу туралы» Қазақстан
    Республикасының Заңының 32-2-бабына"): the law of 2008 (in force on the order's day), the node the Russian title
    names; that spelling had been a node of its own words."""
    kk = ("# Қағидаларды бекіту туралы\n\n«Салық және бюджетке төленетін басқа да міндетті төлемдер туралы» Қазақстан "
          "Республикасының кодексін (Салық кодексі) қолданысқа енгізу туралы» Қазақстан Республикасының Заңының "
          "32-2-бабына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған қағидалар бекітілсін.\n\n**Министр**\n")
    ru = ("# Об утверждении Правил\n\nВ соответствии со статьей 32-2 Закона Республики Казахстан от 10 декабря 2008 года "
          "«О введении в действие Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет» "
          "(Налоговый кодекс)» ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**Министр**\n")
    nodes = [_law_nodes(doc_meta(t, n, "68", "2015-02-05", "103002000000")) for t, n in ((kk, "kaz.md"), (ru, "rus.md"))]
    assert nodes[0] == nodes[1] and len(nodes[0]) == 1 and nodes[0][0].endswith("-2008-12-10")


def test_the_law_on_enforcement_proceedings_of_2010_is_not_the_one_of_1998():
    """MinJust 2014 N 98 (rules on registering private bailiffs) stands on "подпунктом 11) статьи 167 Закона
    Республики Казахстан от 2 апреля 2010 года "Об исполнительном производстве и статусе судебных исполнителей"",
    the law of 2010; a law of that title had been passed on 30 June 1998, and an order of 1998 citing the title stands on
    that one. Each is its own node; a citation with no day is the law in force on the act's day."""
    ru = ("# Об утверждении Правил учетной регистрации частных судебных исполнителей\n\nВ соответствии с подпунктом 11) "
          "статьи 167 Закона Республики Казахстан от 2 апреля 2010 года \"Об исполнительном производстве и статусе "
          "судебных исполнителей\", ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила учетной регистрации частных "
          "судебных исполнителей.\n\n**И.о. Министра**\n\n**З. Баймолдина**\n")
    assert _law_nodes(doc_meta(ru, "rus.md", "98", "2014-03-07", "103001000000")) == [
        "law/ob-ispolnitelnom-proizvodstve-i-statuse-sudebnykh-ispolnitelei-2010-04-02"]
    undated = ru.replace("от 2 апреля 2010 года ", "")
    assert [_law_nodes(doc_meta(undated, "rus.md", "98", day, "103001000000"))[0].rsplit("-", 3)[1:]
            for day in ("1998-10-19", "2014-03-07")] == [["1998", "06", "30"], ["2010", "04", "02"]]


def test_a_notes_day_of_effect_after_the_latin_c_is_read():
    """MinJust 2020 N 32 (rules of the service "Аккредитация организаций по коллективному управлению правами"), as of
    2026: "Правила дополнены пунктом 8-1 в соответствии с приказом Министра юстиции РК от 08.05.2026 № 420 (вводится в
    действие c 12.07.2026)", the preposition typed with the Latin "c" its key shares. The amendment takes effect on
    12 July 2026; the day had not been read (the order's own rule, ten days after publication, would have been)."""
    text = ("# Об утверждении Правил\n\nВ соответствии с подпунктом 1) статьи 10 Закона Республики Казахстан «О "
            "государственных услугах» ПРИКАЗЫВАЮ:\n\n1. Утвердить Правила согласно приложению к настоящему приказу.\n\n"
            "**Министр юстиции Республики Казахстан**\n\n**М. Бекетаев**\n\n> *Приложение*  \n> *к приказу Министра "
            "юстиции*  \n> *Республики Казахстан*  \n> *от 19 марта 2020 года № 32*\n\n## Правила\n\n8. Работник "
            "услугодателя проверяет полноту представленных документов.\n\n8-1. Приостановление срока оказания "
            "государственной услуги начинается со дня направления уведомления услугополучателю.\n\n> *Сноска. Правила "
            "дополнены пунктом 8-1 в соответствии с приказом Министра юстиции РК от 08.05.2026 № 420 (вводится в "
            "действие c 12.07.2026).*\n")
    d = doc_meta(text, "rus.md", "32", "2020-03-19", "103001000000")
    assert [(a.effect, a.path[-1], a.since) for a in d.amendments] == [("Insertion", ("point", "8-1"), "2026-07-12")]


def test_a_forms_addressee_under_its_appendixs_note_is_the_forms_and_its_name_the_title():
    """MinJust 2020 N 32, appendix 1 to its rules (as of 2026): the stamp, the note "Приложение 1 в редакции …", "Форма",
    then the addressee in the form's corner over twelve lines ("Министерство юстиции" / "Республики Казахстан" / "____" /
    "(Фамилия, имя, отчество" / …), then "## Заявление, представляемое …". The appendix had no title and its corner
    was eleven paragraphs of text: the corner is the form's, the heading its title, and the note still its event."""
    corner = ["Министерство юстиции", "Республики Казахстан", "______________________________",
              "(Фамилия, имя, отчество", "(при его наличии", "(далее-Ф.И.О) руководителя)",
              "от:_________________________", "(должность, наименование", "организации Ф.И.О.руководителя)",
              "Реквизиты:_________________", "юридический адрес,", "контактный телефон"]
    text = ("# Об утверждении Правил\n\nВ соответствии с подпунктом 1) статьи 10 Закона Республики Казахстан «О "
            "государственных услугах» ПРИКАЗЫВАЮ:\n\n1. Утвердить Правила согласно приложению к настоящему приказу.\n\n"
            "**Министр юстиции Республики Казахстан**\n\n**М. Бекетаев**\n\n> *Приложение*  \n> *к приказу Министра "
            "юстиции*  \n> *Республики Казахстан*  \n> *от 19 марта 2020 года № 32*\n\n## Правила\n\n1. Государственная "
            "услуга оказывается Министерством юстиции Республики Казахстан.\n\n> *Приложение 1*  \n> *к Правилам оказания*"
            "  \n> *государственной услуги*  \n> *«Аккредитация организаций*  \n> *по коллективному управлению*  \n"
            "> *правами»*\n\n> *Сноска. Приложение 1 в редакции приказов Министра юстиции РК от 08.05.2026 № 420 (вводится "
            "в действие c 12.07.2026).*\n\n> *Форма*\n\n" + "  \n".join(f"> *{x}*" for x in corner) + "\n\n## Заявление, "
            "представляемое организацией по коллективному управлению правами для прохождения аккредитации\n\nСогласен на "
            "использование сведений, составляющих охраняемую Законом тайну.\n")
    d = doc_meta(text, "rus.md", "32", "2020-03-19", "103001000000")
    units = {u.path: u for u in d.units}
    form = (("appendix", "1"), ("appendix", "1"))
    assert units[form].heading.startswith("Заявление, представляемое организацией")
    assert units[form].text.split("\n") == [x for x in corner if x.strip("_")]  # (a bare blank is no line of text)
    assert [u.path[-1][0] for u in d.units if u.path[:2] == form and len(u.path) == 3] == ["textparagraph"]
    assert [(a.effect, a.path) for a in d.amendments] == [("Substitution", form)]
    assert not d.unparsed


_CERTIFICATE_RU = ("## Министерство юстиции Республики Казахстан\n\n## «___»__________20___ года № ____\n\n## СВИДЕТЕЛЬСТВО\n\n"
                   "об аккредитации организациий по коллективному управлению правами\n\nНастоящее свидетельство "
                   "удостоверяет, что организация по коллективному управлению\n\nСвидетельство об аккредитации выдано "
                   "сроком на три года,\n")
_CERTIFICATE_KK = ("## Қазақстан Республикасының Әділет министрлігі\n\n## 20___ жылғы «___»__________ № ____\n\n## "
                   "Құқықтарды ұжымдық басқару жөніндегі ұйымдарды аккредиттеу туралы\n\n## КУӘЛІГІ\n\n"
                   "______________________________________________________________________________\n\n(Құқықтарды "
                   "ұжымдық басқару жөніндегі ұйымдардың толық атауы) келесі сала бойынша\n\nАккредиттеу туралы куәлік "
                   "үш жыл мерзімге берілді.\n")


@pytest.mark.parametrize("name, stamp, note, form, title", [
    ("rus.md", "> *Приложение 4*  \n> *к Правилам оказания*  \n> *государственной услуги*",
     "> *Сноска. Приложение 4 в редакции приказа Министра юстиции РК от 28.01.2026 № 84 (вводится в действие по "
     "истечении десяти календарных дней после дня его первого официального опубликования).*\n\n", _CERTIFICATE_RU,
     "СВИДЕТЕЛЬСТВО об аккредитации организациий по коллективному управлению правами"),
    ("rus.md", "> *Приложение 4*  \n> *к Правилам оказания*  \n> *государственной услуги*", "", _CERTIFICATE_RU,
     "СВИДЕТЕЛЬСТВО об аккредитации организациий по коллективному управлению правами"),
    ("kaz.md", "> *«Құқықтарды ұжымдық басқару жөніндегі ұйымдарды аккредиттеу» мемлекеттік қызметін көрсету "
     "қағидаларына*  \n> *4-қосымша*",
     "> *Ескерту. 4-қосымша жаңа редакцияда - ҚР Әділет министрінің 28.01.2026 № 84 (алғашқы ресми жарияланған "
     "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.*\n\n", _CERTIFICATE_KK,
     "Құқықтарды ұжымдық басқару жөніндегі ұйымдарды аккредиттеу туралы КУӘЛІГІ"),
])
def test_a_certificates_name_under_its_issuer_and_blank_day_is_its_title(name, stamp, note, form, title):
    """MinJust 2020 N 32, appendix 4 to its rules: a certificate whose head is set as headings, the body issuing it, its
    blank day and number, then its name ("## Министерство юстиции Республики Казахстан" / '## «___»____20___ года №
    ____' / "## СВИДЕТЕЛЬСТВО" / "об аккредитации …"; in Kazakh the name over two headings). The appendix had been
    titled by the ministry's name and its name read as paragraphs of text; the head is the form's."""
    head = ("# Об утверждении Правил\n\nВ соответствии с подпунктом 1) статьи 10 Закона Республики Казахстан «О "
            "государственных услугах» ПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n**Министр**\n\n**М. Бекетаев**\n\n"
            "> *Приложение*  \n> *к приказу Министра юстиции*  \n> *Республики Казахстан*  \n> *от 19 марта 2020 года "
            "№ 32*\n\n## Правила\n\n1. Государственная услуга оказывается Министерством юстиции.\n\n")
    d = doc_meta(f"{head}{stamp}\n\n{note}{form}", name, "32", "2020-03-19", "103001000000")
    units = {u.path: u for u in d.units}
    cert = (("appendix", "1"), ("appendix", "4"))
    assert units[cert].heading == title
    assert units[cert].text.split("\n")[0].endswith("Әділет министрлігі") or units[cert].text.startswith(
        "Министерство юстиции")
    assert not any(u.text and ("СВИДЕТЕЛЬСТВО" in u.text or "КУӘЛІГІ" in u.text) for p, u in units.items()
                   if len(p) == 3)
    assert len([a for a in d.amendments if a.path == cert]) == (1 if note else 0)


# --- citations in the units' words ---------------------------------------------------------------------------------


_RULES_98 = ("# Об утверждении Правил учетной регистрации частных судебных исполнителей\n\nВ соответствии с подпунктом "
             "11) статьи 167 Закона Республики Казахстан от 2 апреля 2010 года \"Об исполнительном производстве и "
             "статусе судебных исполнителей\", ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила учетной регистрации "
             "частных судебных исполнителей.\n\n**И.о. Министра**\n\n**З. Баймолдина**\n\n> *Утверждены*  \n"
             "> *приказом исполняющего обязанности Министра юстиции*  \n> *Республики Казахстан*  \n> *от 7 марта 2014 "
             "года № 98*\n\n## Правила учетной регистрации частных судебных исполнителей\n\n{note}1. Правила учетной "
             "регистрации частных судебных исполнителей (далее - Правила) разработаны в соответствии с подпунктом 11) "
             "статьи 167 Закона Республики Казахстан от 2 апреля 2010 года «Об исполнительном производстве и статусе "
             "судебных исполнителей» и определяют порядок учетной регистрации частных судебных исполнителей.\n\n"
             "5. Книга ведется в территориальном органе.\n\n6. Работник территориального органа руководствуется "
             "статьей 139 Трудового кодекса Республики Казахстан и приказом исполняющего обязанности Министра "
             "транспорта и коммуникаций Республики Казахстан от 14 июня 2013 года № 452 «Об утверждении Правил внесения "
             "данных в информационную систему мониторинга оказания государственных услуг о стадии оказания "
             "государственной услуги».\n")


def test_a_units_words_citing_a_law_or_an_order_are_its_citations():
    """The rules of MinJust 2014 N 98 say in their point 1 that they were drafted "в соответствии с подпунктом 11)
    статьи 167 Закона Республики Казахстан от 2 апреля 2010 года «Об исполнительном производстве …»"; service rules
    of 2020 send the reader to "приказом исполняющего обязанности Министра транспорта и коммуникаций … от 14 июня 2013
    года № 452 «Об утверждении Правил …»", and to a code by its name. Each unit cites the acts (and their units) its
    words name, read as a preamble's basis is; a unit that names none cites none. The graph has them as eli:cites."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    d = doc_meta(_RULES_98.format(note=""), "rus.md", "98", "2014-03-07", "103001000000")
    got = {(c.unit, c.act.kind, c.act.number, c.act.date, c.path) for c in d.citations}
    rules = (("appendix", "1"),)
    assert got == {
        (rules + (("point", "1"),), "law", None, "2010-04-02", (("article", "167"), ("subpoint", "11"))),
        (rules + (("point", "6"),), "code", None, "2007-05-15", (("article", "139"),)),
        (rules + (("point", "6"),), "order", "452", "2013-06-14", ())}
    order = next(c.act for c in d.citations if c.act.kind == "order")
    assert order.issuer is not None and order.issuer.key != d.act.ref.issuer.key
    m = Minter(DEFAULT_BASE)
    _, quads = document_quads(d, m)
    cites = {(q.subject.value.removeprefix(m.base), q.object.value.removeprefix(m.base)) for q in quads
             if q.predicate.value == "http://data.europa.eu/eli/ontology#cites"}
    law = "law/ob-ispolnitelnom-proizvodstve-i-statuse-sudebnykh-ispolnitelei-2010-04-02"
    assert (m.unit(d.act.ref, rules + (("point", "1"),)).removeprefix(m.base),
            f"{law}/art/167/sp/11") in cites
    assert len(cites) == 3 and {s.rsplit("/", 1)[1] for s, _ in cites} == {"1", "6"}


def test_a_law_a_unit_cites_with_no_day_is_the_one_in_force_when_the_unit_was_worded():
    """A code cited by its name with no day ("статьей 139 Трудового кодекса Республики Казахстан") in a point of rules
    of 2014 is the Labour Code of 2007; the same point set out anew by an order of 2018 ("Правила в редакции приказа
    Министра юстиции РК от 25.12.2018 № 1622", MinJust 2014 N 98) is worded in 2018: the code of 2015."""
    note = ("> *Сноска. Правила в редакции приказа Министра юстиции РК от 25.12.2018 № 1622 (вводится в действие по "
            "истечении десяти календарных дней после дня его первого официального опубликования).*\n\n")
    codes = []
    for text in (_RULES_98.format(note=""), _RULES_98.format(note=note)):
        d = doc_meta(text, "rus.md", "98", "2014-03-07", "103001000000")
        codes.append([c.act.date for c in d.citations if c.act.kind == "code"])
    assert codes == [["2007-05-15"], ["2015-11-23"]]


def test_the_newspaper_zan_gazeti_is_no_law():
    """MVD 2014 N 859 lists the orders it repeals with where each was published: '… № 309 бұйрығы (… № 5776 тіркелген,
    «Заң газетінде» 2009 жылғы 25 қыркүйектегі № 146 (1743) санында; …)'. The words between one quote and the
    newspaper's name had been read as the title of a law ("Заң" its kind) that the item cited."""
    text = ("# Бұйрықтардың күші жойылды деп тану туралы\n\nБҰЙЫРАМЫН:\n\n1. Мыналардың күші жойылды деп танылсын:\n\n"
            "1) «Қару туралы» Қазақстан Республикасы Ішкі істер министрінің 2009 жылғы 12 тамыздағы № 309 бұйрығы "
            "(Қазақстан Республикасының Әділет министрлігінде 2009 жылғы 9 қыркүйекте № 5776 тіркелген, «Заң газетінде» "
            "2009 жылғы 25 қыркүйектегі № 146 (1743) санында;«Заң газеті» 2009 жылғы 25 қыркүйектегі жарияланған).\n\n"
            "**Министр**\n")
    d = doc_meta(text, "kaz.md", "859", "2014-12-29", "103003000000")
    assert [(c.act.kind, c.act.number) for c in d.citations] == [("order", "309")]


def test_a_laws_short_name_in_brackets_does_not_part_it_from_its_units():
    """MinJust 2012's requirements for a notary's premises: "Осы Нотариустың үй-жайына қойылатын талаптар … Қазақстан
    Республикасының "Нотариат туралы" Заңының (бұдан әрі - Заң) 15-бабының 4-тармағына және 21-бабының 2-тармағына
    сәйкес әзірленді" (the bundled rules of MLSP 2023 N 399 write "Заңының (бұдан әрі – Заң) 5-бабы 6-тармағына"). The
    law's short name in brackets had ended the words its units are read from: the law was cited with none."""
    text = ("# Нотариустың үй-жайына қойылатын талаптарды бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған "
            "Талаптар бекітілсін.\n\n**Министр**\n\n> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2012 "
            "жылғы 31 қаңтардағы № 31 бұйрығымен*  \n> *бекітілген*\n\n## Нотариустың үй-жайына қойылатын талаптар\n\n"
            "1. Осы Нотариустың үй-жайына қойылатын талаптар (бұдан әрі - Талаптар) Қазақстан Республикасының \"Нотариат "
            "туралы\" Заңының (бұдан әрі - Заң) 15-бабының 4-тармағына және 21-бабының 2-тармағына сәйкес әзірленді.\n")
    d = doc_meta(text, "kaz.md", "31", "2012-01-31", "103001000000")
    assert [(c.act.title, c.path) for c in d.citations] == [("Нотариат туралы", (("article", "15"), ("point", "4"))),
                                                             ("Нотариат туралы", (("article", "21"), ("point", "2")))]


def test_the_texts_own_units_are_no_units_of_the_law_cited_beside_them():
    """MVD 2019's criteria for centres (N 133065 on the portal), point 4: "В случаях не соответствии требованиям
    пунктов 2 и 3 настоящих критериев вопрос прекращения деятельности Центров осуществляется в соответствии со статьей
    49 Гражданского кодекса Республики Казахстан." The point cites article 49 of the Civil Code; "пунктов 2 и 3
    настоящих критериев" are the criteria's own points (the citation had been article 49, point 2). Likewise in Kazakh
    the units after "осы Қағидалардың" are the rules' own."""
    ru = ("# Об утверждении критериев\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые критерии.\n\n**Министр**\n\n"
          "> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 27 июня 2019 года "
          "№ 580*\n\n## Критерии\n\n4. В случаях не соответствии требованиям пунктов 2 и 3 настоящих критериев вопрос "
          "прекращения деятельности Центров осуществляется в соответствии со статьей 49 Гражданского кодекса "
          "Республики Казахстан.\n")
    d = doc_meta(ru, "rus.md", "580", "2019-06-27", "103003000000")
    assert [(c.act.kind, c.path) for c in d.citations] == [("code", (("article", "49"),))]
    kk = ("# Қағидаларды бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n**Министр**\n\n"
          "> *Қазақстан Республикасы*  \n> *Әділет министрінің*  \n> *2012 жылғы 31 қаңтардағы № 31 бұйрығымен*  \n"
          "> *бекітілген*\n\n## Қағидалар\n\n5. \"Нотариат туралы\" Қазақстан Республикасы Заңының 15-бабына сәйкес, осы "
          "Қағидалардың 3-тармағында көрсетілген құжаттар қабылданады.\n")
    d = doc_meta(kk, "kaz.md", "31", "2012-01-31", "103001000000")
    assert [(c.act.title, c.path) for c in d.citations] == [("Нотариат туралы", (("article", "15"),))]


def test_a_law_named_in_both_languages_is_one_law():
    """MVD 2015 (N 99974 on the portal) stands on "статьей 4 Закона Республики Казахстан «О правовом положении
    иностранцев»", in Kazakh "«Шетелдiктердiң құқықтық жағдайы туралы» Қазақстан Республикасы Заңының 4-бабына": one
    law (laws.yaml), as are the other laws the texts of rounds one to six cite in both languages (local government,
    public councils, credit bureaus, the state protection of persons in a criminal process, the status of servicemen,
    the health of citizens of 1997); each had been two nodes, one a language, and the kk and ru citations disagreed."""
    ru = ("# Об утверждении Правил\n\nВ соответствии со статьей 30 Закона Республики Казахстан «О гражданстве Республики "
          "Казахстан», статьей 4 Закона Республики Казахстан «О правовом положении иностранцев» ПРИКАЗЫВАЮ:\n\n"
          "1. Утвердить прилагаемые Правила.\n\n**Министр**\n")
    kk = ("# Қағидаларды бекіту туралы\n\n«Қазақстан Республикасының азаматтығы туралы» Қазақстан Республикасы Заңының "
          "30-бабына, «Шетелдiктердiң құқықтық жағдайы туралы» Қазақстан Республикасы Заңының 4-бабына сәйкес "
          "БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n**Министр**\n")
    got = [[(n, p) for n, (_, p) in zip(_law_nodes(d), d.act.based_on)]
           for d in (doc_meta(ru, "rus.md", "1", "2015-01-05", "103003000000"),
                     doc_meta(kk, "kaz.md", "1", "2015-01-05", "103003000000"))]
    assert got[0] == got[1]
    assert ("law/o-pravovom-polozhenii-inostrantsev", (("article", "4"),)) in got[0]


@pytest.mark.parametrize("name, first, third", [
    ("rus.md", "1. Настоящие Требования к помещению нотариуса (далее - Требования) разработаны в соответствии с пунктом "
     "4 статьи 15 и пункта 2 статьи 21 Закона Республики Казахстан «О нотариате» (далее - Закон).",
     "3. Нотариус имеет одно помещение для осуществления нотариальной деятельности.\n\nВ одном помещении могут работать "
     "один или несколько нотариусов в случае соблюдения ими требований пункта 4 статьи 15 Закона и Требований."),
    ("kaz.md", "1. Осы Нотариустың үй-жайына қойылатын талаптар (бұдан әрі - Талаптар) Қазақстан Республикасының "
     "«Нотариат туралы» Заңының (бұдан әрі - Заң) 15-бабының 4-тармағына және 21-бабының 2-тармағына сәйкес әзірленді.",
     "3. Нотариустың нотариаттық қызметті жүзеге асыратын бір ғана үй-жайы болады.\n\nБір үй-жайда бір немесе олар "
     "Заңның 15-бабы 4-тармағына талаптарын және осы Талаптарды сақтаған жағдайда бірнеше нотариустар жұмыс істей алады."),
])
def test_a_law_cited_by_the_short_name_its_citation_gave_it(name, first, third):
    """MinJust 2012 N 31 (requirements for a notary's premises): point 1 cites the law on notaries and names it "(далее
    - Закон)", "(бұдан әрі - Заң)"; point 3 then cites "пункта 4 статьи 15 Закона", "Заңның 15-бабы 4-тармағына", the
    same law's article 15, point 4, by that short name (as MinJust 2014 N 398's instruction cites "статьей 741
    Кодекса" after "… «Об административных правонарушениях» (далее - Кодекс)"). Both languages, one law and one unit."""
    from kg.iri import DEFAULT_BASE, Minter

    head = ("# Об утверждении Требований\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Требования.\n\n**Министр**\n\n"
            "> *Утверждены приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n> *от 31 января 2012 года "
            "№ 31*\n\n## Требования\n\n")
    d = doc_meta(f"{head}{first}\n\n{third}\n", name, "31", "2012-01-31", "103001000000")
    m = Minter(DEFAULT_BASE)
    got = [(c.unit[-1], m.unit(c.act, c.path).removeprefix(m.base)) for c in d.citations]
    assert got == [(("point", "1"), "law/o-notariate/art/15/p/4"), (("point", "1"), "law/o-notariate/art/21/p/2"),
                   (("part", "2"), "law/o-notariate/art/15/p/4")]


def test_a_short_name_is_not_read_into_another_laws_own_citation():
    """MVD 2015 (N 99974 on the portal), point 1 of its rules: "… в соответствии со статьей 30 Закона Республики
    Казахстан «О гражданстве Республики Казахстан» (далее Закон), статьей 4 Закона Республики Казахстан «О правовом
    положении иностранцев»". "Закон" names the law on citizenship from there on, but "статьей 4 Закона Республики
    Казахстан «О правовом положении иностранцев»" is another law's own citation, not article 4 of the law on
    citizenship."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**Министр**\n\n"
            "> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n> *от 5 января 2015 "
            "года № 1*\n\n## Правила\n\n1. Настоящие Правила (далее - Правила) разработаны в соответствии со статьей 30 "
            "Закона Республики Казахстан «О гражданстве Республики Казахстан» (далее Закон), статьей 4 Закона Республики "
            "Казахстан «О правовом положении иностранцев» и определяют порядок приема ходатайств.\n\n2. Ходатайства "
            "рассматриваются в сроки, установленные статьей 31 Закона.\n")
    d = doc_meta(text, "rus.md", "1", "2015-01-05", "103003000000")
    m = Minter(DEFAULT_BASE)
    assert [(c.unit[-1][1], m.unit(c.act, c.path).removeprefix(m.base)) for c in d.citations] == [
        ("1", "law/o-grazhdanstve-respubliki-kazakhstan/art/30"), ("1", "law/o-pravovom-polozhenii-inostrantsev/art/4"),
        ("2", "law/o-grazhdanstve-respubliki-kazakhstan/art/31")]


def test_a_provision_cites_every_unit_it_lists():
    """MinJust 2014 N 398, its instruction's point 4: protocols are drawn up "по делам об административных
    правонарушениях, рассматриваемым судами (статьи 158, 214, 462, 467, 668 Кодекса)", the code named "(далее -
    Кодекс)" in point 3; MinJust 2012 N 31's requirements cite "пунктом 4 статьи 15 и пункта 2 статьи 21 Закона
    Республики Казахстан «О нотариате»". A provision cites each unit it lists (a preamble's basis is its first)."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Об утверждении Инструкции\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемую Инструкцию.\n\n**Министр**\n\n"
            "> *Утверждена приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n> *от 30 декабря 2014 года "
            "№ 398*\n\n## Инструкция\n\n3. Инструкция разработана в соответствии с Кодексом Республики Казахстан от 5 "
            "июля 2014 года \"Об административных правонарушениях\" (далее - Кодекс).\n\n4. Протоколы об "
            "административных правонарушениях составляются уполномоченными на то должностными лицами органов юстиции по "
            "делам об административных правонарушениях, рассматриваемым судами (статьи 158, 214, 462, 467, 668 "
            "Кодекса).\n\n5. Помещение нотариуса отвечает требованиям пунктом 4 статьи 15 и пункта 2 статьи 21 Закона "
            "Республики Казахстан «О нотариате».\n")
    d = doc_meta(text, "rus.md", "398", "2014-12-30", "103001000000")
    m = Minter(DEFAULT_BASE)
    by_point: dict = {}
    for c in d.citations:
        by_point.setdefault(c.unit[-1][1], []).append(m.unit(c.act, c.path).removeprefix(m.base))
    code = "code/ob-administrativnykh-pravonarusheniiakh-2014-07-05"
    assert by_point["4"] == [f"{code}/art/{n}" for n in ("158", "214", "462", "467", "668")]
    assert by_point["5"] == ["law/o-notariate/art/15/p/4", "law/o-notariate/art/21/p/2"]
    assert by_point["3"] == [code]


def test_another_documents_units_named_before_a_law_are_not_the_laws():
    """MinJust 2017 N 336 (rules of attestation of forensic experts, as of 2020), point 10: "Основания для
    мотивированного отказа приведены в пунктах 9 Стандарта 1 и Стандарта 2 государственных услуг в соответствии с
    пунктом 2 статьи 19-1 Закона «О государственных услугах»". Point 9 is the standard's; the law's is article 19-1,
    point 2 (it had cited point 9 of the law as well)."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Об утверждении Правил аттестации судебных экспертов\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n**Министр**"
            "\n\n> *Утверждены приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n> *от 30 марта 2017 года "
            "№ 336*\n\n## Правила аттестации судебных экспертов\n\n10. Услугодатель в день поступления документов "
            "осуществляет их прием и регистрацию.\n\n    Основания для мотивированного отказа приведены в пунктах 9 "
            "Стандарта 1 и Стандарта 2 государственных услуг в соответствии с пунктом 2 статьи 19-1 Закона «О "
            "государственных услугах».\n")
    d = doc_meta(text, "rus.md", "336", "2017-03-30", "103001000000")
    m = Minter(DEFAULT_BASE)
    assert [m.unit(c.act, c.path).removeprefix(m.base) for c in d.citations] == [
        "law/o-gosudarstvennykh-uslugakh/art/19-1/p/2"]


def test_a_quote_strayed_after_a_preamble_is_no_title_quoting_a_law():
    """MinJust 2017 N 336 in Kazakh stands on two laws, and a closing quote strayed after its basis: '«Сот сараптамасы
    қызметі туралы» Қазақстан Республикасының Заңы 12-бабының 18) тармақшасына және 2013 жылғы 15 сәуірдегі
    «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 10-бабы 1) тармақшасына сәйкес»
    БҰЙЫРАМЫН'. It had been read as a title quoting the second law ("«Мемлекеттік … туралы» … сәйкес»", as "«Салық …
    туралы» … қолданысқа енгізу туралы»" is), and the second law lost; a title ends as titles do, "… туралы". Its
    Russian text stands on the same two laws, one node each (laws.yaml)."""
    kk = ("# Сот сарапшыларын аттестаттау қағидаларын бекіту туралы\n\n«Сот сараптамасы қызметі туралы» Қазақстан "
          "Республикасының Заңы 12-бабының 18) тармақшасына және 2013 жылғы 15 сәуірдегі «Мемлекеттік көрсетілетін "
          "қызметтер туралы» Қазақстан Республикасы Заңының 10-бабы 1) тармақшасына сәйкес» БҰЙЫРАМЫН:\n\n1. Осы "
          "бұйрыққа 1-қосымшаға сәйкес Сот сарапшыларын аттестаттау қағидалары бекітілсін.\n\n**Министр**\n")
    ru = ("# Об утверждении Правил аттестации судебных экспертов\n\nВ соответствии с подпунктом 18) статьи 12 Закона "
          "Республики Казахстан «О судебно-экспертной деятельности» и подпунктом 1) статьи 10 Закона Республики "
          "Казахстан от 15 апреля 2013 года «О государственных услугах» ПРИКАЗЫВАЮ:\n\n1. Утвердить Правила аттестации "
          "судебных экспертов согласно приложению 1 к настоящему приказу;\n\n**Министр**\n")
    got = [[(n, p) for n, (_, p) in zip(_law_nodes(d), d.act.based_on)]
           for d in (doc_meta(kk, "kaz.md", "336", "2017-03-30", "103001000000"),
                     doc_meta(ru, "rus.md", "336", "2017-03-30", "103001000000"))]
    assert got[0] == got[1] == [("law/o-sudebno-ekspertnoi-deiatelnosti", (("article", "12"), ("subpoint", "18"))),
                                ("law/o-gosudarstvennykh-uslugakh", (("article", "10"), ("subpoint", "1")))]


def test_a_law_a_provision_cites_an_article_of_is_not_cited_whole_again():
    """MinJust 2017 N 336's rules, point 1: "… подпунктом 1) статьи 10 Закона Республики Казахстан от 15 апреля 2013 года
    «О государственных услугах» (далее - Закон «О государственных услугах»)", the law named again, whole, in its
    bracket (in Kazakh "… Заңының (бұдан әрі - «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы
    Заңы) 10-бабы 1) тармақшасына"). The point cites the law's article 10, subpoint 1; the law whole is no second
    citation of it."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Об утверждении Правил аттестации судебных экспертов\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n**Министр**"
            "\n\n> *Утверждены приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n> *от 30 марта 2017 года "
            "№ 336*\n\n## Правила аттестации судебных экспертов\n\n1. Настоящие Правила аттестации судебных экспертов "
            "(далее – Правила) разработаны в соответствии с подпунктом 18) статьи 12 Закона Республики Казахстан от 10 "
            "февраля 2017 года «О судебно-экспертной деятельности» (далее - Закон) и с подпунктом 1) статьи 10 Закона "
            "Республики Казахстан от 15 апреля 2013 года «О государственных услугах» (далее - Закон «О государственных "
            "услугах») и определяют порядок оказания государственных услуг.\n")
    d = doc_meta(text, "rus.md", "336", "2017-03-30", "103001000000")
    m = Minter(DEFAULT_BASE)
    assert [m.unit(c.act, c.path).removeprefix(m.base) for c in d.citations] == [
        "law/o-sudebno-ekspertnoi-deiatelnosti/art/12/sp/18", "law/o-gosudarstvennykh-uslugakh/art/10/sp/1"]


def test_a_stamp_broken_after_its_preposition_names_the_rules_not_the_appendix():
    """MinFin 2021 N 574 (typical rules of external quality control of audit organisations, as of 2025): the appendix a
    note added to the rules is stamped "Приложение к" / "Типовым правилам проведения" / "внешнего контроля качества" /
    … / "организаций", its table right under the note. The lines after "к" name the rules it is an appendix to; they
    had been read as the appendix's title ("Типовым правилам проведения …", in the dative)."""
    text = ("# Об утверждении Типовых правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Типовые правила.\n\n**Министр**"
            "\n\n> *Утверждены приказом*  \n> *Министра финансов*  \n> *Республики Казахстан*  \n> *от 16 июня 2021 года "
            "№ 574*\n\n## Типовые правила проведения внешнего контроля качества аудиторских организаций\n\n1. Настоящие "
            "типовые правила определяют порядок проведения внешнего контроля качества.\n\n> *Приложение к*  \n> "
            "*Типовым правилам проведения*  \n> *внешнего контроля качества*  \n> *аудиторских организаций,*  \n> *в том "
            "числе критерии проверок*  \n> *аудиторских и профессиональных*  \n> *организаций*\n\n> *Сноска. Типовые "
            "правила дополнены приложением в соответствии с приказом Министра финансов РК от 12.03.2025 № 117 (вводится "
            "в действие по истечении десяти календарных дней после дня его первого официального опубликования).*\n\n"
            "<table>\n<tr>\n<td>№</td>\n<td>Формулировка оценки</td>\n<td>Оценка</td>\n</tr>\n<tr>\n<td>1.</td>\n<td>"
            "Аудиторская организация нарушила требования МСА и КЭ</td>\n<td>2</td>\n</tr>\n</table>\n")
    from kg.normalise import html_to_text

    d = doc_meta(html_to_text(text), "rus.md", "574", "2021-06-16", "103002000000")
    units = {u.path: u for u in d.units}
    appendix = (("appendix", "1"), ("appendix", "1"))
    assert units[appendix].heading is None
    assert appendix + (("table", "1"),) in units
    assert [(a.effect, a.path) for a in d.amendments] == [("Insertion", appendix)]
    assert not d.unparsed


def test_the_administrative_procedural_code_cited_by_its_name_is_one_code_in_both_languages():
    """MinJust 2024 N 697 (rules of simplified enforcement proceedings), the forms of its decisions: "Постановление …
    может быть обжаловано в соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан"
    (in Kazakh "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне сәйкес"). The code's name is two
    words, the second hyphenated; it had not been read as a code, and the provision cited nothing."""
    from kg.iri import DEFAULT_BASE, Minter

    head = ("# Об утверждении Правил осуществления упрощенного производства\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n"
            "**Министр**\n\n> *Утверждены приказом*  \n> *Министра юстиции*  \n> *Республики Казахстан*  \n> *от 16 "
            "августа 2024 года № 697*\n\n## Правила осуществления упрощенного производства\n\n")
    ru = head + ("5. Постановление вступает в силу со дня его вынесения и может быть обжаловано в соответствии с "
                 "Административным процедурно-процессуальным кодексом Республики Казахстан.\n\n6. Жалоба рассматривается "
                 "в порядке, установленном статьей 91 Административного процедурно-процессуального кодекса Республики "
                 "Казахстан.\n")
    kk = head + ("5. Қаулы шығарылған күнінен бастап күшіне енеді және Қазақстан Республикасының Әкімшілік "
                 "рәсімдік-процестік кодексіне сәйкес шағымдалуы мүмкін.\n")
    m = Minter(DEFAULT_BASE)
    got = [[(c.unit[-1], m.unit(c.act, c.path).removeprefix(m.base)) for c in doc_meta(
        text, name, "697", "2024-08-16", "103001000000").citations] for text, name in ((ru, "rus.md"), (kk, "kaz.md"))]
    code = "code/administrativnyi-protsedurno-protsessualnyi-kodeks"
    assert got[0] == [(("point", "5"), code), (("point", "6"), code + "/art/91")]
    assert got[1] == [(("point", "5"), code)]


def test_a_kazakh_code_named_in_brackets_after_its_title_keeps_its_units():
    """MinFin 2013 N 313 (the form of information from auction organisers): '«Салық және бюджетке төленетiн басқа да
    мiндеттi төлемдер туралы» (Салық кодексi) Қазақстан Республикасының 2008 жылғы 10 желтоқсандағы Кодексінің 468-бабы
    2-тармағына сәйкес'. The code's name in brackets stands between its title and its day; the code had been read from
    the bracket alone, its article lost, and its day not said (the Tax Code of 2008, article 468, point 2)."""
    text = ("# Аукцион өткізушілердің ақпаратты ұсыну нысанын бекіту туралы\n\n«Салық және бюджетке төленетiн басқа да "
            "мiндеттi төлемдер туралы» (Салық кодексi) Қазақстан Республикасының 2008 жылғы 10 желтоқсандағы Кодексінің "
            "468-бабы 2-тармағына сәйкес және «Мемлекеттік статистика туралы» Қазақстан Республикасының 2010 жылғы 19 "
            "наурыздағы Заңының 16-бабы 3-тармағының 2) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Нысан бекітілсін.\n\n"
            "**Министр**\n")
    d = doc_meta(text, "kaz.md", "313", "2013-07-10", "103002000000")
    assert _law_nodes(d) == ["code/o-nalogakh-i-drugikh-obiazatelnykh-platezhakh-v-biudzhet-2008-12-10",
                             "law/o-gosudarstvennoi-statistike"]
    assert [p for _, p in d.act.based_on] == [(("article", "468"), ("point", "2")),
                                              (("article", "16"), ("point", "3"), ("subpoint", "2"))]


def test_an_act_whose_requisites_say_it_ceased_is_no_longer_in_force():
    """MinFin 2000 N 533 set the accounting period of the budget of 2000; its requisites end "Приказ прекратил действие
    (временный характер)": a temporary act whose time ran out, no act repealing it. It had stayed in force in the
    graph (only "Утратил силу" and "Отменен" ended an act)."""
    from kg.iri import DEFAULT_BASE, Minter
    from kg.rdf import document_quads

    text = ("# 2000 жылға арналған Есептеу кезеңінің ұзақтығын белгілеу туралы\n\nБұйырамын:\n\n1. 2000 жылға арналған "
            "Есептеу кезеңінің ұзақтығы белгіленсін.\n\n**Министрдің міндетін атқарушы**\n")
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 13 декабря 2000 года № 533. Зарегистрирован в "
                       "Министерстве юстиции Республики Казахстан 13 декабря 2000 года № 1327. Приказ прекратил действие "
                       "(временный характер)", "103002000000")
    d = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    assert (d.act.ref.number, d.act.ref.registration, d.act.status) == ("533", "1327", "repealed")
    assert not [a for a in d.amendments if a.effect == "Repeal"]  # no act repealed it
    _, quads = document_quads(d, Minter(DEFAULT_BASE))
    states = {q.object.value for q in quads if q.predicate.value.endswith("/eli/ontology#in_force")}
    assert states == {"http://data.europa.eu/eli/ontology#InForce-notInForce"}


@pytest.mark.parametrize("text, name, number, path", [
    # MinFin 2021 N 574: the regulation on the ministry, approved by resolution N 387, its point 15, subpoint 161
    ("В соответствии с подпунктом 1-4) статьи 7 Закона Республики Казахстан «Об аудиторской деятельности» и подпунктом "
     "161) пункта 15 Положения о Министерстве финансов Республики Казахстан, утвержденного постановлением Правительства "
     "Республики Казахстан от 24 апреля 2008 года № 387, ПРИКАЗЫВАЮ:", "rus.md", "387",
     (("appendix", "1"), ("point", "15"), ("subpoint", "161"))),
    # MinFin 2021 N 136: the rules' name with commas in it ("… области, города республиканского значения, столицы")
    ("В соответствии со статьей 212 Бюджетного кодекса Республики Казахстан от 4 декабря 2008 года и пунктом 8 Правил "
     "выпуска ценных бумаг для обращения на внутреннем рынке местным исполнительным органом области, города "
     "республиканского значения, столицы, утвержденных постановлением Правительства Республики Казахстан от 2 октября "
     "2009 года № 1520, ПРИКАЗЫВАЮ:", "rus.md", "1520", (("appendix", "1"), ("point", "8"))),
    # MinFin 2007 (real sample): in Kazakh the units after the document's name, its name opening with a capital
    ("Қазақстан Республикасы Үкіметінің 2007 жылғы 20 наурыздағы N 225 қаулысымен бекітілген Республикалық және "
     "жергiлiктi бюджеттердiң атқарылу ережесiнің 264-тармағын орындау мақсатында БҰЙЫРАМЫН:", "kaz.md", "225",
     (("appendix", "1"), ("point", "264"))),
    # the units before an act's word are that act's, the document approved named after them has none said
    ("В соответствии со статьями 9-1, 15-2 Закона Республики Казахстан «Об административных процедурах» и Стандартом "
     "государственной услуги, утвержденным постановлением Правительства Республики Казахстан от 14 декабря 2009 года "
     "№ 2102, ПРИКАЗЫВАЮ:", "rus.md", "2102", ()),
])
def test_the_units_of_a_document_an_act_approved_are_its_appendix_s(text, name, number, path):
    """A preamble that stands on a unit of rules (a regulation, a standard) another act approved — "пунктом 8 Правил …,
    утвержденных постановлением … № 1520", "… N 225 қаулысымен бекітілген … ережесiнің 264-тармағын" — stands on that
    unit of the act's appendix, as an amendment of those rules changes it (appendix 1); it had stood on the act whole."""
    d = doc_meta(_approving_order(text, name), name, "1", "2021-01-01", "103002000000")
    assert [units for ref, units in d.act.based_on if ref.number == number] == [path]


def test_a_russian_code_laws_yaml_lists_is_cited_by_its_name_without_the_country_s():
    """MinFin 2025 N 560 (the consultative council on horizontal monitoring): its regulation names the code once in full,
    "статьи 148 Налогового кодекса Республики Казахстан (далее – Налоговый кодекс)", then "в соответствии с пунктом 6
    статьи 148 Налогового кодекса". A code's name with no country after it had cited nothing in Russian (the Kazakh
    "Салық кодексінің 86-бабында" did); it does for a code laws.yaml lists, not for any adjective before "кодекс"
    ("Этического кодекса", a code of conduct)."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Об утверждении Положения о Консультативном совете\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Положение.\n\n"
            "**Министр**\n\n> *Приложение к приказу*  \n> *Министра финансов*  \n> *Республики Казахстан*  \n> *от 18 "
            "сентября 2025 года № 560*\n\n## Положение о Консультативном совете\n\n1. Настоящее Положение разработано в "
            "соответствии с частью пятой пункта 5 статьи 148 Налогового кодекса Республики Казахстан (далее – Налоговый "
            "кодекс).\n\n2. Мотивированное решение выносится согласно порядку, который определяется в соответствии с "
            "пунктом 6 статьи 148 Налогового кодекса.\n\n3. Члены совета соблюдают нормы Этического кодекса.\n")
    d = doc_meta(text, "rus.md", "560", "2025-09-18", "103002000000")
    m = Minter(DEFAULT_BASE)
    code = "code/o-nalogakh-i-drugikh-obiazatelnykh-platezhakh-v-biudzhet"
    assert [(c.unit[-1], m.unit(c.act, c.path).removeprefix(m.base)) for c in d.citations] == [
        (("point", "1"), code + "/art/148/p/5/part/5"), (("point", "2"), code + "/art/148/p/6")]


def test_an_act_in_force_until_a_day_inclusive_in_kazakh():
    """MinFin 2025 N 579 (the list of countries with treaties against double taxation) applies for two years: its note
    "Ескерту. 01.01.2026 бастап қолданысқа енгізіледі және 31.12.2027 қоса алғанға дейін қолданылады – осы бұйрықтың
    4-тармағымен." and its point 4 "… осы бұйрық 2027 жылғы 31 желтоқсанды қоса алғанға дейін қолданыста болады"
    ("up to and including", "is in force until"). The note had been left unread and the act had no last day."""
    text = ("# Елдердің тізімін бекіту туралы\n\n> *Ескерту. 01.01.2026 бастап қолданысқа енгізіледі және 31.12.2027 қоса "
            "алғанға дейін қолданылады – осы бұйрықтың 4-тармағымен.*\n\nҚазақстан Республикасы Салық кодексінің 332-бабы "
            "1-тармағының 1) тармақшасына сәйкес БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған елдердің тізімі бекітілсін.\n\n4. "
            "Осы бұйрық 2026 жылғы 1 қаңтардан бастап қолданысқа енгізіледі және ресми жариялануға тиіс, бұл ретте осы "
            "бұйрық 2027 жылғы 31 желтоқсанды қоса алғанға дейін қолданыста болады.\n\n**Қазақстан Республикасының Қаржы "
            "министрі**\n\n**М. Такиев**\n")
    d = doc_meta(text, "kaz.md", "579", "2025-10-06", "103002000000")
    assert (d.act.in_force, d.act.until) == ("2026-01-01", "2027-12-31")
    assert [(a.effect, a.since, a.until) for a in d.amendments] == [("EntryIntoForce", "2026-01-01", None),
                                                                    ("Expiry", None, "2027-12-31")]
    assert not d.unparsed


def test_an_act_in_force_until_a_day_inclusive_in_russian():
    """The Russian text of MinFin 2025 N 579: "Сноска. Вводится в действие с 01.01.2026 и действует по 31.12.2027
    включительно в соответствии с пунктом 4 настоящего приказа." and point 4 "… при этом настоящий приказ действует по
    31 декабря 2027 года включительно" ("по … включительно", not "до")."""
    text = ("# Об утверждении списка стран\n\n> *Сноска. Вводится в действие с 01.01.2026 и действует по 31.12.2027 "
            "включительно в соответствии с пунктом 4 настоящего приказа.*\n\nВ соответствии с подпунктом 1) пункта 1 "
            "статьи 332 Налогового кодекса Республики Казахстан ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемый список стран.\n\n"
            "4. Настоящий приказ вводится в действие с 1 января 2026 года и подлежит официальному опубликованию, при этом "
            "настоящий приказ действует по 31 декабря 2027 года включительно.\n\n**Министр финансов Республики "
            "Казахстан**\n\n**М. Такиев**\n")
    d = doc_meta(text, "rus.md", "579", "2025-10-06", "103002000000")
    assert (d.act.in_force, d.act.until) == ("2026-01-01", "2027-12-31")
    assert [(a.effect, a.since, a.until) for a in d.amendments] == [("EntryIntoForce", "2026-01-01", None),
                                                                    ("Expiry", None, "2027-12-31")]
    assert not d.unparsed


def test_an_act_that_applies_in_the_time_up_to_a_day():
    """MinFin 2025 N 149 (the budget classification of 2025) applies to the end of the year, in Kazakh "in the time up
    to": "Ескерту. 31.12.2025 аралығында қолданылады - осы бұйрықтың 4-тармағына сәйкес." and point 4 "Осы бұйрық қол
    қойылған күнінен бастап күшіне енеді және 2025 жылғы 1 қаңтардан бастап туындаған құқықтық қатынастарға
    қолданылады, 2025 жылғы 31 желтоқсан аралығында қолданылады …". The note had been left unread."""
    text = ("# Қазақстан Республикасының Бірыңғай бюджеттік сыныптамасының кейбір мәселелері\n\n> *Ескерту. 31.12.2025 "
            "аралығында қолданылады - осы бұйрықтың 4-тармағына сәйкес.*\n\nҚазақстан Республикасының Бюджет кодексiнің 10 "
            "және 168-баптарына сәйкес БҰЙЫРАМЫН:\n\n1. Бірыңғай бюджеттік сыныптама бекiтiлсiн.\n\n4. Осы бұйрық қол "
            "қойылған күнінен бастап күшіне енеді және 2025 жылғы 1 қаңтардан бастап туындаған құқықтық қатынастарға "
            "қолданылады, 2025 жылғы 31 желтоқсан аралығында қолданылады және ресми жариялануға жатады.\n\n"
            "**Қазақстан Республикасының Қаржы министрі**\n\n**М. Такиев**\n")
    d = doc_meta(text, "kaz.md", "149", "2025-04-04", "103002000000")
    assert d.act.until == "2025-12-31"
    # (its requisites, as the corpus gives them after that day: "Действовал по 31 декабря 2025 года в соответствии с
    # пунктом 4 настоящего приказа", no longer in force)
    meta = _requisites("Приказ Министра финансов Республики Казахстан от 4 апреля 2025 года № 149. Действовал по 31 "
                       "декабря 2025 года в соответствии с пунктом 4 настоящего приказа", "103002000000")
    ended = parse_bytes(text.encode(), "kaz.md", meta, "kk")
    assert (ended.act.ref.number, ended.act.status, ended.act.until) == ("149", "repealed", "2025-12-31")
    assert [(a.effect, a.until) for a in d.amendments] == [("Expiry", "2025-12-31")]
    assert not d.unparsed


def test_a_kazakh_stamp_naming_the_order_in_the_plain_dative_is_the_order_s_appendix():
    """MinFin 2025 N 516 (forms for the return of VAT): its two forms are stamped "Қазақстан Реcпубликасының / Қаржы
    министрі / 2025 жылғы 19 қыркүйектегі / № 516 бұйрыққа / 1-қосымша / Нысан" and "… № 516 бұйрыққа / 2-қосымша",
    the order in the plain dative ("бұйрыққа", not "бұйрығына"). Appendix 2 is the order's, not an appendix of
    appendix 1; the appendix to its form ("… нысанына қосымша") is appendix 2's."""
    text = ("# Қосылған құн салығын қайтаруға байланысты кейбір мәселелер туралы\n\nҚазақстан Республикасы Салық "
            "кодексінің 113-бабының 2-тармағына сәйкес БҰЙЫРАМЫН:\n\n1. Нысандар бекітілсін.\n\n**Қазақстан "
            "Республикасының Қаржы министрі**\n\n**М. Такиев**\n\n> *Қазақстан Реcпубликасының*  \n> *Қаржы министрі*  \n"
            "> *2025 жылғы 19 қыркүйектегі*  \n> *№ 516 бұйрыққа*  \n> *1-қосымша*  \n> *Нысан*\n\n> *Қазақстан "
            "Реcпубликасының*  \n> *Қаржы министрі*  \n> *2025 жылғы 19 қыркүйектегі*  \n> *№ 516 бұйрыққа*  \n> "
            "*2-қосымша*\n\n> *Нысан*\n\nЕскертпе: Жиынтық ведомосын (тізілімді) толтыру бойынша түсіндірме нысанына "
            "қосымшада келтірілген.\n\n> *«Жиынтық ведомосы (тізілімі)»*  \n> *нысанына қосымша*\n\n## «Жиынтық "
            "ведомосы (тізілімі)» нысанын толтыру бойынша түсіндірме\n\n1. Нысан мемлекеттік кірістер органына табыс "
            "етіледі.\n")
    d = doc_meta(text, "kaz.md", "516", "2025-09-19", "103002000000")
    appendices = [u.path for u in d.units if u.path[-1][0] == "appendix"]
    assert appendices == [(("appendix", "1"),), (("appendix", "2"),), (("appendix", "2"), ("appendix", "1"))]


def test_a_kazakh_law_given_its_short_name_between_its_title_and_its_word_is_cited():
    """MinJust 2022 N 733 (the rules of legal consultants' guaranteed legal aid, as of 2026): its rules cite "«Адвокаттық
    қызмет және білікті заң көмегі туралы» Қазақстан Республикасы Заңының 28-1-бабына" (the law's Kazakh title with
    "білікті", the Russian text's "Об адвокатской деятельности и юридической помощи": one law, laws.yaml), and the
    agreement form "Қазақстан Республикасы «Адвокаттық қызмет және заң көмегі туралы» (бұдан әрі - Заң) Заңының
    28-1-бабын", the short name in brackets between the title and the law's word; that citation had been lost."""
    from kg.iri import DEFAULT_BASE, Minter

    text = ("# Заң консультанттарының қатысу қағидаларын бекіту туралы\n\nБҰЙЫРАМЫН:\n\n1. Қағидалар бекітілсін.\n\n"
            "**Министр**\n\n> *Қазақстан Республикасы*  \n> *Әділет министрі*  \n> *2022 жылғы 31 тамыздағы*  \n> *№ 733 "
            "Бұйрықпен*  \n> *бекітілген*\n\n## Заң консультанттарының қатысу қағидалары\n\n1. Осы Қағидалар «Адвокаттық "
            "қызмет және білікті заң көмегі туралы» Қазақстан Республикасы Заңының 28-1-бабына сәйкес әзірленді.\n\n2. "
            "Әділет департаменті, Қазақстан Республикасы «Адвокаттық қызмет және заң көмегі туралы» (бұдан әрі - Заң) "
            "Заңының 28-1-бабын басшылыққа ала отырып, келісім жасасты.\n")
    d = doc_meta(text, "kaz.md", "733", "2022-08-31", "103001000000")
    m = Minter(DEFAULT_BASE)
    law = "law/ob-advokatskoi-deiatelnosti-i-iuridicheskoi-pomoshchi/art/28-1"
    assert [(c.unit[-1], m.unit(c.act, c.path).removeprefix(m.base)) for c in d.citations] == [
        (("point", "1"), law), (("point", "2"), law)]


@pytest.mark.parametrize("text, name, day, codes", [
    # MinJust 2022 N 733's rules, point 15, in both languages: two codes, "codes" said once in the plural
    ("15. Проведение примирительных процедур осуществляется в соответствии с Гражданским процессуальным и "
     "Административным процедурно-процессуальным кодексами Республики Казахстан.", "rus.md", "2022-08-31",
     ["code/grazhdanskii-protsessualnyi-kodeks-2015-10-31", "code/administrativnyi-protsedurno-protsessualnyi-kodeks"]),
    ("15. Татуластыру рәсімдерін жүргізу Қазақстан Республикасының Азаматтық процессуалдық және Әкімшілік "
     "рәсімдік-процестік кодекстеріне сәйкес жүзеге асырылады.", "kaz.md", "2022-08-31",
     ["code/grazhdanskii-protsessualnyi-kodeks-2015-10-31", "code/administrativnyi-protsedurno-protsessualnyi-kodeks"]),
    # a regulation of 1999 (the real sample's MVD inspection): three codes listed after the Constitution, no code
    ("2. Инспекция осуществляет свою деятельность в соответствии с Конституцией, Уголовным, Уголовно-исполнительным, "
     "Уголовно-процессуальным кодексами и иными нормативными правовыми актами Республики Казахстан.", "rus.md",
     "1999-08-31", ["code/ugolovnyi-kodeks-1997-07-16", "code/ugolovno-ispolnitelnyi-kodeks-1997-12-13",
                    "code/ugolovno-protsessualnyi-kodeks-1997-12-13"]),
    # … its Kazakh text: the first name in lower case (no name of a list), the code of criminal procedure by its old
    # Kazakh name, three words ("Қылмыстық іс жүргізу")
    ("2. Инспекция өз қызметін Қазақстан Республикасының Конституциясы, қылмыстық, Қылмыстық-атқару, Қылмыстық іс "
     "жүргізу кодекстеріне және басқа да нормативтік құқықтық актілеріне сәйкес жүзеге асырады.", "kaz.md",
     "1999-08-31", ["code/ugolovno-ispolnitelnyi-kodeks-1997-12-13", "code/ugolovno-protsessualnyi-kodeks-1997-12-13"]),
])
def test_codes_named_in_a_list_with_codes_said_once_are_each_cited(text, name, day, codes):
    """Codes a provision names by their names in a list, "codes" said once in the plural ("… Гражданским
    процессуальным и Административным процедурно-процессуальным кодексами", "… Азаматтық процессуалдық және Әкімшілік
    рәсімдік-процестік кодекстеріне"): each a code laws.yaml lists is cited (none had been, or the last alone)."""
    from kg.iri import DEFAULT_BASE, Minter

    head = ("# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить Правила.\n\n**Министр**\n\n> *Утверждены приказом*  \n"
            "> *Министра*  \n> *Республики Казахстан*  \n> *№ 733*\n\n## Правила\n\n")
    d = doc_meta(head + text + "\n", name, "733", day, "103001000000")
    m = Minter(DEFAULT_BASE)
    assert sorted(m.unit(c.act, c.path).removeprefix(m.base) for c in d.citations) == sorted(codes)


def test_a_list_of_codes_is_read_in_time_linear_in_the_text():
    """A list of codes is read back from the plural word over a bounded stretch of text: a text of many capitalised
    words joined as a list's items are, with no code after them or many, is read in well under a second (a pattern
    over the whole text had taken minutes on 120,000 characters)."""
    import time

    from kg.patterns import codes_listed

    for text in [("Слово слово, Слово и Слово слово, " * 3000) + "кодексами",
                 ("Слово слово слово, Слово и Слово слово, " * 3000) + "кодексами",
                 "Слово слово слово, Слово и Слово слово кодексами " * 3000]:
        began = time.perf_counter()
        assert codes_listed(text) == []
        assert time.perf_counter() - began < 5


@pytest.mark.parametrize("preamble, name", [
    ("В соответствии с Указами Президента Республики Казахстан от 16 марта 2020 года № 286 «О мерах по обеспечению "
     "социально-экономической стабильности» и от 13 апреля 2022 года № 872 «О мерах по дебюрократизации деятельности "
     "государственного аппарата» в целях разрешения некоторых вопросов ПРИКАЗЫВАЮ:", "rus.md"),
    ("«Әлеуметтік-экономикалық тұрақтылықты қамтамасыз ету жөніндегі шаралар туралы» Қазақстан Республикасы "
     "Президентінің 2020 жылғы 16 наурыздағы № 286 және «Мемлекеттік аппараттың қызметін бюрократиядан арылту жөніндегі "
     "шаралар туралы» 2022 жылғы 13 сәуірдегі № 872 Жарлықтарына сәйкес кейбір мәселелерді шешу мақсатында БҰЙЫРАМЫН:",
     "kaz.md"),
])
def test_a_preamble_standing_on_two_decrees_their_kind_said_once(preamble, name):
    """MinFin 2024 N 219 (tax administration for the victims of the floods) stands on two decrees of the President,
    their kind said once: "Указами Президента … от 16 марта 2020 года № 286 «…» и от 13 апреля 2022 года № 872 «…»",
    "… Президентінің 2020 жылғы 16 наурыздағы № 286 және «…» 2022 жылғы 13 сәуірдегі № 872 Жарлықтарына". The Russian
    had stood on the first alone, the Kazakh on neither (the plural "Жарлықтарына" was no decree's word)."""
    d = doc_meta(_approving_order(preamble, name), name, "219", "2024-04-17", "103002000000")
    assert [(r.kind, r.number, r.date, r.issuer.en) for r, _ in d.act.based_on] == [
        ("decree", "286", "2020-03-16", "President"), ("decree", "872", "2022-04-13", "President")]
