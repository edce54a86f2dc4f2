"""Synthetic corpus in the genres of the portal, with the counts a correct build must report.

    python bench/synth.py N OUT_DIR [--seed S] [--layout]

Writes N documents (Kazakh and Russian) as text files (or, with --layout, N acts as act
folders of the kazakhstan-law corpus layout: kaz.md and rus.md in its markdown, with
blockquoted notes, approvals and HTML tables, and meta.yaml with the requisites): rules with "Ескерту" /
"Сноска" history notes, amending orders with every effect and target form (inserted §
with positions, index rows), repeal orders, position tables, a share of them hard-wrapped
as PDF-extracted text; amendments chain across documents (later orders amend units that
earlier orders changed) and a known number of inconsistencies are planted. Also writes
OUT_DIR/expected.json: documents, amendments by effect, positions, index entries,
approvals and planted violations. Deterministic for a seed.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

KK_MONTHS = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
             "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
ISSUERS = [  # (kk genitive of the minister, ru genitive of the minister)
    ("Еңбек және халықты әлеуметтік қорғау министрінің", "Министра труда и социальной защиты населения"),
    ("Қаржы министрінің", "Министра финансов"),
    ("Денсаулық сақтау министрінің", "Министра здравоохранения"),
    ("Ұлттық экономика министрінің", "Министра национальной экономики"),
]
APPROVERS = [("Қаржы министрлігі", "Министерство финансов"), ("Әділет министрлігі", "Министерство юстиции"),
             ("Сыртқы істер министрлігі", "Министерство иностранных дел")]
WORDS_KK = ["цифрлық", "ақпараттық", "электрондық", "мемлекеттік", "жергілікті", "уәкілетті", "салалық"]
WORDS_RU = ["цифровой", "информационный", "электронный", "государственный", "местный", "уполномоченный", "отраслевой"]
AGENCIES = ["109901000000", "103002000000", "109903000000", "109904000000"]  # approved_by codes of ISSUERS (synthetic but the second)
ISSUERS_RU = ["Министерство труда и социальной защиты населения", "Министерство финансов", "Министерство здравоохранения",
              "Министерство национальной экономики"]


@dataclass
class Act:
    number: str
    date: tuple[int, int, int]
    issuer: int
    reg: str
    lang: str
    title: str
    points: int = 0
    deleted: frozenset = frozenset()
    repealed: "Act | None" = None  # the act that repealed it
    title_ru: str = ""


def kk_date(d) -> str:
    return f"{d[0]} жылғы {d[2]} {KK_MONTHS[d[1] - 1]}"


def ru_date(d) -> str:
    return f"{d[2]} {RU_MONTHS[d[1] - 1]} {d[0]} года"


def dotted(d) -> str:
    return f"{d[2]:02d}.{d[1]:02d}.{d[0]}"


class Synth:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.acts: list[Act] = []
        self.expected = Counter()
        self._undo: list[tuple] = []  # (act, field, old value) of what a genre changed on earlier acts
        self.staff_planted = 0  # of the violations: positions whose staff units differ from their codes

    def set(self, act: Act, name: str, value) -> None:
        self._undo.append((act, name, getattr(act, name)))
        setattr(act, name, value)

    def next_date(self) -> tuple[int, int, int]:
        """Dates grow with the document's index (ten documents a day), so chains stay in order."""
        d = datetime.date(2000, 1, 1) + datetime.timedelta(days=len(self.acts) // 10)
        return (d.year, d.month, d.day)

    def new_act(self, lang: str, title: str, points: int = 0) -> Act:
        n = len(self.acts) + 1
        act = Act(str(n), self.next_date(), self.rng.randrange(len(ISSUERS)), str(10000 + n), lang, title, points)
        self.acts.append(act)
        self.expected["documents"] += 1
        return act

    def changing_act(self, act: Act) -> Act:
        """An act of `act`'s day that changed it, its text not in the corpus (a note names it): a change is never older
        than the act it changes (a later day would fall after the corpus's own later changes, deletions and repeals of
        it, ten documents a day). Numbered past any act of the corpus."""
        n = 1_000_000 + len(self.acts)
        return Act(str(n), act.date, self.rng.randrange(len(ISSUERS)), str(n), act.lang, "")

    # --- pieces shared by the genres ----------------------------------------------------
    def header(self, act: Act, title: str) -> str:
        kk, ru = ISSUERS[act.issuer]
        if act.lang == "kk":
            return (f"{title}\n\nҚазақстан Республикасы {kk} {kk_date(act.date)} № {act.number} бұйрығы. "
                    f"Қазақстан Республикасының Әділет министрлігінде {kk_date(act.date)} № {act.reg} болып тіркелді\n\n")
        return (f"{title}\n\nПриказ {ru} Республики Казахстан от {ru_date(act.date)} № {act.number}. "
                f"Зарегистрирован в Министерстве юстиции Республики Казахстан {ru_date(act.date)} № {act.reg}.\n\n")

    def ref(self, act: Act, lang: str, case: str) -> str:
        kk, ru = ISSUERS[act.issuer]
        if lang == "kk":
            return (f"\"{act.title}\" Қазақстан Республикасы {kk} {kk_date(act.date)} № {act.number} {case} "
                    f"(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № {act.reg} болып тіркелген)")
        return (f"{case} {ru} Республики Казахстан от {ru_date(act.date)} № {act.number} \"{act.title}\" "
                f"(зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № {act.reg})")

    def tail(self, lang: str, n: int) -> str:
        force = (f"{n}. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі." if lang == "kk"
                 else f"{n}. Настоящий приказ вводится в действие со дня его подписания.")
        approvals = ""
        for k in range(self.rng.randrange(3)):
            kk, ru = APPROVERS[k]
            approvals += f"\n\n\"Келісілді\"\n\nҚазақстан Республикасының\n{kk}" if lang == "kk" else \
                f"\n\nСОГЛАСОВАНО\n\n{ru} Республики Казахстан"
            self.expected["approvals"] += 1
        sign = "Министр\n\nА. Сейітов" if lang == "kk" else "Министр\n\nА. Сеитов"
        return f"{force}\n\n{sign}{approvals}\n"

    # --- genres -------------------------------------------------------------------------
    def rules(self, lang: str) -> str:
        act = self.new_act(lang, "Қағидаларды бекіту туралы" if lang == "kk" else "Об утверждении Правил", points=6)
        body = self.header(act, act.title)
        body += ("БҰЙЫРАМЫН:\n\n1. Қоса беріліп отырған Қағидалар бекітілсін.\n\n" if lang == "kk"
                 else "ПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n")
        body += self.tail(lang, 2)
        kk, ru = ISSUERS[act.issuer]
        body += (f"\nҚазақстан Республикасы\n{kk}\n{kk_date(act.date)}\n"
                 f"№ {act.number} бұйрығымен\nбекітілген\n\nҚағидалар\n\n1-тарау. Жалпы ережелер\n\n" if lang == "kk" else
                 f"\nУтверждены приказом {ru} Республики Казахстан от {ru_date(act.date)} № {act.number}\n\n"
                 f"Правила\n\nГлава 1. Общие положения\n\n")
        for p in range(1, act.points + 1):
            w = self.rng.choice(WORDS_KK if lang == "kk" else WORDS_RU)
            body += (f"{p}. Уәкілетті орган {w} тізілімді жүргізеді.\n\n" if lang == "kk"
                     else f"{p}. Уполномоченный орган ведет {w} реестр.\n\n")
            if p == 2 and self.acts[:-1] and self.rng.random() < 0.5:
                by = self.changing_act(act)
                kkb, rub = ISSUERS[by.issuer]
                body += (f"Ескерту. {p}-тармақ жаңа редакцияда - ҚР {kkb} {dotted(by.date)} № {by.number} бұйрығымен.\n\n"
                         if lang == "kk" else
                         f"Сноска. Пункт {p} - в редакции приказа {rub} РК от {dotted(by.date)} № {by.number}.\n\n")
                self.expected["Substitution"] += 1
        return body

    def amending(self, lang: str) -> str:
        candidates = [a for a in self.acts if a.points and not a.repealed]
        if not candidates:
            return self.rules(lang)
        target = self.rng.choice(candidates)
        act = self.new_act(lang, "Бұйрыққа өзгерістер енгізу туралы" if lang == "kk" else "О внесении изменений в приказ")
        body = self.header(act, act.title) + ("БҰЙЫРАМЫН:\n\n" if lang == "kk" else "ПРИКАЗЫВАЮ:\n\n")
        body += (f"1. {self.ref(target, 'kk', 'бұйрығына')} мынадай өзгерістер мен толықтырулар енгізілсін:\n\n"
                 f"көрсетілген бұйрықпен бекітілген Қағидаларда:\n\n" if lang == "kk" else
                 f"1. Внести в {self.ref(target, 'ru', 'приказ')} следующие изменения и дополнения:\n\n"
                 f"в Правилах, утвержденных указанным приказом:\n\n")
        live = [p for p in range(1, target.points + 1) if p not in target.deleted]
        for kind in self.rng.sample(["subst", "words", "insert", "delete", "paragraph", "rows"], k=3):
            body += self.instruction(kind, lang, target, live)
        body += "\n" + self.tail(lang, 2)
        return body

    def instruction(self, kind: str, lang: str, target: Act, live: list[int]) -> str:
        p = self.rng.choice(live) if live else None
        kk = lang == "kk"
        if kind == "subst" and p:
            self.expected["Substitution"] += 1
            return (f"{p}-тармақ мынадай редакцияда жазылсын:\n\n\"{p}. Уәкілетті орган тізілімді жаңартады.\";\n\n" if kk
                    else f"пункт {p} изложить в следующей редакции:\n\n\"{p}. Уполномоченный орган обновляет реестр.\";\n\n")
        if kind == "words" and p:
            self.expected["WordReplacement"] += 1
            return ("{0}-тармақтағы \"тізілім\" деген сөз \"реестр\" деген сөзбен ауыстырылсын;\n\n".format(p) if kk
                    else f"в пункте {p} слово \"реестр\" заменить словом \"перечень\";\n\n")
        if kind == "delete" and p and len(live) > 2:
            live.remove(p)
            self.set(target, "deleted", target.deleted | {p})
            self.expected["Deletion"] += 1
            return f"{p}-тармақ алып тасталсын;\n\n" if kk else f"пункт {p} исключить;\n\n"
        if kind == "insert":
            self.set(target, "points", target.points + 1)
            n = target.points
            self.expected["Insertion"] += 1
            return (f"мынадай мазмұндағы {n}-тармақпен толықтырылсын:\n\n\"{n}. Жаңа тармақ.\";\n\n" if kk
                    else f"дополнить пунктом {n} следующего содержания:\n\n\"{n}. Новый пункт.\";\n\n")
        if kind == "paragraph":
            n = 100 + len(self.acts)
            self.expected["Insertion"] += 1
            self.expected["positions"] += 1
            years = self.rng.randrange(0, 6)
            return (f"мынадай мазмұндағы {n}-параграфпен толықтырылсын:\n\n\"{n}-параграф. Маман {n}\n\n"
                    f"{n}-1. Лауазымдық міндеттері:\n\nқұжаттарды әзірлейді;\n\nесеп береді.\n\n{n}-2. Білуге тиіс:\n\n"
                    f"заңнама негіздері.\n\n{n}-3. Біліктілікке қойылатын талаптар:\n\nжоғары білім және жұмыс өтілі "
                    f"кемінде {years} жыл.\";\n\n" if kk else
                    f"дополнить параграфом {n} следующего содержания:\n\n\"Параграф {n}. Специалист {n}\n\n"
                    f"{n}-1. Должностные обязанности:\n\nразрабатывает документы;\n\nготовит отчеты.\n\n{n}-2. Должен знать:\n\n"
                    f"основы законодательства.\n\n{n}-3. Требования к квалификации:\n\nвысшее образование и стаж работы "
                    f"не менее {years} лет.\";\n\n")
        if kind == "rows":
            n = 100 + len(self.acts)
            self.expected["Insertion"] += 1
            self.expected["index_entries"] += 1
            announced = f"{n}-1, {n}-2" if self.rng.random() < 0.2 else f"{n}-1"
            if "," in announced:
                self.expected["violations"] += 1  # announced two rows, delivers one
            return (f"\"2. Мамандар лауазымдары\" деген бөлім мынадай мазмұнындағы реттік нөмірлері {announced} "
                    f"жолдармен толықтырылсын:\n\n\"\n\n{n}-1\tМаман {n}\t§ {n}\n\n\";\n\n" if kk else
                    f"раздел \"2. Должности специалистов\" дополнить строками порядковые номера {announced} "
                    f"следующего содержания:\n\n\"\n\n{n}-1\tСпециалист {n}\t§ {n}\n\n\";\n\n")
        return self.instruction("insert", lang, target, live)

    def repeal(self, lang: str) -> str:
        candidates = [a for a in self.acts if not a.repealed and a.points]
        if not candidates:
            return self.rules(lang)
        target = self.rng.choice(candidates)
        act = self.new_act(lang, "Бұйрықтың күші жойылды деп тану туралы" if lang == "kk" else "О признании утратившим силу приказа")
        self.set(target, "repealed", act)
        self.expected["Repeal"] += 1
        body = self.header(act, act.title)
        body += (f"БҰЙЫРАМЫН:\n\n1. {self.ref(target, 'kk', 'бұйрығының')} күші жойылды деп танылсын.\n\n" if lang == "kk" else
                 f"ПРИКАЗЫВАЮ:\n\n1. Признать утратившим силу {self.ref(target, 'ru', 'приказ')}.\n\n")
        return body + self.tail(lang, 2)

    def table(self, lang: str) -> str:
        act = self.new_act(lang, "Біліктілік талаптарын бекіту туралы" if lang == "kk" else "Об утверждении квалификационных требований")
        kk, ru = ISSUERS[act.issuer]
        body = self.header(act, act.title)
        body += ("БҰЙЫРАМЫН:\n\n1. Біліктілік талаптары бекітілсін.\n\n" if lang == "kk" else
                 "ПРИКАЗЫВАЮ:\n\n1. Утвердить квалификационные требования.\n\n") + self.tail(lang, 2)
        body += (f"\nҚазақстан Республикасы\n{kk}\n{kk_date(act.date)}\n№ {act.number} бұйрығымен\nбекітілген\n\n" if lang == "kk"
                 else f"\nУтверждены приказом {ru} Республики Казахстан от {ru_date(act.date)} № {act.number}\n\n")
        for dept in range(1, self.rng.randrange(2, 4)):
            code = f"{act.number}-{dept:02d}"
            units = self.rng.randrange(1, 4)
            codes = ", ".join(f"{code}-{k:02d}" for k in range(1, units + 1))
            stated = units + (1 if self.rng.random() < 0.1 else 0)
            self.expected["violations"] += stated != units  # planted: staff units differ from the codes listed
            self.staff_planted += stated != units
            self.expected["positions"] += 1
            if lang == "kk":
                body += (f"Басқарма {dept} - {code}\n\nБасқарманың бас сарапшысы ({stated} бірлік), С-4 санаты, {codes}\n\n"
                         "Критерийлер\tТалаптар\nБілімі\tЖоғары білім.\nФункционалдық міндеттері\tҚұжаттар дайындау.\n\n")
            else:
                body += (f"Управление {dept} - {code}\n\nГлавный эксперт управления ({stated} единицы), категория С-4, {codes}\n\n"
                         "Критерии\tТребования\nОбразование\tВысшее образование.\nФункциональные обязанности\tПодготовка документов.\n\n")
        return body

    def document(self) -> str:
        lang = "kk" if self.rng.random() < 0.6 else "ru"
        genre = self.rng.choices(["rules", "amending", "repeal", "table"], weights=[3, 5, 1, 1])[0]
        text = getattr(self, genre)(lang)
        if self.rng.random() < 0.15:
            text = pdf_wrap(text)
        return text


    def pair(self) -> tuple[str, str, Act]:
        """One act in both languages (kk, ru): the same draws write both texts, counted per document."""
        genre = self.rng.choices(["rules", "amending", "repeal", "table"], weights=[3, 5, 1, 1])[0]
        state, count, before, staff0 = self.rng.getstate(), len(self.acts), Counter(self.expected), self.staff_planted
        self._undo = []
        kk = getattr(self, genre)("kk")
        title_kk, delta = self.acts[-1].title, self.expected - before
        for act, name, old in reversed(self._undo):  # the Russian text is written from the same state
            setattr(act, name, old)
        del self.acts[count:]
        self.rng.setstate(state)
        self.expected, self.staff_planted = Counter(before), staff0
        ru = getattr(self, genre)("ru")
        act = self.acts[-1]
        act.title_ru, act.title = act.title, title_kk
        # every count is one per document, so twice for the pair; a planted position is one node for both
        # texts (they meet on the same rows): its violation is counted once
        staff = self.staff_planted - staff0
        self.expected.update({k: v - (staff if k == "violations" else 0) for k, v in delta.items()})
        return kk, ru, act


def markdown(text: str) -> str:
    """A portal text as the kazakhstan-law corpus writes it: the title as a heading, no identity line
    (meta.yaml holds it), bold order word and signature, blockquoted notes, approvals and approval
    stamps, tab rows as HTML tables."""
    paras = text.split("\n\n")
    out = [f"# {paras[0].strip()}"]
    quote_next = False
    for para in paras[2:]:
        p = para.strip("\n")
        if not p.strip():
            continue
        lines = [x.strip() for x in p.split("\n") if x.strip()]
        if quote_next or p.startswith(("Ескерту.", "Сноска.")) or p.endswith(("бекітілген", "бұйрығымен\nбекітілген")) \
                or p.startswith("Утверждены приказом"):
            block = "\n".join(f"> *{x}*  " for x in lines)
            if quote_next:
                out[-1] += "\n" + block
            else:
                out.append(block)
            quote_next = False
            continue
        if p in ('"Келісілді"', "СОГЛАСОВАНО"):
            out.append("> *«КЕЛІСІЛДІ»*  " if p.startswith('"') else "> *СОГЛАСОВАНО*  ")
            quote_next = True
            continue
        if "\t" in p and not p.startswith('"'):
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in x.split("\t")) + "</tr>" for x in lines)
            out.append(f"<table>{rows}</table>")
            continue
        if p in ("БҰЙЫРАМЫН:", "ПРИКАЗЫВАЮ:") or p in ("Министр",) or p.startswith(("А. Сейітов", "А. Сеитов")):
            out.append(f"**{p}**")
            continue
        if p in ("Қағидалар", "Правила"):
            out.append(f"## {p}")
            continue
        if p.startswith(("1-тарау.", "Глава 1.")):
            out.append(f"### {p}")
            continue
        out.append(p)
    return "\n\n".join(out) + "\n"


def meta_yaml(act: Act, code: str) -> str:
    """meta.yaml of an act folder: requisites in Russian (with the repeal when there is one), titles,
    form, approving agency, version date and the portal page of each language."""
    kk, ru = ISSUERS[act.issuer]
    req = (f"Приказ {ru} Республики Казахстан от {ru_date(act.date)} № {act.number}. Зарегистрирован в "
           f"Министерстве юстиции Республики Казахстан {ru_date(act.date)} № {act.reg}")
    if act.repealed:
        by = act.repealed
        req += f". Утратил силу приказом {ISSUERS[by.issuer][1]} Республики Казахстан от {ru_date(by.date)} № {by.number}"
    day = f"{act.date[0]:04d}-{act.date[1]:02d}-{act.date[2]:02d}"
    types = "- ПРИК\n- ПРАВ" if act.points else "- ПРИК"
    return (f"act_code: '{code}'\nrequisite: {req}\ntitle:\n  rus: {act.title_ru}\n  kaz: {act.title}\nform: ПРИК\n"
            f"type_codes:\n{types}\napproved_on: {day}\napproved_by:\n- '{AGENCIES[act.issuer]}'\n"
            f"version_date:\n  kaz: {day}\n  rus: {day}\nsource:\n  kaz: https://zan.gov.kz/client/#!/doc/{code}/kaz\n"
            f"  rus: https://zan.gov.kz/client/#!/doc/{code}/rus\n")


def generate_layout(n: int, out: Path, seed: int = 1) -> dict:
    """N acts as act folders of the corpus layout (kaz.md, rus.md, meta.yaml): 2N documents."""
    s = Synth(seed)
    folders = []
    for i in range(n):
        kk, ru, act = s.pair()
        code = str(800000 + i)
        day = f"{act.date[1]:02d}{act.date[2]:02d}"
        folder = out / "07-ministerial" / f"{AGENCIES[act.issuer]}-synthetic" / str(act.date[0]) / f"{day}-act-{code}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "kaz.md").write_text(markdown(kk), encoding="utf-8")
        (folder / "rus.md").write_text(markdown(ru), encoding="utf-8")
        folders.append((folder, act, code))
    for folder, act, code in folders:  # last: an act repealed later says so in its requisites
        (folder / "meta.yaml").write_text(meta_yaml(act, code), encoding="utf-8")
        s.expected["Repeal"] += 2 if act.repealed else 0  # each text of a repealed act records its repeal
    expected = dict(sorted(s.expected.items()))
    (out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return expected


def pdf_wrap(text: str) -> str:
    """Hard-wrap like text extracted from PDF: indented paragraphs, lines cut at 80 columns."""
    out = []
    for para in text.split("\n\n"):
        if "\t" in para or not para.strip():
            out.append(para)
            continue
        for line in para.split("\n"):
            wrapped = textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False) or [""]
            out.append("      " + wrapped[0] + "\n" + "\n".join(wrapped[1:]))
    return "\n".join(out)


def generate(n: int, out: Path, seed: int = 1, layout: bool = False) -> dict:
    """N documents as portal text files, or (`layout`) N acts in both languages as act folders."""
    out.mkdir(parents=True, exist_ok=True)
    if layout:
        return generate_layout(n, out, seed)
    s = Synth(seed)
    for i in range(n):
        (out / f"doc_{i:06d}.txt").write_text(s.document(), encoding="utf-8")
    expected = dict(sorted(s.expected.items()))
    (out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return expected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--layout", action="store_true", help="act folders (kaz.md, rus.md, meta.yaml) of the corpus layout")
    args = ap.parse_args()
    print(json.dumps(generate(args.n, args.out, args.seed, args.layout), indent=1))


if __name__ == "__main__":
    main()
