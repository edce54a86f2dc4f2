"""Normalisation: markup, letter spacing, quotes, PDF wraps, with source lines kept."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from kg.errors import InputError
from kg.normalise import clean_line, decode, despace, logical_lines


@pytest.mark.parametrize("raw,clean", [
    ("**БҰЙЫРАМЫН:**", "БҰЙЫРАМЫН:"),
    ("## **116-параграф. Нутрициолог**", "116-параграф. Нутрициолог"),
    ("«Б» корпусы", '"Б" корпусы'),
    ("“on-line” режимінде", '"on-line" режимінде'),
    ("талаптары с ә й к е с .", "талаптары сәйкес ."),
    ("**К Е Л І С І Л Г Е Н**", "КЕЛІСІЛГЕН"),
    ("Қазақстан Республикасының ;Конституциясы", "Қазақстан Республикасының Конституциясы;"),
    ("- 4) кәсіптік біліктілік", "4) кәсіптік біліктілік"),
    ("\t<p>органдардың тапсырмалары</p>", "\tоргандардың тапсырмалары"),
])
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


def test_short_words_are_not_joined():
    assert despace("и в с") == "и в с"  # Russian one-letter words stay apart


def test_pdf_wraps_join_and_keep_their_lines():
    text = ("      1. Осы бұйрыққа\nқол қойылған күннен бастап\n\n      2. Екінші тармақ.\n"
            "      3. Үшінші тармақ жоғары (\nнемесе жоғары оқу орнынан кейінгі) білім.")
    lines = logical_lines(text)
    assert [(l.first, l.last) for l in lines] == [(1, 2), (4, 4), (5, 6)]
    assert lines[0].text == "1. Осы бұйрыққа қол қойылған күннен бастап"
    assert lines[2].text.endswith("жоғары (немесе жоғары оқу орнынан кейінгі) білім.")


def test_markdown_items_ending_with_semicolons_stay_apart():
    lines = logical_lines("бірінші міндет;\nекінші міндет;\n\nүшінші,\nжалғасы.")
    assert [l.text for l in lines] == ["бірінші міндет;", "екінші міндет;", "үшінші, жалғасы."]


def test_a_word_broken_at_a_cell_s_line_end_is_whole_where_the_text_knows_it():
    # MVD 2005 № 242, a register's head: "Наиме-" / "нова-" / "ние" / "изде-" / "лий" in one cell had read "Наиме- нова-
    # ние изде- лий"; the text writes "наименование" and "изделий" elsewhere, so the words are whole; a break the text
    # does not resolve keeps its hyphen ("пос-" / "туп-" / "ления": "пос-туп-ления"), as a compound does
    # ("историко-" / "культурного": the text has no "историкокультурного")
    text = ("# Об утверждении Правил\n\n1. Наименование изделий и объектов историко-\nкультурного наследия.\n\n"
            "<table>\n<tr>\n<td>N п/п</td>\n<td>\nДата пос-\nтуп-\nления\n</td>\n<td>\nНаиме-\nнова-\nние\n"
            "изде-\nлий\n</td>\n<td>\nисторико-\nкультурного\n</td>\n</tr>\n</table>\n")
    lines = logical_lines(text)
    assert lines[1].text == "1. Наименование изделий и объектов историко-культурного наследия."
    # (the private-use sign that marks a break while the lines are read is no sign of a source's: one there is dropped)
    assert logical_lines("# Т\n\nаа\ue000бб текст\n")[-1].text == "аабб текст"
    assert lines[2].text.split("\t") == ["N п/п", "Дата пос-туп-ления", "Наименование изделий", "историко-культурного"]


def test_a_table_nested_in_a_cell_is_that_cell_s_text():
    # MinJust 2011 № 164, an advocate's card: the card's inner side is a table whose first cell holds a table of its
    # own (the photo's frame, then the seal's place "М.О."); the first "</table>" had closed the card, its other cell
    # and the lines after it read as paragraphs of markup ("М.О. </td> <td> <pre>")
    text = ("# Форма удостоверения адвоката\n\n<table>\n<tr>\n<td>\n<pre>\n(адвокаттар алқасының атауы)\n</pre>\n"
            "<table>\n<tr>\n<td>\nместо для фотографии\n3х4 см\n</td>\n</tr>\n</table>\nМ.О.\n</td>\n<td>\n<pre>\n"
            "(наименование коллегии адвокатов)\n      Удостоверение № _____\n</pre>\n</td>\n</tr>\n</table>\n\n"
            "Примечание:\n")
    lines = logical_lines(text)
    assert [ln.text for ln in lines][1:] == [
        "(адвокаттар алқасының атауы) место для фотографии 3х4 см М.О.\t"
        "(наименование коллегии адвокатов) Удостоверение № _____", "Примечание:"]
    assert (lines[1].first, lines[1].last) == (3, 26)


def test_an_item_of_a_markdown_list_is_a_paragraph_of_its_own():
    # Almaty region akim 2000 № 4-116: a point's lead-in that ends with a comma, its items a markdown list under it;
    # the first item, indented and in lower case, had been read as the lead-in's wrapped line
    text = ("# Об участковых инспекторах полиции\n\n> *Сноска. Утратило силу.*\n\n2. Установить что,\n\n"
            "   - областное управление внутренних дел утверждает штатное расписание;\n\n"
            "   - участковые инспектора полиции комплектуются в сельских округах.\n")
    assert [ln.text for ln in logical_lines(text)][2:] == [
        "2. Установить что,", "областное управление внутренних дел утверждает штатное расписание;",
        "участковые инспектора полиции комплектуются в сельских округах."]
    # (a paragraph wrapped at a fixed width still goes on in the next, indented, in lower case)
    wrapped = "# Т\n\n> *Сноска.*\n\n9. Настоящие Правила вводятся в действие со дня их государственной\n\n" \
              "   регистрации в Министерстве юстиции Республики Казахстан.\n"
    assert logical_lines(wrapped)[-1].text.endswith("государственной регистрации в Министерстве юстиции Республики " \
                                                    "Казахстан.")


def test_an_anchor_left_unclosed_keeps_the_lines_in_step():
    # a mutated corpus text: an anchor of the portal's markdown cut before its ">" ('<a id="p2"'), the next line's
    # own anchor after it; markup is cleaned within each line, so the lines stay in step with the raw text (the tag
    # had been taken across the line break: the cleaned text one line short, an IndexError out of the reader)
    lines = logical_lines('# Т\n\n<a id="p2"\n<a id="p4"></a>\n\n4. Осы бұйрық қолданысқа енгізіледі.\n')
    assert lines[-1].text == "4. Осы бұйрық қолданысқа енгізіледі." and lines[-1].first == 6


def test_decode_variants():
    text = "Бұйрық № 1"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode("Приказ Министра № 5 от 5 мая".encode("cp1251")) == "Приказ Министра № 5 от 5 мая"


def test_binary_is_refused_with_file_and_line():
    with pytest.raises(InputError, match=r"scan\.bin:1: binary"):
        decode(b"\x00\x01\x02PK\x03\x04", "scan.bin")


def test_a_utf16_mark_over_bytes_that_are_not_utf16_is_an_input_error():
    """A file that opens with the UTF-16 mark but whose bytes are no UTF-16 (an odd count): the reader's error, naming
    the file (it had been an internal error of the build)."""
    with pytest.raises(InputError, match=r"rus\.md:1: starts as UTF-16 but is not UTF-16 text"):
        decode(b"\xff\xfe bad bytes\n", "rus.md")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
# (markup that stripping markup lays bare, as CI's run found once: a quote's mark after a list's, under emphasis, an
# escaped backslash before a bullet)
@example("- >")
@example("*>x")
@example("-|*")
@example("\\\\-")
def test_clean_line_is_idempotent(s):
    once = clean_line(s)
    assert clean_line(once) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="абвгқәі ;:.,()\"-123", max_size=40), max_size=20))
def test_logical_lines_cover_every_nonblank_line(rows):
    text = "\n".join(rows)
    lines = logical_lines(text)
    covered = sum(l.raw for l in lines)
    assert covered == sum(1 for r in rows if clean_line(r))


# an older text of the portal (order № 87 of 1999 of the Ministry of Justice): running text in a fence,
# wrapped at a fixed width, with the codes of linked acts left where the links were
OLD_FENCE_RU = ("# О приостановлении действия приказа от 8 октября 1999 года N 81\n\n"
                "В соответствии с п.1 ст.40 Закона Республики Казахстан от 24 марта\n\n```\n1998 года\n\nZ980213_\n\n"
                "\"О нормативных правовых актах\", приказываю:\n1. Приостановить действие приказа Министра юстиции Республики\n"
                "Казахстан от 8 октября 1999 года N 81\n\nV990949_\n\n\"О внесении изменений в\n"
                "Приказ Министра юстиции Республики Казахстан от 28 июля 1998 года N 539\"\nдо 1 апреля 2000 года.\n"
                "2. Настоящий приказ вступает в силу со дня государственной\nрегистрации в качестве нормативного правового "
                "акта.\nМинистр\n```\n")


def test_running_text_in_a_fence_is_read_as_text():
    lines = logical_lines(OLD_FENCE_RU)
    assert [l.text for l in lines] == [
        "О приостановлении действия приказа от 8 октября 1999 года N 81",
        "В соответствии с п.1 ст.40 Закона Республики Казахстан от 24 марта 1998 года \"О нормативных правовых "
        "актах\", приказываю:",
        "1. Приостановить действие приказа Министра юстиции Республики Казахстан от 8 октября 1999 года N 81 "
        "\"О внесении изменений в Приказ Министра юстиции Республики Казахстан от 28 июля 1998 года N 539\" до 1 "
        "апреля 2000 года.",
        "2. Настоящий приказ вступает в силу со дня государственной регистрации в качестве нормативного правового акта.",
        "Министр"]
    assert not any(l.block for l in lines)
    assert [(l.first, l.last) for l in lines][1:3] == [(3, 10), (11, 18)]  # each keeps the lines it came from


def test_the_later_portal_code_of_the_act_that_inserted_a_unit_is_no_word_of_it():
    # an instruction of the Ministry of Justice (order № 151 of 2001): the sub-points later orders inserted end with the
    # portal's code of the inserting act, the year and its registration number ("V030002266"), where a link was
    lines = logical_lines("7. Инспекцияның негiзгi мақсаттары:\n\n   2-1) бас бостандығын шектеу түріне жазаланған "
                          "сотталғандарды тұрғылықты жері бойынша қадағалауды жүзеге асыру; V030002266\n\n   2-2) "
                          "мемлекеттік наградаларды және оған берілетін құжаттарды алып қою; V070004790\n")
    assert [l.text for l in lines][1:] == [
        "2-1) бас бостандығын шектеу түріне жазаланған сотталғандарды тұрғылықты жері бойынша қадағалауды жүзеге асыру;",
        "2-2) мемлекеттік наградаларды және оған берілетін құжаттарды алып қою;"]
    assert logical_lines("БСН 030002266123 және шот KZ030002266")[0].text == "БСН 030002266123 және шот KZ030002266"
    # (the codes of the 2010s have a figure more: the year and eight, "Z1100000477", the law of 2011 № 477)
    assert logical_lines("қамтамасыз ету; V1500012403")[0].text == "қамтамасыз ету;"


def test_the_marks_of_footnotes_are_the_texts_and_emphasis_is_dropped():
    # the Ministry of Finance's accounting standard 23 (order № 84 of 2004): a balance sheet's lines marked "активы;*",
    # "средствам;**", and their footnotes under a rule, "* За минусом амортизации", "** В валюту баланса не включается";
    # the Chancellery's norms of 2019 (№ 19-42-3.3.22): "* - лимит пробега …". Every star went as emphasis, and a
    # footnote no longer said which line it was of
    lines = logical_lines("Бухгалтерский баланс может содержать следующие показатели:\n\nнематериальные активы;*\n\n"
                          "накопленный износ по основным средствам;**\n\n________________________\n\n"
                          "* За минусом амортизации\n\n** В валюту баланса не включается\n\n"
                          "* - лимит пробега одной автомашины в месяц 2100 км.\n\n*Министр*\n\n**Н. Онжанов**\n")
    assert [l.text for l in lines if "_" not in l.text][1:] == [
        "нематериальные активы;*", "накопленный износ по основным средствам;**", "* За минусом амортизации",
        "** В валюту баланса не включается", "* - лимит пробега одной автомашины в месяц 2100 км.", "Министр",
        "Н. Онжанов"]
    # (and a mark glued to a sentence that goes on: "… субъектов малого предпринимательства.* Действие …")
    assert logical_lines("для субъектов малого предпринимательства.* Действие данного СБУ")[0].text.endswith(
        "предпринимательства.* Действие данного СБУ")
    # (… and in a table's cell, its mark glued to the last word: "… автотранспортных средств*")
    assert logical_lines("<table>\n<tr>\n<td>Функциональное назначение</td>\n<td>Натуральные нормы специальных "
                         "автотранспортных средств*</td>\n</tr>\n</table>\n")[0].text.endswith("средств*")
    # (… and at the start of an indented line: "  * оценка 2) …", the attestation sheet of UDP 2016 № 13/11)
    assert logical_lines("Итоговая оценка:\n\n   * оценка 2) при проведении повторной аттестации не выставляется\n")[
        1].text == "* оценка 2) при проведении повторной аттестации не выставляется"
    # (a star alone on a line, an emphasis with nothing in it, is no mark)
    assert [l.text for l in logical_lines("Текст.\n\n**\n\nДругой текст.\n")] == ["Текст.", "Другой текст."]
    # emphasis opened on one line and closed on another is no mark (the portal text's bold title over two lines)
    assert [l.text for l in logical_lines("**Қазақстан Республикасы\nМемлекеттік қызмет істері**\n")] == [
        "Қазақстан Республикасы", "Мемлекеттік қызмет істері"]


def test_a_fence_with_something_drawn_stays_a_block_and_a_signature_in_one_is_text():
    form = "```\n1)______________________________________________________________________\n" \
           "(Нормативтік құқықтық актінің тақырыбы, қабылдау күні, тіркеу нөмірі және нысаны)\n```\n"
    centred = "```\n             Нормативтік құқықтық актіні мемлекеттік тіркеу туралы\n" \
              "                               ҚОРЫТЫНДЫ\n```\n"
    for text in (form, centred):
        (line,) = logical_lines("# Т\n\n" + text)[1:]
        assert line.block == "form", text
    signature = logical_lines("# Т\n\n```\nМинистр внутренних дел\nРеспублики Казахстан\n```\n")[1:]
    assert [(l.text, l.block) for l in signature] == [("Министр внутренних дел", ""), ("Республики Казахстан", "")]


# Ministry of Internal Affairs, 1996 (order № 262): operative points in a fence wrapped at 48 columns, narrower
# than the portal's usual 60-75: a line is full when the next line's first word would not have fitted on it
NARROW_FENCE_RU = (
    "# Т\n\n```\n2. Начальникам ГУВД г.Алматы, УВД областей и\nна транспорте, в управления МВД Республики\n"
    "Казахстан и учебных заведений:\n3. ГУАС МВД РК (Приходько Н.И.), ИВЦ (Назаров\nС.С.) в месячный срок разработать и "
    "утвердить\nформу отчетности.\n4. Контроль за исполнением приказа возложить\n"
    "на ГУАС (Приходько Н.И.) и Штаб (Темирбаев М.Р.)\nМВД РК.\n5. Считать утратившим силу приказ МВД РК N 230\n"
    "от 10.08.94 г. в\nчасти типовой структуры приемника-распределителя\nОВД.\nМинистр\n```\n\n"
    "```\nМинистр внутренних дел\nРеспублики Казахстан\n```\n\n```\nПриложение N 1\nк приказу МВД РК\n```\n")


def test_a_fence_wrapped_narrow_is_read_at_its_own_width():
    assert [l.text for l in logical_lines(NARROW_FENCE_RU)][1:] == [
        "2. Начальникам ГУВД г.Алматы, УВД областей и на транспорте, в управления МВД Республики Казахстан и учебных "
        "заведений:",
        "3. ГУАС МВД РК (Приходько Н.И.), ИВЦ (Назаров С.С.) в месячный срок разработать и утвердить форму отчетности.",
        "4. Контроль за исполнением приказа возложить на ГУАС (Приходько Н.И.) и Штаб (Темирбаев М.Р.) МВД РК.",
        "5. Считать утратившим силу приказ МВД РК N 230 от 10.08.94 г. в части типовой структуры приемника-распределителя "
        "ОВД.",
        # (a fence holding an appendix's stamp alone keeps its lines apart, as the stamp is written)
        "Министр", "Министр внутренних дел", "Республики Казахстан", "Приложение N 1", "к приказу МВД РК"]


def test_the_code_of_a_linked_act_is_not_text():
    assert clean_line('статьи 22 Закона Республики Казахстан "О нотариате" Z970155_ приказываю:') == \
        'статьи 22 Закона Республики Казахстан "О нотариате" приказываю:'


def test_running_text_then_a_drawn_table_in_one_fence():
    # order № 519 of 2000 of the Ministry of Internal Affairs: its last points, then a table drawn with dashes and "!"
    text = ("# Т\n\n7. Iшкi iстер органдарының барлық қызметкерлерiнiң осы бұйрықтың\n\n```\n"
            "талаптарын оқып-үйренуi мен бұлжытпай орындауы қамтамасыз етiлсiн.\n"
            "9. Осы бұйрық Қазақстан Республикасының Әдiлет министрлiгiнде\nмемлекеттiк тiркеуден өткен күннен "
            "бастап күшiне енедi.\nОРНАЛАСУЫ\n" + "-" * 75 + "\nN ! Бекеттердiң орнатылған орны ! Ескерту\n" + "-" * 75 +
            "\n1. \"Иртыш бекетi, \"Астана-Рождественка\" а/ж 15 км Кіру\n```\n")
    lines = logical_lines(text)
    assert [l.text for l in lines[1:4]] == [
        "7. Ішкі істер органдарының барлық қызметкерлерінің осы бұйрықтың талаптарын оқып-үйренуі мен бұлжытпай "
        "орындауы қамтамасыз етілсін.",
        "9. Осы бұйрық Қазақстан Республикасының Әділет министрлігінде мемлекеттік тіркеуден өткен күннен бастап "
        "күшіне енеді.", "ОРНАЛАСУЫ"]
    (table,) = lines[4:]
    assert table.block == "form" and table.text.startswith("-----") and table.text.endswith("15 км Кіру")


def test_a_stray_pipe_before_a_no_break_space_is_taken_off_at_once():
    # found by the idempotence property (hypothesis: "0|\xa0"): the pipe left at a line's end went only on a second
    # cleaning, the no-break space after it being a space only after the pipe rule had run
    assert clean_line("8 июля 2004 г.|\xa0") == "8 июля 2004 г." == clean_line(clean_line("8 июля 2004 г.|\xa0"))


def test_a_form_s_caption_in_a_blockquote_does_not_run_on_into_its_fenced_text():
    """A form of MinJust 2020 № 354: the bank's caption in italics ("> *(наименование банка …, место нахождения)*"),
    then its fenced text, wrapped at a fixed width ("В соответствии со статьей 123 Закона …"). The caption is a line
    of its own, the fence's first line another (it had been joined to the caption, full as the caption's line is)."""
    text = ("## Распоряжение об отмене приостановления расходных операций\n\n"
            "> *Предъявлено в __________________________________________________________________________*  \n"
            "> *(наименование банка второго уровня или организации, осуществляющей отдельные*  \n"
            "> *виды банковских операций, бизнес-идентификационный номер,*  \n"
            "> *банковский идентификационный код, место нахождения)*\n\n"
            "```\n          В соответствии со статьей 123 Закона Республики Казахстан «Об исполнительном производстве "
            "и статусе\nсудебных исполнителей», отменить распоряжение № ____ от «_____»________________ 20____ года о\n"
            "приостановлении расходных операции по текущему счету ______________________________________________.\n"
            "                                        (фамилия, имя, отчество (при его наличии) частного\n```\n\n"
            "Место печати\n")
    texts = [line.text for line in logical_lines(text)]
    assert "банковский идентификационный код, место нахождения)" in texts
    assert any(t.startswith("В соответствии со статьей 123") for t in texts)
