"""Stage 2b — structure: chapters, sections, §, points, sub-points, parts, tables, positions.

Reads: lines of an act's own text, of an attached document (rules, handbook, position
tables) or of the new text an amendment inserts. Writes: :class:`Unit`,
:class:`Position` and :class:`IndexEntry` records under a base path.
The same builder reads all three, so inserted text is parsed like any act text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import FLAGS, marker, phrases
from ..model import RANK, ActRef, IndexEntry, Loc, Path, Position, Unit
from ..normalise import WRAP_WIDTH
from ..patterns import position_block, roman, unit_kind
from .context import SECTIONS_OUTER, apply_context

__all__ = ["Builder", "ReadSoFar", "Seen", "is_structural", "match_heading", "position_names", "unwrapped_text"]

_POINT = re.compile(r"^(?P<n>\d+(?:-\d+)*[а-я]?)\.(?!\d)\s*(?P<t>.*)$")  # 46а. (older texts letter an inserted point)
# 3), 3-1); а), б) in older texts; "8-1). " inserted; "в) -1 күдікті …" (sub-point в-1, its suffix after the bracket)
_SUBPOINT = re.compile(r"^(?P<n>\d+(?:-\d+)*|[а-яё])\)(?:\s*-\s*(?P<suf>\d+)(?=\s))?\.?\s*(?P<t>.*)$")
# a point numbered in the older decimal way, under the number of its chapter: "2.1 Регистрационные пункты ...",
# "2.1.1 Регистрируют ...", "1.4.1.", "2.10.По каждому письму" (no space after the number); a code of a
# classifier and its meaning ("69.10 - Деятельность в области права", a list of a point) is no point; nor is a day
# ("2004.05.27. N 154", "03.09.2007 12:21", the day and hour a form was signed, MVD 2007 № 317), nor a day's blank in a
# form's template ("00.00.0000 Астана", under the certificate of MinJust 2009 № 117); a point whose number
# ends with its dot may open with a dash, its list's first item, a bullet as the others' ("3.13. - катерге, қайыққа
# …", the words that led into the list lost in translation, Almaty oblast maslikhat 1998 № 21-170)
_DECIMAL = re.compile(r"^(?!(?:19|20)\d\d\.[01]\d\.[0-3]\d\b|[0-3]?\d\.[01]\d\.(?:19|20)\d\d\b|00\.00\.0000\b)(?P<n>\d+(?:\.\d+)+(?:-\d+)?)(?:\.\s+(?:[-–—]\s+)?|\s+(?![-–—]\s)|\.(?=[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]))(?P<t>\S.*)$")
_DEPARTMENT = re.compile(r"^(?P<name>[^\t]{5,}?)\s+[-–]\s+(?P<code>\d+(?:-\d+)+)$")
_ROW_NO = re.compile(r"^\d+(?:-\d+)*\.?$")
_LIST_ROW_NO = re.compile(r"^\d+(?:[.-]\d+)*\.?$")  # a list's row: "5", "5.", "5-1", and one under it, "1.1."
_SECTION_REF = re.compile(r"^§\s*(?P<n>\d+(?:-\d+)*)$")
_SEPARATOR = re.compile(r"^[-\t |:]+$")
_BLANK_FIELD = re.compile(r"(?:\d+(?:-\d+)*[.)]\s*)?_{5,}[_ ]*")  # a form's field to fill, its number before it or none


@lru_cache(maxsize=None)
def _position_parts() -> list[tuple[str, re.Pattern]]:
    return [(p["part"], re.compile(p["pattern"], FLAGS)) for p in phrases()["position_parts"]]


@lru_cache(maxsize=None)
def _criteria(section: str = "table_criteria") -> list[tuple[str, re.Pattern]]:
    """(part, label pattern) of the rows of a register's criteria table, or of a profession card ("card_rows")."""
    return [(p["part"], re.compile(p["pattern"], FLAGS)) for p in phrases()[section]]


@lru_cache(maxsize=None)
def _columns() -> list[tuple[str, re.Pattern]]:
    return [(c["column"], re.compile(c["pattern"], FLAGS)) for c in phrases()["table_columns"]]


def table_header(cells: list[str]) -> dict[str, int] | None:
    """{column: index} of a header row that names a column of position names, or None.

    >>> table_header(["Буын", "Саты", "Лауазымдар атауы"])
    {'category': 0, 'step': 1, 'name': 2}
    >>> table_header(["Санаты", "Атауы", "Сомасы, мың теңге"]) is None  # a budget's revenue categories
    True
    >>> table_header(["Р/с №", "Мемлекеттік органның атауы", "Лауазымның атауы", "Автомобильдер саны"]) is None  # norms
    True
    >>> table_header(["р/н №", "Атауы", "Бекітілген әріптік символдар"]) is None  # the letters of regions
    True
    """
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        for column, rx in _columns():
            if column not in found and len(cell) < 200 and rx.match(cell.strip()):
                found[column] = k
                break
    if "count" in found and not found.keys() - {"name", "count"}:
        return None  # a table of norms: how many of a thing each position is given
    if found.keys() == {"name"} and marker("bare_name_column").match(cells[found["name"]].strip()):
        return None  # "Name" alone, no other column of positions: a list of other things (regions and their letters)
    return found if "name" in found and "amount" not in found else None


_POSITION_COLUMNS = {"education": "education", "experience": "requirement", "knowledge": "knowledge",
                     "requirement": "requirement", "competence": "competence", "practice": "requirement",
                     "health": "requirement"}


def _code(cell: str | None) -> str | None:
    """A category's or step's code as one word: a narrow cell wraps it after a hyphen ("С-FM-" / "6" is "С-FM-6"),
    a minus sign or dash is its hyphen ("1−1" is "1-1"), and a block's Latin letter is its Cyrillic twin ("A2" is
    "А2", as most sources type it); a cell with words in it is left as it is.

    >>> _code("С-FM- 6"), _code("1−1"), _code("A2"), _code("C-4"), _code("D1"), _code("без категории")
    ('С-FM-6', '1-1', 'А2', 'С-4', 'D1', 'без категории')
    """
    if cell and re.fullmatch(r"[^\W_]+(?:\s*[-‐‑‒–—−]\s*[^\W_]+)*", cell.strip()):
        code = re.sub(r"\s*[-‐‑‒–—−]\s*", "-", cell.strip())
        return code.translate(_BLOCK_TO_CYRILLIC) if re.match(r"[ABC]-?\d", code) else code
    return cell


# the letters of the blocks of civil servants' positions typed Latin for their Cyrillic twins
_BLOCK_TO_CYRILLIC = str.maketrans({"A": "А", "B": "В", "C": "С"})


# a paragraph that opens with a label and its colon ("Формы занятий: самостоятельные …"), no words of a heading above it
_LABELLED = re.compile(r"[^\W\d_][\w -]{0,40}:\s")


def _capitals_over_words(heading: str | None, text: str) -> bool:
    """Is `text`, a line under a heading in capitals, a line of words of its own, not the heading wrapped: capitalised
    and in lower case after that ("## ГЛАВА II БОЕВЫЕ ДЕЙСТВИЯ ПОДРАЗДЕЛЕНИЙ" / "Силы и средства", the MVD's fire
    service charter of 1993: the heading of the points under it, not words of the chapter's)? A heading in capitals
    goes on in capitals."""
    letters = re.sub(r"[^\w]|[\d_]", "", heading or "")
    return len(letters) >= 8 and letters.isupper() and text[:1].isupper() and any(c.islower() for c in text)


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_a-zа-яәіңғүұқөһё])")
_NEXT_NAME = re.compile(r"(?<=[^\W\d_]{3});\s+(?=[^\W\d_a-zа-яәіңғүұқөһё])")


def position_names(cell: str) -> list[str]:
    """The positions a cell of a table of positions names: one a line, and, where the text runs them together,
    one from each capitalised first word of a Russian name ("Руководитель аппарата Председатель комитета") or
    after each last word of a Kazakh one followed by a capital ("Департамент бастығы Комитет төрағасының
    орынбасары").

    >>> position_names("Руководитель аппарата Председатель комитета")
    ['Руководитель аппарата', 'Председатель комитета']
    >>> position_names("Облыстық аумақтық органның бастығы Қазақстан Республикасы ІІМ-нің өкілдігінің бастығы")
    ['Облыстық аумақтық органның бастығы', 'Қазақстан Республикасы ІІМ-нің өкілдігінің бастығы']

    A sentence's end inside a line ends a position:

    >>> position_names("Бөлім басшысы: халықаралық зерттеулер, өкілдік. Ғалым хатшы")
    ['Бөлім басшысы: халықаралық зерттеулер, өкілдік', 'Ғалым хатшы']

    A class of staff and the positions of that class after a colon are a position each, named with the class:

    >>> position_names("Специалисты среднего уровня квалификации, выполняющие административные функции: техник, механик")
    ['Специалисты среднего уровня квалификации, выполняющие административные функции: техник', \
'Специалисты среднего уровня квалификации, выполняющие административные функции: механик']
    """
    ru, kk = marker("position_head_ru"), marker("position_head_kk")
    out: list[str] = []
    classes = marker("position_class_list")
    # (a sentence's end inside a line ends a position: "Бөлім басшысы: …, өкілдік. Ғалым хатшы"; so does a semicolon
    # before a capital, the next name or class after it: "… мамандар: менеджер, …, экономист; Мемлекеттік мекемеге …
    # құрылымдық бөлімшенің: гараж, …, мұрағат басшысы", MinJust 2015 № 641 in Kazakh, its cell's lines run together)
    pieces = [p for line in cell.split("\n") for s in _SENTENCE_END.split(line) for p in _NEXT_NAME.split(s)]
    listed = classes.match(" ".join(cell.split())) if len(pieces) == cell.count("\n") + 1 else None
    if listed:
        return _of_class(listed)
    for line in pieces:
        words, start = line.split(), 0
        for k in range(1, len(words)):
            capital = words[k].lstrip("«\"(")[:1].isupper()
            if capital and (ru.match(words[k]) or kk.match(words[k - 1])):
                out.append(" ".join(words[start:k]))
                start = k
        if words[start:]:
            out.append(" ".join(words[start:]))
    # a part naming a class and its positions beside a part naming a position ("…квалификации: менеджер, …, лаборант;
    # Руководитель структурного подразделения …"): that class's positions
    named = [_of_class(m) if (m := classes.match(n.strip())) else [n] for n in out]
    return [n.strip(" ,.;") for part in named for n in part if n.strip(" ,.;")]


def listed_names(name: str) -> list[str]:
    """The positions an item of a list of positions names: where it writes their shared first words once, a colon
    after them, then what tells them apart, comma by comma ("командир: роты, взвода", "старший: оперуполномоченный,
    следователь", "аға: жедел уәкіл, тергеуші", "… орталық аппаратының: криминалисі, инженері", MVD 2016 № 870), each
    with those words; where it lists whole names, each a position's head first in Russian or last in Kazakh ("рота
    командирі, взвод командирі", the Russian "командир: роты, взвода"), each of them; any other item, itself.

    >>> listed_names("начальник: караула, клуба, тира")
    ['начальник караула', 'начальник клуба', 'начальник тира']
    >>> listed_names("начальник: отдела (отделения) миграционной службы, отделения регистрационно-экзаменационной работы")
    ['начальник отдела (отделения) миграционной службы', 'начальник отделения регистрационно-экзаменационной работы']
    >>> listed_names("қарауыл бастығы, клуб бастығы")
    ['қарауыл бастығы', 'клуб бастығы']

    A name's words shared by the names listed before it keep them whole:

    >>> listed_names("криминалист, инженер центрального аппарата")
    ['криминалист, инженер центрального аппарата']
    >>> listed_names("Комитеттің, департаменттің басқарма бастығы")
    ['Комитеттің, департаменттің басқарма бастығы']
    """
    m = re.fullmatch(r"(?P<head>[^:;,()]{2,80}?):\s+(?P<rest>[^:;]+)", name)
    parts = _commas(m.group("rest") if m else name)
    if len(parts) < 2 or not all(parts):
        return [name]
    if m:
        return [f"{m.group('head').strip()} {x}" for x in parts]
    ru, kk = marker("position_head_ru"), marker("position_head_kk")
    if all(kk.match(x.split()[-1]) for x in parts) or all(ru.match(x.split()[0]) for x in parts):
        return parts
    return [name]


def _commas(text: str) -> list[str]:
    """`text`'s parts between its commas, those inside brackets parting nothing."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [x.strip() for x in parts + [text[start:]]]


def _of_class(listed: re.Match) -> list[str]:
    """The positions a class of staff lists after its colon, each named with the class."""
    cls = listed.group("cls").strip()
    return [f"{cls}: {n.strip(' ,.;')}" for n in listed.group("names").split(",") if n.strip(" ,.;")]


@lru_cache(maxsize=None)
def _years() -> re.Pattern:
    return re.compile(phrases()["requirement_facts"]["experience_years"]["pattern"], FLAGS)


@lru_cache(maxsize=None)
def _nested() -> re.Pattern:
    return re.compile(phrases()["requirement_facts"]["nested_experience"]["pattern"], FLAGS)


def _years_of(m: re.Match) -> int:
    """The years a match of experience_years says: digits, or words ("четырех", "он бес" = 10 + 5)."""
    if m.group("n") or m.group("n2"):
        return int(m.group("n") or m.group("n2"))
    words = phrases()["cardinals"]
    return sum(words[w] for w in (m.group("w") or m.group("w2") or m.group("w3")).lower().split())


@lru_cache(maxsize=None)
def _levels() -> list[tuple[str, re.Pattern]]:
    facts = phrases()["requirement_facts"]
    return [(level, re.compile(facts[key]["pattern"], FLAGS)) for level, key in (
        ("higher", "education_higher"), ("postgraduate", "education_postgraduate"),
        ("technical-vocational", "education_vocational"), ("post-secondary", "education_post_secondary"))]


def match_heading(text: str):
    for kind in ("chapter", "section", "paragraph"):
        m = marker(f"{kind}_heading").match(text)
        if m:
            g = m.groupdict()
            if g.get("h5"):  # a paragraph with no number: the Builder numbers it
                return kind, "", g["h5"].strip(" .")
            num = g["n"] or g["n2"] or str(roman(g.get("n3") or g.get("n4") or g.get("n6") or ""))
            return kind, num, (g["h"] or g["h2"] or g.get("h3") or g.get("h4") or g.get("h6") or "").strip(" .")
    return None


def is_structural(text: str) -> bool:
    """Does a line open a unit (heading, point, sub-point, table row, position table)?"""
    return bool(match_heading(text) or _POINT.match(text) or _SUBPOINT.match(text) or _DECIMAL.match(text) or "\t" in text
                or marker("table_position").match(text) or _DEPARTMENT.match(text))


class _Pos:
    """A position being read: the lists its items go to."""

    def __init__(self, path: Path, label: str, loc: Loc, **kw):
        self.path, self.label, self.loc, self.kw = path, label, loc, kw
        self.lists: dict[str, list[str]] = {"duty": [], "knowledge": [], "requirement": [], "competence": [], "education": []}

    def build(self, act: ActRef) -> Position:
        req = self.lists["requirement"] + self.lists["education"]
        years = [_years_of(m) for t in req for m in _years().finditer(t)
                 if not _nested().search(re.split(r"[;\n]", t[:m.start()])[-1])]
        if any(marker("no_experience").search(t) for t in req):
            years.append(0)
        levels = tuple(level for level, rx in _levels() if any(rx.search(t) for t in req))
        return Position(act, self.path, self.label, tuple(self.lists["duty"]), tuple(self.lists["knowledge"]),
                        tuple(req), tuple(self.lists["competence"]), tuple(self.lists["education"]),
                        min_years=min(years) if years else None, education_levels=levels, loc=self.loc, **self.kw)


_NAME_WORDS = 25  # a position's name in a list of positions is at most so many words (and no sentence)


def _item_like_a_point(text: str) -> bool:
    """Is a paragraph an item numbered like a point, in lower case ("1. государственную регистрацию …;")?"""
    m = _POINT.match(text)
    return bool(m) and m.group("t")[:1].islower()


def _numbered_next(last: str, number: str) -> bool:
    """Does the decimal `number` come next after the point numbered `last`: its first sub-number ("1.2" → "1.2.1") or
    the next at any of its levels ("1.2.3" → "1.2.4", "1.3", "2")?"""
    have, got = last.split("."), number.rstrip(".").split(".")
    if got == have + ["1"]:
        return True
    k = len(got) - 1
    return 0 <= k < len(have) and got[:k] == have[:k] and have[k].isdigit() and got[k] == str(int(have[k]) + 1)


def _lead(number: str | None) -> int | None:
    """The first whole number of a unit's number ("10" of "10-2", "4" of "4-1"), or None."""
    m = re.match(r"\d+", number or "")
    return int(m.group()) if m else None


def _add_new(items: list[str], more) -> None:
    """Add to a position's list the items it does not hold yet (a cell spanning rows repeats in each)."""
    items += [x for x in more if x not in items]


def _position_name(name: str) -> bool:
    """Can this item of a list of positions be a position's name: some words, no lead-in, no sentence? An item that
    names several, comma by comma, may be longer, each of them a name's length ("жедел уәкіл, тергеуші, …, учаскелік
    полиция инспекторы, кәмелетке толмағандардың істері жөніндегі учаскелік полиция инспекторы, …, барлық атаудағы
    инженер және инспектор", 27 words, MVD 2016 № 870 in Kazakh: the whole list had been read as no list of
    positions)."""
    if not name or name.endswith(":") or marker("finite_verb").search(name):
        return False
    words = len(name.split())
    if words <= _NAME_WORDS:
        return True
    parts = _commas(name)
    return len(parts) >= 3 and words <= 3 * _NAME_WORDS and max(len(p.split()) for p in parts) <= _NAME_WORDS // 2


def _unwrapped(paras: list[str], items=()) -> list[str]:
    """A point's paragraphs, lines wrapped at a fixed width joined again: a line that goes on in lower case after one
    that ends no sentence nor clause is the same paragraph ("7. Постановление … подлежит обязательному" / "исполнению и
    может быть обжаловано, …"), a bracket it opens too ("11. Учаскелік полиция инспекторы" / "(бұдан әрі – учаскелік
    полиция инспекторы) … әңгімелеседі"); never an item of a markdown list (`items`: their indexes), whatever the line
    before ends with ("2. Установить что," / "- областное управление …")."""
    out: list[str] = []
    for k, p in enumerate(paras):
        if out and k not in items and _goes_on(out[-1], p):
            out[-1] += " " + p
        else:
            out.append(p)
    return out


def unwrapped_text(text: str) -> str:
    """A unit's text with the lines a fixed width wrapped joined again (`_unwrapped`), as its citations are read: "…
    предусмотренной ст." / "362 Уголовного кодекса" cites article 362, "… пунктом 1" / "статьи 35 Закона" point 1 of
    article 35. A table's rows stay apart."""
    if "\n" not in text or " | " in text:
        return text
    return "\n".join(_unwrapped(text.split("\n")))


def _goes_on(before: str, line: str) -> bool:
    """Does `line` go on the paragraph `before`, a fixed width having wrapped it: `before` ends no sentence nor clause
    and `line` opens in lower case (after a bracket or quote it opens, "(бұдан әрі – …"), or with the Republic's name
    after a line of the width's length, the body it names above it ("1. Утвердить и ввести в действие Боевой устав
    пожарной охраны МВД" / "Республики Казахстан (прилагается).", MVD 1993 N 253)? A number that opens the line with
    words after it, not a sub-point's, goes on too, and so does a bracket after a number, an article's title cited by
    its number ("… предусмотренной Кодексом об административных правонарушениях ст. ст. 521 (Уклонение от явки …), 524" /
    "(Неисполнение судебных актов …", "… Әкімшілік құқық бұзушылық туралы Кодексінің" / "521 (Сот орындаушысына …",
    MinJust 2011 № 17; after "ст." too: "… предусмотренной ст." / "362 Уголовного кодекса"), a form's blank
    after a word ("Отменить постановление от … о" / "______, вынесенного по исполнительному", MinJust 2011 № 18), and
    the country's name broken between them ("… жетекшілік ететін Қазақстан" / "Республикасының Әділет вице-министріне
    жүктелсін.", MinJust 2011 № 90)."""
    last = before.rsplit("\n", 1)[-1]
    if re.search(r"[.;:!?]\W*$", before):  # (but for a unit's abbreviation, its number wrapped onto the line)
        return bool(_NUMBER_GOES_ON.match(line)) and bool(marker("unit_abbrev_end").search(last))
    return line.lstrip("(«\"")[:1].islower() or bool(_NUMBER_GOES_ON.match(line)) \
        or line.startswith("(") and last[-1:].isdigit() or line.startswith("_") and last[-1:].isalpha() \
        or len(last) >= WRAP_WIDTH and bool(marker("republic_after_body").match(line)) \
        or bool(marker("country_split").search(f"{last[-40:]}\n{line[:40]}"))


# a name of more than one word before a colon: the fields of one position follow it ("Орталық басшысы: музей …")
_NAME_BEFORE_COLON = re.compile(r"[^:]*\s[^:]*:")
# a wrapped line opening with a number that words follow, not a sub-point's ("521 (Сот орындаушысына …", "10, статьей
# 126 Закона …")
_NUMBER_GOES_ON = re.compile(r"\d+,?\s+(?=\(?[^\W\d])")


class Seen(NamedTuple):
    """A unit read so far as a note reads it, before the units are built: where it sits and its heading."""
    path: Path
    heading: str | None


class ReadSoFar(Sequence):
    """The units read so far, in reading order, as one sequence over lists of units and builders that are still
    reading: a note looks its target up here, once per note, without the units' texts being built each time (that
    made reading a long text's notes grow with the square of its length)."""

    def __init__(self, *parts) -> None:
        self.parts = parts

    @staticmethod
    def _each(part, backwards: bool = False):
        if isinstance(part, Builder):
            items = reversed(part.units.items()) if backwards else part.units.items()
            return (Seen(path, u["heading"] or part.headings.get(path[-1])) for path, u in items)
        return reversed(part) if backwards else iter(part)

    def __iter__(self):
        for part in self.parts:
            yield from self._each(part)

    def __reversed__(self):
        for part in reversed(self.parts):
            yield from self._each(part, backwards=True)

    def __len__(self) -> int:
        return sum(len(p.units) if isinstance(p, Builder) else len(p) for p in self.parts)

    def __getitem__(self, i):
        return list(self)[i]


class Builder:
    """Reads lines one at a time into units under `base`; `headings` names known containers."""

    def __init__(self, act: ActRef, base: Path = (), headings: dict | None = None, operative: bool = False,
                 listed: bool = False):
        self.act, self.base, self.operative = act, base, operative
        self.listed: list[Position] | None = [] if listed else None  # a list of positions: one a point
        self.listed_lead = False  # the point just read leads in to sub-points of that list, a position each
        self.listed_group: str | None = None  # that point's words: the group its positions stand in
        # a sub-point of such a point that leads in to positions ("1) … мынадай лауазымдардағы қызметі:"): its path and
        # how many of its paragraphs, a position each, were read
        self.listed_items: list | None = None
        self.listed_by_items = False  # some sub-point led in to positions
        self.criteria_table = False  # the position a numbered heading names is described by the table below it
        self.headings = dict(headings or {})
        self.path: Path = tuple(s for s in base if s[0] not in ("point", "subpoint", "part", "textparagraph"))
        self.point: Path | None = base if base and base[-1][0] in ("point", "subpoint") else None
        self.units: dict[Path, dict] = {}
        # the sub-points of the order's own operative points, kept as their point's text: per point, each one's number,
        # line and the index of its first paragraph in the point's
        self.items: dict[Path, list[tuple[str, Loc, int]]] = {}
        self.positions: list[_Pos] = []
        self.entries: list[IndexEntry] = []
        self.pos: _Pos | None = None
        self.list: str | None = None
        # the paragraphs of a position's point that opened with no part's label, held until its last says what they are
        # (what the position must know, the Kazakh verb last: `_pend`)
        self.held: list[str] | None = None
        self.current: Path | None = self.point
        self.before_heading: str | None = None  # the number of the point before the last one opened
        self.criterion: str | None = None
        self.pending: str | None = None
        self.dept: tuple[str, str] | None = None
        self.tables = 0
        self.last_table: Path | None = None  # the table read last (one continued under a line saying so goes on in it)
        self.before_table: Path | None = None  # the unit read before the table that begins
        self.caption: tuple[str, Loc] | None = None  # the caption over the table that begins ("Таблица 1. …"), its line
        self.figure: Path | None = None  # the figure whose number the last line was, its caption to come
        self.prev_level = 0  # the markdown heading level of the line read before
        self.item = False  # the line being read is a markdown list's item
        self.parts, self.list_parent = 1, ()  # the point's parts so far; the part a second list of the point is in
        self.parted: set[Path] = set()  # points given a part after a list their paragraph led in to
        self.chapter_level = 0  # the markdown level of the chapters' headings
        self.outer: str | None = None  # "chapter" or "section", whichever heading came first: it holds the other
        self.shifts: dict[Path, int] = {}  # the divisions read one number on, by the path holding them
        self.renumbered: list[tuple[Loc, str, str, str]] = []  # (line, kind, number given, number read) of each
        self.columns: dict[str, int] | None = None  # the header of the table of positions being read
        self.row_category: str | None = None  # the category of the row above, for a row that leaves its cell empty
        self.row_group: str | None = None  # the heading row the rows of a table of positions stand under
        self.rows = 0  # rows read in the current table
        self.numbered = False  # the current table is a list whose first column numbers its rows ("№ п/п")
        self.row_no: str | None = None  # the number of the list's row read last
        self.last_block = ""
        self.after_heading: Path | None = None  # the heading of a chapter or section the last line opened
        self.intro = 0  # paragraphs of an attachment before its first unit
        self.card = False  # the rows read belong to a profession card (a professional standard)
        self.card_prev: set[str] = set()  # the cells of the card's row above (a cell spanning rows repeats in each)
        self.card_pending: str | None = None  # "Умение:" alone in its cell: the list its items in the row below go to
        if self.path and self.path[-1][0] == "paragraph":
            key = self.path[-1]
            self._start_position(self.path, self.headings.get(key, ""), None)

    # --- emitting -----------------------------------------------------------------------
    def _unit(self, path: Path, loc: Loc, heading: str | None = None, text: str | None = None,
              opens: bool = False) -> None:
        """Add to a unit; `opens` marks a line that starts a unit (a second one is a duplicate number)."""
        u = self.units.setdefault(path, {"heading": None, "paras": [], "loc": loc, "opened": 0})
        u["opened"] += opens
        if heading:
            u["heading"] = heading
        if text:
            u["paras"].append(text)
            if self.item:  # (a list's item: no line of the paragraph before wrapped at a fixed width, `_unwrapped`)
                u.setdefault("items", set()).add(len(u["paras"]) - 1)
        u["loc"] = Loc(u["loc"].line, max(u["loc"].span[1], loc.span[1]))

    def _start_position(self, path: Path, label: str, loc: Loc | None, **kw) -> None:
        self.criteria_table = False  # until a numbered heading says its table describes it
        self.pos = _Pos(path, label, loc or Loc(0), **kw)
        self.positions.append(self.pos)
        self.list, self.held = None, None

    def _after_closed_lists(self, described: set) -> None:
        """Paragraphs after a point's list, its items closed by ";" and its last by a full stop (or by ";" too, the
        paragraphs closed by a full stop), that open with a capital letter are the point's next part, no words of the
        last item ("4) срок и место приема документов." / "Объявление
        может содержать дополнительную информацию, …"; "11) справка … о несудимости." / "Отсутствие одного из указанных
        документов является основанием для отказа …")."""
        moved: dict[Path, list] = {}
        items: dict[Path, list] = {}  # the sub-points of each point or part, in order; the parts of each point
        parts: dict[Path, list] = {}
        for path in self.units:
            if path and path[-1][0] == "subpoint":
                items.setdefault(path[:-1], []).append(path)
            elif path and path[-1][0] == "part" and path[-1][1].isdigit():
                parts.setdefault(path[:-1], []).append(int(path[-1][1]))
        for parent, listed in items.items():
            path, u = listed[-1], self.units[listed[-1]]
            if (not parent or parent[-1][0] not in ("point", "part") or len(u["paras"]) < 2 or len(listed) < 2 or parent in described
                    or (parent in self.units and self._is_position_point(parent))):
                continue
            texts = [(self.units[q]["paras"] or [""])[0] for q in listed]
            if not u["paras"][0].rstrip().endswith((".", ";")) or not all(t.rstrip().endswith(";") for t in texts[:-1]):
                continue
            extra = list(u["paras"][1:])
            # (… the last item closed by ";" as the others, where the paragraphs after it are sentences of their own:
            # "4) … растайтын құжат;" / "Сенім білдірген адам (агент) … белгілеуі мүмкін.", the Kazakh of "4) … имущество."
            # / "Поверенным (агентом) могут быть установлены …")
            if not all(x[:1].isupper() for x in extra) or (
                    u["paras"][0].rstrip().endswith(";") and not extra[-1].rstrip().endswith(".")):
                continue
            point = parent if parent[-1][0] == "point" else parent[:-1]
            # (after the point's own paragraphs, each a part, the list in the last: "17. Автор … ұсынады." / "Баянатқа
            # (өтінімге):" / "1) …;" … "6) … беріледі." / "Жаңадан дайындалған …": its third part)
            own = len(_unwrapped(self.units[point]["paras"], self.units[point].get("items", ()))) \
                if point == parent and point in self.units else 1
            n = max(parts.get(point, []) + [int(parent[-1][1]) if parent[-1][0] == "part" and parent[-1][1].isdigit()
                                            else 1, own])
            if point == parent:
                self.parted.add(point)
            del u["paras"][1:]
            moved[path] = [(point + (("part", str(n + k)),), x) for k, x in enumerate(extra, 1)]
            parts.setdefault(point, []).extend(range(n + 1, n + 1 + len(extra)))  # (a later list's parts come after)
        if moved:
            units: dict[Path, dict] = {}
            for path, u in self.units.items():
                units[path] = u
                for part, x in moved.get(path, ()):
                    units[part] = {"heading": None, "paras": [x], "loc": u["loc"], "opened": 0}
            self.units = units

    def result(self) -> tuple[list[Unit], list[Position], list[IndexEntry]]:
        units = []
        described = {p.path for p in self.positions}  # points whose paragraphs are their position's criteria rows
        self._after_closed_lists(described)
        # points whose lists opened parts of their own ("Во второй части … хранятся:" / "1) …"): their paragraphs
        # before the first list stay the point's text, no parts numbered again
        listed_parts = {path[:-1] for path in self.units if path and path[-1][0] == "part"}
        for path, u in self.units.items():
            heading = u["heading"] or self.headings.get(path[-1])
            paras = u["paras"]
            units.append(Unit(self.act, path, heading, "\n".join(paras) or None, u["loc"], occurrences=u["opened"]))
            kind = path[-1][0]
            parts = _unwrapped(paras, u.get("items", ())) if kind == "point" else paras
            if kind == "point" and len(parts) > 1 and path not in described and not self._is_position_point(path) \
                    and not any(_SUBPOINT.match(p) or _item_like_a_point(p) for p in paras) \
                    and (path not in listed_parts or path in self.parted):
                units += [Unit(self.act, path + (("part", str(k)),), None, p, u["loc"]) for k, p in enumerate(parts, 1)]
        positions = [p.build(self.act) for p in self.positions
                     if p.label and any(p.lists.values()) or p.kw.get("codes") or p.kw.get("row")]
        return units, positions or self.listed or [], self.entries

    def _is_position_point(self, path: Path) -> bool:
        paras = self.units[path]["paras"]
        return bool(paras) and (any(rx.search(paras[0]) for _, rx in _position_parts())
                                or bool(marker("category_requirements").match(paras[0]))
                                # (what a position must know, the verb last: "… Конституциясын;" / … / "… білуге тиіс.")
                                or len(paras) > 1 and paras[-2].rstrip().endswith((";", ","))
                                and bool(marker("knowledge_verb_last").search(paras[-1])))

    # --- reading ------------------------------------------------------------------------
    def _renumbered(self, kind: str, num: str, heading: str, loc: Loc) -> str:
        """The number a division is read under: the one it gives, or one on where its number repeats the division
        before's under another heading ("## 3. Талапкерлерді дене бітімі көрсеткіштері бойынша іріктеу" / … / "## 3.
        Кешенді тестілеуді өткізу" / … / "## 4. …", MVD 2010 № 204 in Kazakh): the second chapter 4, the third 5:
        the divisions from it on one more, so that the second is no heading of the first (`renumbered` says where)."""
        rank = SECTIONS_OUTER if self.outer == "section" else RANK
        holder = apply_context(self.path, [(kind, num)], rank)[:-1]
        shift = self.shifts.get(holder, 0)
        read = str(int(num) + shift)
        before = self.units.get(holder + ((kind, read),))
        if (self.path[len(holder):len(holder) + 1] == ((kind, read),) and before and before["heading"] and heading
                and before["heading"] != heading):
            self.shifts[holder] = shift + 1
            self.renumbered.append((loc, kind, num, str(int(read) + 1)))
            return str(int(read) + 1)
        return read

    def _sections(self) -> bool:
        """Has a section been read in this appendix (or in the order's own text)?"""
        appendix = tuple(s for s in self.path if s[0] == "appendix")
        return any(p[-1][0] == "section" and p[:len(appendix)] == appendix for p in self.units)

    def _goes_on(self, kind: str, num: str) -> bool:
        """Does this number follow the last division of this kind ("2" after chapter 1)?"""
        last = next((n for k, n in reversed(self.path) if k == kind), None)
        return _lead(num) is not None and _lead(num) == (_lead(last) or 0) + 1

    def feed(self, text: str, loc: Loc, block: str = "", level: int = 0, opens: bool = False,
             indented: bool = False, item: bool = False) -> bool:
        """Read one line; False when the line is not understood. `block` is the kind of markdown
        block the line comes from ("table": a row of an HTML table, "form": a fenced block); `level`
        its markdown heading level ("### 1. Жалпы ережелер" is chapter 1, not point 1); `opens`: the line is
        the first row of its HTML table; `indented`: the markdown indents it (inside a list's item); `item`: it is a
        markdown list's item, a paragraph of its own whatever the one before ends with."""
        self.item = item
        try:
            return self._feed(text, loc, block, level, opens, indented)
        finally:
            self.prev_level, self.item = level, False

    def _feed(self, text: str, loc: Loc, block: str, level: int, opens: bool, indented: bool = False) -> bool:
        text = text.strip(" ")
        if (indented and level and not block and not self.operative and self.point
                and (m := marker("figure_caption").match(text))):
            # a figure's number set as a heading inside a list's item, its caption in brackets or none ("### Рисунок
            # 1 (мужская форма)", "### Рисунок 7" under a sub-point, MinFin 2019 № 297): a figure of the division
            # that leaves the point's list open ("3) нарукавный знак …" after it goes on in it)
            return self._figure(m.group("n") or m.group("k"), loc, caption=m.group("cap"), inside=True)
        heading = match_heading(text)
        if heading and heading[0] == "chapter" and level:
            self.chapter_level = level  # chapters named so ("## 2-Тарау. …", "#### Глава 1. …") at this level
        if level >= 2 and not heading:
            m = _POINT.match(text)
            if m and m.group("t") and not (len(m.group("t")) > 120 and m.group("t").endswith(".")):
                # a numbered heading under a named chapter's, one level down, divides the chapter ("## 2-Тарау. …"
                # / "### 1. Сотталғандарды түзеу мекемелеріне қабылдау"; older rules number these across chapters);
                # a sentence is a point that the markdown set as a heading
                deeper = self.chapter_level and level > self.chapter_level and any(k == "chapter" for k, _ in self.path)
                if deeper and m.group("n") != "1" and self._goes_on("chapter", m.group("n")) and not self._sections():
                    # … unless its number is the next chapter's and no division came before it: the next chapter
                    # set one level down ("## Глава 1. Общие положения" / … / "### 2. Порядок транспортировки и
                    # приема ценностей", MinJust 2011 № 261)
                    deeper = False
                heading = ("section" if deeper else "chapter", m.group("n"), m.group("t").strip(" ."))
            if (not m and not self.units and not self.point and not self.operative
                    and marker("general_provisions").match(text)):
                # the first division of rules under their title, with no number in older texts ("## Общие положения",
                # then "## 2. Порядок получения права …"): chapter 1
                heading = ("chapter", "1", text)
            m = _DECIMAL.match(text) if not m else None
            chapter = next((n for k, n in self.path if k == "chapter"), None)
            if (m and chapter and m.group("n").split(".")[0] == chapter and m.group("n").count(".") == 1
                    and len(m.group("t")) < 100 and not re.search(r"[.;:,]$", m.group("t"))):
                # a division of the chapter set as a heading under it, its number the chapter's and its own ("## 2.
                # Порядок проведения сессии маслихата" / "## 2.1. Сессии маслихата"), the points under it numbered
                # through the text (a maslikhat's reglement)
                heading = ("section", m.group("n"), m.group("t").strip(" ."))
        if (not heading and not block and not self.operative and self.point and marker("final_provisions").match(text)
                and (chapter := next((n for k, n in reversed(self.path) if k == "chapter"), None)) and chapter.isdigit()):
            # the last division of rules whose chapters are numbered, its name a paragraph of its own with no number
            # ("## 4. Қаңғыбас иттер …" / … / "Қорытынды ережелер" / "17. Осы Қағидаларды бұзғаны үшін …", Almaty oblast
            # maslikhat 2015 № 43-249 in Kazakh, whose Russian heads it "## 5. Заключительные положения"): the next chapter
            heading = ("chapter", str(int(chapter) + 1), text)
        if (heading and level and text.endswith(":") and self.point and heading[0] in ("chapter", "section")
                and not self._goes_on(heading[0], heading[1])):
            # a lead-in sentence among the points that the markdown set as a heading, its number not the next
            # division's ("## 10. Раздел 1 … содержит следующие подразделы:" under chapter 5, "## Раздел 2 …
            # содержит следующие подразделы:"): a point, or the point's text
            heading = None
        if (heading and level and heading[0] in ("chapter", "section") and text.endswith(".")
                and (named := re.match(r'["«][^"»]{1,80}["»]\s+(\w+)', heading[2])) and named.group(1).islower()):
            # … and so is a sentence on a division the text names, its name quoted and a verb after it ("## Раздел I
            # «Доходы» отражает поступления в бюджет …", "## Раздел II «Затраты» состоит из …", under the point that
            # lists the report's divisions, MinFin 2004 N 432): no division of the text
            heading = None
        # (a table right after another, nothing between them, is a table of its own: "Базовая ставка" / "Вид
        # коэффициентов", two tables of one appendix)
        new_table = block == "table" and (self.last_block != "table" or opens)
        self.last_block = block
        heading_open, self.after_heading = self.after_heading, None
        if self.card and (new_table or block != "table"):  # a profession card ends with its table
            self.card, self.pos = False, None
        if not text:
            return True
        if block == "form":
            self.tables += 1
            self.current = self._table_path(self.current)
            self._unit(self.current, loc, None, text.strip("`"))
            return True
        if new_table:
            self.caption = self._caption(next(reversed(self.units), None))
            self.before_table, self.current, self.rows = self.current, None, 0
            if self._continued(next(reversed(self.units), None)):
                self.current = self.last_table
        if "\t" in text or block == "table":
            return self._row(text, loc)
        m = marker("numbered_position").match(text)
        if m:  # "## 1. Министрдің көмекшісі С-3 санаты (2 бірлік), № 1-0-1, 1-0-2" / its criteria table below
            return self._numbered_position(m, loc)
        if heading:
            self.criteria_table = False
            kind, num, heading = heading
            if kind in ("chapter", "section"):
                self.outer = self.outer or kind  # the first division met is the outer one
            if not num:  # (a paragraph with no number, "Параграф. Порядок …": the next of its division)
                above = tuple(s for s in self.path if s[0] in ("appendix", "section", "chapter"))
                num = str(1 + sum(1 for p in self.units if p[:-1] == above and p[-1][0] == kind))
            if kind in ("chapter", "section") and num.isdigit():
                num = self._renumbered(kind, num, heading, loc)
            self.path = apply_context(self.path, [(kind, num)], SECTIONS_OUTER if self.outer == "section" else RANK)
            self.point = self.current = None
            self.list_parent = ()
            self._unit(self.path, loc, heading or None)
            if kind == "paragraph":
                self._start_position(self.path, heading, loc)
            else:
                self.pos, self.list = None, None
                self.after_heading = self.path
            return True
        if (level and self.point and not self.operative and not text[:1].isdigit()
                and (self.path == self.base or self.path and self.path[-1][0] in ("chapter", "section"))):
            # a heading with no number among the points, set as a heading by the markdown ("## Изучение" after point
            # 19 of an audit standard, over point 20): no part of the point above it, a paragraph of the division
            self.point = self.current = None
            if self._plain(text, loc):
                return True
        figure, self.figure = self.figure, None
        if not self.operative and not level and (m := marker("figure_caption").match(text)):
            return self._figure(m.group("n") or m.group("k"), loc, text[:1].islower(), caption=m.group("cap"))
        if figure and len(text) < 150 and not re.search(r"[.;:]$", text) and not _POINT.match(text) \
                and not (level and figure not in (self.current, None)):
            self.units[figure]["heading"] = text  # the figure's caption, on the line under its number
            return True
        m = marker("table_position").match(text)
        if m:
            return self._table_position(m, loc)
        m = _DEPARTMENT.match(text)
        if m and not _POINT.match(text):
            self.dept = (m.group("name").strip(), m.group("code"))
            self.path = apply_context(self.path, [("section", m.group("code"))])
            self._unit(self.path, loc, m.group("name").strip())
            return True
        m = _DECIMAL.match(text)
        last = self.units.get(self.current) if self.current else None
        if (m and m.group("t")[:1].islower() and last and last["paras"] and not re.search(r"[.;:]$", last["paras"][-1])
                and not (self.point and _numbered_next(self.point[-1][1], m.group("n")))):
            # a reference to a point broken before its number ("… в соответствии с пунктом" / "2.1. настоящей
            # Инструкции;"): the sentence goes on — unless the number is the next of the points' own numbering, a
            # form's field in lower case ("1.2 Қайта тіркеу" / "1.2.1 жарғылық капитал мөлшерінің азаюы", MinJust 2004
            # N 168)
            last["paras"][-1] += " " + text
            return True
        if (m and self.operative and self.point and self.point[-1][0] == "point" and m.group("n").count(".") == 1
                and self.point[-1][1].split(".")[0] == m.group("n").split(".")[0] and not m.group("t")[:1].islower()):
            # a point inserted into the operative part after the point whose number it extends ("11. Учесть …" /
            # "11.1. Одобрить выпуск …", its note "Дополнено пунктом 11.1"; "12.1. 2025 жылға арналған …"; "1. Объявить
            # …" / "1.1. Утвердить …" / "1.2. …"): a point of its own
            self.point = self.current = apply_context(self.base, [("point", m.group("n"))])
            self.parts, self.list_parent = 1, ()
            self._unit(self.point, loc, None, m.group("t"), opens=True)
            return True
        if m and not self.operative:
            self._chapter_from_point(m.group("n").split(".")[0])
            self.point = self.current = apply_context(self.path, [("point", m.group("n"))])
            self._unit(self.point, loc, None, m.group("t"), opens=True)
            self._label(m.group("t"))
            return True
        m = _POINT.match(text)
        # (an item of a list numbered like a point, in lower case: "2. Комитету … обеспечить:" / "1. государственную
        # регистрацию …;" / "2. размещение …", or "2) согласие …;" / "3. справка с места обучения;", MVD 2011 № 585)
        as_item = bool(m) and self._numbered_like_a_point(m.group("n"), m.group("t"))
        if m and not as_item and not re.match(r"^\d+\.\d", text):
            self.criteria_table = False
            before = self.point[-1][1] if self.point and self.point[-1][0] == "point" else None
            # (numbers with an inserted point's or chapter's suffix compare by their first number: "10-2", "4-1")
            lead, lead_before = _lead(m.group("n")), _lead(before)
            back = lead is not None and lead_before is not None and lead <= lead_before
            # (… or a chapter that holds no point, a table its whole text: "2. Общие упражнения для мужчин" / table /
            # "3. Общие упражнения для женщин")
            if not self.operative and (before and ("." in before or back) or before is None and self.path[-1:]
                                       and self.path[-1][0] == "chapter") \
                    and self._next_chapter(m.group("n"), m.group("t"), decimal=bool(before and "." in before)):
                # points numbered 2.1, 2.2 … under chapter 2: "3. Восстановление в гражданстве" opens chapter 3,
                # whether decimal points follow it or paragraphs; or points numbered across the chapters, the number
                # going back ("8. …" / "2. Основные задачи Инспекции" / "9. …")
                if not any(kind == "chapter" for kind, _ in self.path) and not self.positions:
                    self._first_chapter_unnamed()
                self.path = apply_context(self.path, [("chapter", m.group("n"))])
                self.point = self.current = None
                self._unit(self.path, loc, m.group("t").strip(" ").removesuffix("."))
                self.after_heading = self.path
                return True
            if (back and m.group("n") == "1" and not self.operative and before and before.isdigit()
                    and self._restarted_under_heading(before)):
                before = self.point = self.current = None  # the points numbered again under chapter `before`
            if (back and lead < lead_before and not self.operative and self.point and self.current
                    and any(p[-1] == ("point", m.group("n")) and p[:len(self.base)] == self.base for p in self.units)):
                # a list numbered inside a point, no heading between ("ПРИМЕРЫ: 1.Организация закупила сахар …" / "2.
                # Организация произвела ремонт …"), its numbers those of points already read: the point's text …
                n = m.group("n")
                lead = self.units[self.point]["paras"]
                if text.endswith(":") and n.isdigit() and (
                        n == "1" and not self.list_parent and self.current == self.point and lead and lead[-1].endswith(":")
                        or self.list_parent == self.point + (("part", str(int(n) - 1)),)):
                    # … unless each item leads in a list of its own ("… ведется учет осужденных:" / "1. Персонально:" /
                    # "1) по журналу;" / … / "2. Количественно:" / "1) …"): each item is a part of the point, by its number
                    self.parts = int(n)
                    self.current = self.list_parent = self.point + (("part", n),)
                    self._unit(self.current, loc, None, text, opens=True)
                    return True
                return self._plain(text, loc)
            if not self.operative and before and lead_before is not None and lead == lead_before + 1:
                self._paragraph_from_last()
            if (not self.operative and before and self._numbered_heading(before, m.group("n"))
                    and self._chapter_from_point(before)):
                before = self.before_heading
            self.before_heading = before
            self.point = self.current = apply_context(self.path, [("point", m.group("n"))])
            self.parts, self.list_parent = 1, ()
            # (its number typed twice, "9. 9. Заңның 26-бабында …", MinJust 2026 № 99 in Kazakh: once)
            own = _without_number(m.group("t"), m.group("n"))
            self._unit(self.point, loc, None, own or None, opens=True)
            self._label(own)
            self._listed(own, loc)
            self._category(own, loc)
            return True
        m = _POINT.match(text) if as_item else _SUBPOINT.match(text)
        if m and not as_item and re.fullmatch(r"[-–]\s*\d+\)\.?", m.group("t")):
            m = None  # "14)-17)" alone: the place of sub-points deleted (the numbers after it renumbered), no sub-point
        words = m.group("t").split(" ", 2) if m else []
        if words and unit_kind(words[0]) == "subpoint" and not (len(words) > 1 and words[1][:1].isdigit()):
            # a paragraph on the sub-point its number names ("1) тармақшаға … жатады", the Russian "К подпункту 1)
            # относятся …"): the appendix's text, no sub-point of its own (an item naming another sub-point, "1)
            # подпункт 5) пункта 2 изложить …", is one)
            m = None
        if m and not as_item and self._point_bracketed(m.group("n")):
            # "15-1) Учесть, что …" under point 15, which has no sub-point "15)": point 15-1, inserted after it and
            # numbered with a sub-point's bracket (its note: "Решение дополнено пунктами 15-1) …")
            self.point = self.current = apply_context(self.path, [("point", m.group("n"))])
            self.parts, self.list_parent = 1, ()
            self._unit(self.point, loc, None, m.group("t") or None, opens=True)
            return True
        if m and self.operative and self.point:
            # the order's own operative sub-points (administrative tasks) stay text of their point, unless a note names
            # one (`items_as_units`)
            num = m.group("n") + (f"-{m.group('suf')}" if not as_item and m.group("suf") else "")
            self.items.setdefault(self.point, []).append((num, loc, len(self.units.get(self.point, {}).get("paras", ()))))
            self._unit(self.point, loc, None, text)
            return True
        if m:
            # (a list's part: of the point, or of the division when no point is open)
            parent = self.list_parent if self.list_parent and self.list_parent[:len(self.point or self.path)] == (
                self.point or self.path) else (self.point or self.path)
            num = m.group("n") + (f"-{m.group('suf')}" if not as_item and m.group("suf") else "")
            self.current = self._new_list(parent, num) or (
                parent + (("subpoint", num),) if parent is self.list_parent  # a sub-point of a part
                else apply_context(parent, [("subpoint", num)]))
            self._unit(self.current, loc, None, text, opens=True)
            if self.list:
                self._item(m.group("t"))
            elif self.held is not None and self.pos is not None:
                self._pend(m.group("t"))
            if self.listed_lead:  # "1. Должности районных органов:" / "1) начальник отдела …;": one a sub-point
                self._listed(m.group("t"), loc, self.current)
            return True
        if (heading_open and self.current is None and not text[:1].isdigit()
                and not (level and text[:1].isupper() and self.units[heading_open]["heading"])
                and not _capitals_over_words(self.units[heading_open]["heading"], text)
                and (text.lstrip("(")[:1].islower() or len(text) < 90 and not re.search(r"[.;:]$", text)
                     and not _LABELLED.match(text)
                     or level and not self.units[heading_open]["heading"])):
            # a heading wrapped over lines, each a paragraph: "IV. Порядок прохождения службы в специальных" /
            # "военизированных службах охраны РГП "Кузет"" / "МВД Республики Казахстан" (or a bracket: "3. Порядок
            # рассмотрения рапортов" / "(заявлений) сотрудников и пенсионеров …"); or the title of a division
            # whose heading gives only its number, a heading of its own below it ("## Раздел 2" / "## Рекомендации по
            # выполнению Указа Президента … на 1996-2000 годы"")
            u = self.units[heading_open]
            u["heading"] = f'{u["heading"] or ""} {text}'.strip()
            self._unit(heading_open, loc)
            self.after_heading = heading_open
            return True
        if not block and self.current and self.current[-1][0] == "table":
            # a paragraph after a table or a form's drawn template is no row of it: the point's text it stands in,
            # or the attachment's own paragraph ("Хабарламаны қаржы басқарушысы … орындайды." under a form)
            parent = self.current[:-1]
            if parent and parent[-1][0] in ("point", "subpoint", "part"):
                self.current = parent
            elif parent == self.base and self.path == self.base and not self.point:
                self.current = None
        return self._plain(text, loc)

    def _numbered_like_a_point(self, num: str, text: str) -> bool:
        """Is "N. text" a sub-point numbered like a point: in lower case, the first under a lead-in that ends with a
        colon ("… обеспечить:" / "1. государственную регистрацию …;"), or the next of a list whose item before it is
        numbered N - 1 and ends with a semicolon ("2) согласие … (справка разрешение);" / "3. справка с места
        обучения;")? In upper case, only the next of such a list whose number is not the next point's, ending with a
        stop ("15) жеке басының қауіпсіздігіне …;" / "16\\. Қауіпсіз … еңбекақы алуға." in point 10, the Russian "16)
        на безопасные …", MinJust 2001 № 148 in Kazakh)."""
        if not (self.point and num.isdigit()):
            return False
        lower = text[:1].islower()
        unit = self.units.get(self.current) if self.current else None
        tail = unit["paras"][-1].rstrip() if unit and unit["paras"] else ""
        if num == "1":
            # (in upper case too when it closes with a semicolon right under its point's lead-in: numbered 1 again, it
            # cannot be the next point, "1. … аумақтық органдарының лауазымдары:" / "1. Полиция департаментінің …
            # бастығы;" / "2. … бастығы.", MVD 2018 № 671 in Kazakh, the Russian "1)" / "2)")
            return tail.endswith(":") and (lower or text.rstrip().endswith(";") and self.current == self.point
                                           and self.point[-1][0] == "point")
        # (the next of such a list numbered like points goes on while its items close with a semicolon, whatever the
        # number)
        listed_so = bool(self.current and self.current[-1][0] == "subpoint" and re.match(r"\d+\.\s", tail))
        if not lower and (self.point[-1][0] != "point" or _lead(self.point[-1][1]) == int(num) - 1 and not listed_so
                          or not text.rstrip().endswith((".", ";"))):  # (a heading numbered like a point has no stop)
            return False
        before = re.match(r"(\d+)[.)]\s", tail)
        return bool(before) and int(before.group(1)) == int(num) - 1 and tail.endswith((";", ":"))

    def _point_bracketed(self, num: str) -> bool:
        """Is a sub-point's number ("15-1") that of a point inserted after the open point ("15", or "15-1" before
        "15-2"), the open point having no sub-point numbered as itself ("15)") that "15-1)" would follow?"""
        if not self.point or self.point[-1][0] != "point":
            return False
        own = self.point[-1][1]
        base = own.split("-")[0]
        if num == own or not re.fullmatch(re.escape(base) + r"-\d+", num) or not base.isdigit() or int(base) < 2:
            return False
        point = self.point[:-1] + (("point", base),)
        unit = self.units.get(point)
        return (point + (("subpoint", base),) not in self.units
                and not any(p.startswith(base + ")") for p in (unit["paras"] if unit else ())))

    def _new_list(self, parent: Path, num: str) -> Path | None:
        """A second list in one point ("… дополнительно представляются:" / "1) …" after "1) …, 2) …"): the
        sub-point whose number was already read opens a part of the point, its lead-in that part's text (the
        paragraph taken back from the last sub-point); the path of the sub-point, or None (no new list)."""
        last = self.current
        if not self.point:
            return self._new_division_list(parent, num)
        if (last is None or last[-1][0] != "subpoint" or last[:len(self.point)] != self.point
                or parent + (("subpoint", num),) not in self.units):
            return None
        paras = self.units[last]["paras"]
        lead = paras.pop() if len(paras) > 1 and paras[-1].endswith(":") else None
        # the paragraphs between the first list, closed by its last item's full stop, and the second's lead-in
        # are the point's ("2) перечень … Инструкции." / "Заявление … подписывается …" / "… представляются:")
        closed = next((k for k in range(1, len(paras)) if paras[k - 1].endswith(".")), None) if lead else None
        if lead and closed and closed > 1 and paras[0].rstrip().endswith(";") \
                and all(p[:1].isupper() for p in paras[1:closed]):
            # (… or by ";", as its items are, the sentences after it the point's: "2) … ПШЭП;" / "Переоформление
            # лицензии осуществляется …." / "Для переоформления … представляют:" / "услугодателю:", MinJust 2015 №
            # 242's standard: the sentence had stayed the item's, then lost to the part after the second list)
            closed = 1
        for para in paras[closed:] if closed else ():
            self.parts += 1
            self._unit(self.point + (("part", str(self.parts)),), self.units[last]["loc"], None, para)
        del paras[closed or len(paras):]
        self.parts += 1
        self.list_parent = self.point + (("part", str(self.parts)),)
        self._unit(self.list_parent, self.units[last]["loc"], None, lead)
        return self.list_parent + (("subpoint", num),)

    def _new_division_list(self, parent: Path, num: str) -> Path | None:
        """A second list right under a division or an attachment, no point around it, led in by words of its own
        ("Водительское удостоверение состоит из …:" / "1) …" / … / "Интегральная микросхема содержит следующие
        сведения:" / "1) о водительском удостоверении:"): a part of the division, its lead-in that part's text (taken
        back from the last sub-point); the path of the sub-point, or None (no new list)."""
        last = self.current
        if (last is None or last[-1][0] != "subpoint" or last[:-1] != parent or parent[:len(self.path)] != self.path
                or parent + (("subpoint", num),) not in self.units):
            return None
        paras = self.units[last]["paras"]
        if not (len(paras) > 1 and paras[-1].endswith(":")):
            return None
        lead = paras.pop()
        n = 1 + max((int(p[-1][1]) for p in self.units if p[:-1] == self.path and p[-1][0] == "part"
                     and p[-1][1].isdigit()), default=1)
        self.list_parent = self.path + (("part", str(n)),)
        self._unit(self.list_parent, self.units[last]["loc"], None, lead)
        return self.list_parent + (("subpoint", num),)

    def _next_chapter(self, number: str, text: str, decimal: bool = False) -> bool:
        """Is a numbered line, short and no sentence, the heading of the chapter after the current one? After points
        numbered in the chapter's number (`decimal`: "4.1.2. …") it may end with a full stop, no verb in it ("4.1.2. …" /
        "5. Выплаты за право эксплуатации маршрутов." / its table, a typical contract of 1998; "7. Договор действует в
        течение года." stays a point)."""
        chapter = next((n for kind, n in reversed(self.path) if kind == "chapter"), None)
        if chapter is None and number == "2" and self.point:
            # the first chapter's heading left out, the text opening with its points ("1. Қылмыстық-атқару
            # инспекциясы …" … "8. …" / "2. Инспекцияның негізгі міндеттері" / "9. …"): "2." is chapter 2's, unless a
            # list numbered from 1 goes on in the point ("1. Персонально" / "2. Количественно")
            paras = self.units.get(self.point, {}).get("paras", [])
            chapter = "1" if not any(re.match(r"1[.)]\s", p) for p in paras) else None
        base = _lead(chapter)
        # (a chapter inserted after it, "4-1. 2000 жылдан бастап … тәртiбi", or the one after that: "5.")
        following = base is not None and (number.isdigit() and int(number) == base + 1
                                          or bool(re.fullmatch(re.escape(chapter) + r"-\d+", number)))
        stop = text.endswith(".") and decimal and len(text) <= 120 and not marker("verb_last").search(text) \
            and not marker("finite_verb").search(text)
        return bool(following and text and len(text) <= 200 and (not re.search(r"[.;:]$", text) or stop))

    def _paragraph_from_last(self) -> None:
        """The point's last paragraph a numbered heading, short and no sentence, its number below the point's, the
        next point's number going on from the point's ("17. План надзора …" / "1. Организация службы по осуществлению
        надзора" / "18. …"): the heading of paragraph 1 of the chapter, the points after it its own."""
        u = self.units.get(self.point) if self.point else None
        # (the point's own text ended with its sentence: no list an item of which it would be, "Документы:" / "1.
        # Паспорт")
        if not u or self.current != self.point or len(u["paras"]) < 2 or not re.search(r"[.;]$", u["paras"][-2]) \
                or not any(kind == "chapter" for kind, _ in self.point[:-1]):
            return
        m = re.match(r"(\d+)\.\s+(\S.*)$", u["paras"][-1])
        if not m or int(m.group(1)) >= (_lead(self.point[-1][1]) or 0) or len(m.group(2)) > 200 \
                or re.search(r"[.;:,]$", m.group(2)) or not m.group(2)[:1].isupper():
            return
        u["paras"].pop()
        self.path = apply_context(self.point[:-1], [("paragraph", m.group(1))])
        self._unit(self.path, u["loc"], m.group(2))

    def _restarted_under_heading(self, before: str) -> bool:
        """Points numbered from 1 again under point `before`, whose text is a heading ("2. Перерасчет пенсий с учетом
        включения" / "в денежное довольствие премий" / "1. Перерасчету подлежат:"): it was chapter `before`'s
        heading, when it is the next chapter's, or when each point above it on its level is a heading over
        paragraphs ("1. Общие положения" / "Настоящая Инструкция разработана …"), each then a chapter of its own
        (True when it was made one)."""
        if int(before) < 2 or self.point != apply_context(self.path, [("point", before)]):
            return False
        level = self.point[:-1]
        earlier = [p for p in self.units if p[:-1] == level and p[-1][0] == "point" and p != self.point]
        chapter = next((n for kind, n in reversed(self.path) if kind == "chapter"), "0")
        following = chapter.isdigit() and int(before) == int(chapter) + 1

        def headed(p: Path) -> bool:  # a heading alone on its first line, nothing under it but paragraphs
            paras = self.units[p]["paras"]
            return bool(paras) and len(paras[0]) <= 120 and not re.search(r"[.;:,]$", paras[0]) \
                and paras[0][:1].isupper() and not any(q[:len(p)] == p and q != p for q in self.units)

        if not (following or earlier and all(headed(p) for p in earlier)) or not self._chapter_from_point(before):
            return False
        if following:
            return True
        self._points_as_chapters({p: level + (("chapter", p[-1][1]),) for p in earlier})
        return True

    def _points_as_chapters(self, chapters: dict[Path, Path]) -> None:
        """Each point of `chapters` the chapter it maps to, in its place: its first paragraph the chapter's heading,
        the others the chapter's paragraphs (as a chapter written as paragraphs has them)."""
        units: dict[Path, dict] = {}
        for path, u in self.units.items():
            if path not in chapters:
                units[path] = u
                continue
            own = chapters[path]
            units[own] = {"heading": u["paras"][0], "paras": [], "loc": u["loc"], "opened": 0}
            for k, para in enumerate(u["paras"][1:], 1):
                units[own + (("textparagraph", str(k)),)] = {"heading": None, "paras": [para], "loc": u["loc"],
                                                             "opened": 0}
        self.units = units

    def _first_chapter_unnamed(self) -> None:
        """Chapter 2's heading read with no chapter before it: the points read so far are chapter 1's, its heading
        left out (a Kazakh text whose Russian prints "1. Общие положения" over the same points)."""
        at, first, units = len(self.path), self.path + (("chapter", "1"),), {}

        def moved(path: Path) -> Path:
            return first + path[at:] if path[:at] == self.path and len(path) > at and path[at][0] == "point" else path

        for path, u in self.units.items():
            if moved(path) != path:
                units.setdefault(first, {"heading": None, "paras": [], "loc": u["loc"], "opened": 0})
            units[moved(path)] = u
        self.units, self.parted = units, {moved(p) for p in self.parted}

    def _numbered_heading(self, last: str, new: str) -> bool:
        """Was the point just read, numbered like a point (`last`), a chapter's heading? An older text numbers
        its chapters so too ("1. Общие положения" / "1. Приемники-распределители предназначены …"): the numbering
        starts again under it, or goes on from the point above it ("7. …" / "2. Прием и регистрация
        задержанных" / "8. Выявление лиц …"); its number is the next chapter's."""
        chapter = next((n for kind, n in reversed(self.path) if kind == "chapter"), "0")
        if not (last.isdigit() and new.isdigit() and chapter.isdigit() and int(last) == int(chapter) + 1):
            return False
        above = self.before_heading
        return int(new) <= int(last) or bool(above and above.isdigit() and int(above) > int(last)
                                             and int(new) == int(above) + 1)

    def _chapter_from_point(self, head: str) -> bool:
        """A point "2. Действия, совершаемые регистрационными пунктами", short and no sentence, followed by
        points numbered 2.1, 2.2 …, was the heading of their chapter 2 (True when it was made one)."""
        u = self.units.get(self.point) if self.point and self.point[-1] == ("point", head) else None
        # its heading may wrap over paragraphs, each after the first in lower case ("2. Порядок учета лиц,
        # изъявивших желание" / "приобрести автомототранспортное средство")
        heading = " ".join(u["paras"]) if u else ""
        # (… or end with a full stop, an older text's, its last word no verb: "2. Автомотокөлік құралын сатып алуға
        # өтініш жасаған адамдардың есебін жүргізу тәртібі." over "2.1. …"; a long one when it was printed as a
        # heading is, in short lines, each a paragraph here: "3. Қазақстан Республикасында зейнетақымен қамтамасыз ету"
        # / "туралы ҚРЗ-на сәйкес iшкi әскерлер …" / … / "коэффициенттi ескергенде) тағайындалған зейнетақы төлемiн
        # қайта есептеу." over "1. …", MVD 2000 № 140)
        wrapped = len(u["paras"]) >= 3 and all(len(p) <= 80 for p in u["paras"]) if u else False
        stop = heading.endswith(".") and (len(heading) > 120 and not wrapped or marker("verb_last").search(heading))
        # (a line going on in capitals is the Republic's name broken in two: "… в Республике" / 'Казахстан" с учетом …')
        goes_on = [not re.match(r"[(\[]|[^\W\d_]", p) or p[:1].isupper() and not marker("country_split").search(f"{q}\n{p}")
                   for q, p in zip(u["paras"], u["paras"][1:])] if u else []
        if (not u or u["opened"] != 1 or not u["paras"] or len(heading) > (480 if wrapped else 300)
                or re.search(r"[;:]$", heading) or stop
                or any(goes_on)):
            return False
        del self.units[self.point]
        if head == "2":
            self._general_provisions_first()
        self.path = apply_context(self.path, [("chapter", head)])
        self.units[self.path] = {"heading": heading, "paras": [], "loc": u["loc"], "opened": 0}
        return True

    def _general_provisions_first(self) -> None:
        """Point 1 before chapter 2 whose first line is "Жалпы ережелер" / "Общие положения", its text under it: chapter
        1, printed as a point is, as the next chapters are ("1. Жалпы ережелер" / "Осы ереже … белгілейді." / "2.
        Автомотокөлік құралын … тәртібі." / "2.1. …", MVD 1995 № 237)."""
        point = apply_context(self.path, [("point", "1")])
        u = self.units.get(point)
        if not u or not u["paras"] or not marker("general_provisions").match(u["paras"][0]) \
                or any(p[:len(point)] == point and p != point for p in self.units):
            return
        self._points_as_chapters({point: apply_context(self.path, [("chapter", "1")])})

    def items_as_units(self, named: set[tuple[Path, str]]) -> None:
        """The sub-points of an operative point of which a note or a record of deletion names one (`named`: the point
        and the sub-point's number; "*7) исключен приказом … № 657 …*", "Сноска. Подпункт 2) в редакции …", the
        Kazakh "7) алып тасталды - … бұйрығымен"), each its own unit, so that the change meets it; the sub-points of the
        other operative points (an order's administrative tasks, "обеспечить: 1) государственную регистрацию …")
        stay their point's text."""
        for point in sorted({p for p, num in named if any(n == num for n, _, _ in self.items.get(p, ()))}):
            u, items = self.units[point], self.items.pop(point)
            paras, starts = u["paras"], [start for _, _, start in items] + [len(u["paras"])]
            u["paras"] = paras[:starts[0]]
            for k, (num, loc, start) in enumerate(items):
                self._unit(point + (("subpoint", num),), loc, opens=True)
                self.units[point + (("subpoint", num),)]["paras"] += paras[start:starts[k + 1]]

    def forget_text(self, path: Path | None) -> None:
        """Take back the last line read into a unit (a line that records the unit's deletion), and from the row of a
        list it was (`_list_row`)."""
        u = self.units.get(path) if path else None
        if u and u["paras"]:
            line = u["paras"].pop()
            row = self.units.get(path + (("tablerow", self.row_no),)) if self.row_no is not None else None
            if row and row["paras"] and row["paras"][-1] == line:
                row["paras"].pop()

    def _label(self, text: str) -> None:
        self.held = None
        for part, rx in _position_parts():
            m = rx.search(text)
            if m:
                if self.pos is None:
                    # a qualification text outside any §: the position of the enclosing unit
                    self._start_position(self.path, self.headings.get(self.path[-1], "") if self.path else "", None)
                self.list = part
                rest = text[m.end():].strip(" :")
                if rest:
                    self._item(rest)
                return
        self.list = None
        if self.pos is not None:
            self.held = []
            self._pend(text)

    def _pend(self, text: str) -> None:
        """A paragraph of a position's point that opened with no label: held, until one closes the list with the verb of
        what the position must know ("Қазақстан Республикасының Конституциясын;" / … / "… қағидалар мен нормаларды
        білуге тиіс.", the Russian "Должен знать:" before the list): then all are its knowledge, the verb left out."""
        item = text.strip()
        m = marker("knowledge_verb_last").search(item)
        if m and self.held and self.held[-1].endswith((";", ",")):
            self.list = "knowledge"
            for x in self.held + [item[:m.start()]]:
                self._item(x)
            self.list, self.held = None, None
        elif item:
            self.held.append(item)

    def _category(self, text: str | None, loc: Loc) -> None:
        """A point that sets the requirements of a category of positions ("К … должностям … категории С-1
        устанавливаются следующие требования:"): a position named as the point names it, its requirements the
        paragraphs under it."""
        m = marker("category_requirements").match(text or "")
        if m:
            cats = m.group("cats") or m.group("cats2")
            self._start_position(self.point, (m.group("who") or m.group("who2")).strip(),
                                 loc, category=re.split(r",\s*", cats)[0].replace("C", "С"))
            self.list = "requirement"

    def _listed(self, text: str | None, loc: Loc, path: Path | None = None) -> None:
        """A point of a list of positions names one ("4. Аудармашы"), or leads in to sub-points that do ("1. Должности
        районных органов:" / "1) начальник отдела …;"), or whose sub-points lead in to positions, one a paragraph ("1.
        В подразделениях специального назначения:" / "1) служба … на должностях:" / "командир части (отряда);"); a
        list with a point or sub-point that is a sentence (long, or a lead-in in a lead-in that names no positions) is
        not such a list: none of its points is a position."""
        if self.listed is None:
            return
        if text and marker("deleted_in_place").match(f"1. {text.strip()}"):
            return  # a point kept as the record of its deletion ("11. Исключен приказом … № 464 (…)"): no position
        self.listed_items = None
        name = (text or "").strip().rstrip(";,.").strip()
        lead = path is None and name.endswith(":") and len(name.split()) <= 2 * _NAME_WORDS
        if path is not None and self.listed_by_items and not name.endswith(":"):
            pass  # among sub-points that lead in to positions, one naming a whole service is none ("6) служба … - с 1
            # января 2013 года, за исключением должностей штабов …;")
        elif _position_name(name):
            # (a sub-point's position stands in the group its point names: "3. По строевым подразделениям:" /
            # "1) командир полка;")
            group = self.listed_group if path is not None and self.listed_lead else None
            self._list_positions(path or self.point, listed_names(name), loc, group=group)
        elif path is not None and name.endswith(":") and marker("positions_lead").search(name):
            self.listed_items = [path, 0]  # "1) … мынадай лауазымдардағы қызметі:" / "бөлім (жасақ) командирі;" / …
            self.listed_by_items = True
        elif not lead:
            self.listed = None
        self.listed_lead = lead if path is None else self.listed_lead
        if path is None:
            self.listed_group = name.rstrip(":").strip() if lead else None

    def _listed_item(self, text: str, loc: Loc) -> None:
        """A paragraph of a sub-point that leads in to positions: a position, one a paragraph ("бөлім (жасақ)
        командирі;"), numbered by its place (the kk and ru texts meet on it); a sentence among them makes the
        list no list of positions."""
        name = text.strip().rstrip(";,.").strip()
        if not _position_name(name):
            self.listed = self.listed_items = None
            return
        self.listed_items[1] += 1
        self._list_positions(self.listed_items[0], listed_names(name), loc, row=str(self.listed_items[1]))

    def _list_positions(self, path: Path, names: list[str], loc: Loc, group: str | None = None, row: str = "") -> None:
        """The positions a list's item names, each numbered by its place where there are several ("2.1", "2.2"; "1",
        "2" under a unit of its own), so that the two texts meet on them."""
        self.listed += [Position(self.act, path, n, group=group, loc=loc,
                                 row=".".join(filter(None, (row, str(k) if len(names) > 1 else ""))) or None)
                        for k, n in enumerate(names, 1)]

    def _item(self, text: str) -> None:
        item = text.strip().rstrip(";,.").strip()
        if item and self.pos is not None and self.list:
            self.pos.lists[self.list].append(item)

    def quoted(self, text: str, loc: Loc) -> None:
        """Read a line of another act's wording the text quotes: the text of the unit it stands in, whatever it
        opens with (a point's number there is the quoted act's)."""
        if self.current:
            self._unit(self.current, loc, None, text.strip(" "))

    def _plain(self, text: str, loc: Loc) -> bool:
        if self.list and self.pos is not None:
            self._item(text)
            if self.current:
                self._unit(self.current, loc, None, text)
            return True
        if self.held is not None and self.pos is not None:
            self._pend(text)
        if self.current and not self.operative and self._field_filled(text):
            self.point = self.current = None
        if self.current:
            if self.listed is not None and self.listed_items and self.current == self.listed_items[0]:
                self._listed_item(text, loc)
            self._unit(self.current, loc, None, text)
            return True
        if (self.base and self.base[-1][0] == "appendix" or not self.base) and self.path == self.base \
                and not self.point and not (self.operative and self.units):
            # an attachment's own paragraphs before its first chapter or point (older rules open so), or those of a
            # text published alone (an older order's one sentence, no point: "В соответствии с … утвердить …"), or an
            # order's one instruction, no point, under its ordering word ("Областной Маслихат РЕШИЛ:" / "Утвердить
            # Положение о пассажирском автотранспорте Алматинской области, приложение N 1.")
            if self._wrapped_on(self.base + (("textparagraph", str(self.intro)),), text, loc):
                return True
            self.intro += 1
            path = self.base + (("textparagraph", str(self.intro)),)
            self._unit(path, loc, None, text)
            if self.base:
                self._listed_paragraph(path, text, loc)
            return True
        if not self.operative and not self.point and self.path and self.path[-1][0] in ("chapter", "section"):
            # a chapter written as paragraphs, no point in it ("3. Восстановление в гражданстве" / "Согласно статье
            # 18 Закона …"): its paragraphs, numbered in it
            n = 1 + sum(1 for p in self.units if p[:-1] == self.path and p[-1][0] == "textparagraph")
            if n > 1 and self._wrapped_on(self.path + (("textparagraph", str(n - 1)),), text, loc):
                return True
            path = self.path + (("textparagraph", str(n)),)
            self._unit(path, loc, None, text)
            self._listed_paragraph(path, text, loc)
            return True
        return False

    def _field_filled(self, text: str) -> bool:
        """Does a paragraph close the numbered field of a form it follows, the field's text a blank and its caption
        in brackets under it ("Члены семьи:" / "1\\. ____" / "(Ф.И.О., дата рождения, степень родства)" / … / "6\\.
        ____" / "(…)" / "Начальник Управления миграционной полиции ДВД", MVD 2011 № 570)? A field holds only its caption:
        the form's words under the last field are the form's, no part of it."""
        unit = self.units.get(self.current)
        paras = unit["paras"] if unit else ()
        return (bool(paras) and self.current[-1][0] in ("point", "subpoint") and bool(_BLANK_FIELD.fullmatch(paras[0]))
                and (len(paras) > 1 or not (text.startswith("(") and text.endswith(")"))))

    def _wrapped_on(self, last: Path, text: str, loc: Loc) -> bool:
        """Is a paragraph the next line of the paragraph `last` that a fixed width wrapped, a blank line between them
        (an older form's "В соответствии со статьей 32 Закона Республики Казахстан "О" / "введении в действие Кодекса
        …", MinFin 2010 № 505): the paragraph before ends no sentence nor clause and this one goes on in lower case.
        It is added to that paragraph (the title it breaks is whole again, and cited whole)."""
        u = self.units.get(last)
        if not u or not u["paras"] or loc.line > u["loc"].span[1] + 2 or not _goes_on(u["paras"][-1], text):
            return False
        u["paras"][-1] = u["paras"][-1].rstrip() + " " + text.strip()
        u["loc"] = Loc(u["loc"].line, max(u["loc"].span[1], loc.span[1]))
        return True

    def _listed_paragraph(self, path: Path, text: str, loc: Loc) -> None:
        """A paragraph of a list of positions' division, no number, that names a position and closes as an item
        ("## … оқу орындарының лауазымдары" / "Оқу орталығы бастығының көмекшісі;" / "Маман;", MVD 2013 № 522): a
        position, standing in the group its division's heading names; a lead-in or a sentence names none."""
        name = text.strip()
        if self.listed is None or not re.search(r"[;.]$", name):
            return
        name = name.rstrip(";.").strip()
        names = listed_names(name)  # ("Аға: жедел уәкіл, тергеуші, …;": each a position)
        if any(len(n.split()) > _NAME_WORDS // 2 for n in names):
            return
        if _position_name(name) and name[:1].isupper():
            group = self.units[self.path]["heading"] if self.path != self.base and self.path in self.units else None
            self._list_positions(path, names, loc, group=group)

    def _figure(self, number: str, loc: Loc, placeholder: bool = False, caption: str | None = None,
                inside: bool = False) -> bool:
        """A figure of the attachment ("Рисунок - 1", "1-сурет"): a unit of its division, no part of the point above
        it; the line under it is its caption, what follows until the next unit its text (the editors' word in place of
        the drawing, "(см. бумажный вариант)"). A figure's number in lower case standing for the drawing
        (`placeholder`) right under a heading is captioned by that heading ("## Летняя (мужская) форменная одежда …" /
        "рисунок 1", MinJust 2011 № 942), no paragraph of its own, and takes no caption under it. A figure `inside` a
        list's item keeps the point's list open, its `caption` the one its line gives in brackets, none under it."""
        if inside:
            path = apply_context(self.path, [("figure", number)])
            self.current, self.figure = path, None
            self._unit(path, loc, caption, opens=True)
            return True
        above = next(reversed(self.units), None) if placeholder and self.prev_level and caption is None else None
        if above and above[-1][0] == "textparagraph" and len(self.units[above]["paras"]) == 1 \
                and self.units[above]["heading"] is None and len(self.units[above]["paras"][0]) < 200:
            caption = self.units.pop(above)["paras"][0]
            if above == self.base + (("textparagraph", str(self.intro)),):
                self.intro -= 1
        self.point, self.list_parent, self.parts = None, (), 1
        path = apply_context(self.path, [("figure", number)])
        # (the number in place of the drawing is all the figure holds: a heading under it is the division's)
        self.current = None if placeholder else path
        self.figure = None if caption or placeholder and self.prev_level else path
        self._unit(path, loc, caption, opens=True)
        return True

    def _table_position(self, m: re.Match, loc: Loc) -> bool:
        codes = tuple(c.strip() for c in m.group("codes").split(","))
        self.tables += 1
        path = apply_context(self.path, [("table", codes[0])])
        cat = (m.group("cat") or m.group("cat2")).replace("C", "С")
        self._unit(path, loc, m.group(0))
        self.current = None
        self._start_position(path, m.group("title").strip(), loc, category=cat,
                             staff_units=int(m.group("units")) if m.group("units") else None, codes=codes,
                             department=self.dept[0] if self.dept else None,
                             department_code=self.dept[1] if self.dept else None)
        return True

    def _numbered_position(self, m: re.Match, loc: Loc) -> bool:
        codes = tuple(c.strip().lstrip("№").strip() for c in (m.group("codes") or "").split(",") if c.strip())
        if m.group("n"):  # "1. …": the position is point 1 of the requirements
            self.point = path = apply_context(self.path, [("point", m.group("n"))])
        else:  # a heading with no number: the position's table, named by its first code
            self.tables += 1
            self.point, path = None, apply_context(self.path, [("table", codes[0] if codes else str(self.tables))])
        self.current, self.parts, self.list_parent = None, 1, ()
        self._unit(path, loc, m.group(0)[m.start("title"):].strip(), opens=True)
        self._start_position(path, m.group("title").strip(), loc, category=m.group("cat").replace("C", "С"),
                             staff_units=int(m.group("units")), codes=codes)
        self.criteria_table = True
        return True

    def _row(self, text: str, loc: Loc) -> bool:
        cells = [c.strip() for c in text.split("\t", 100)]  # no table of the genre has 100 columns
        if _SEPARATOR.match(text):
            return True
        if len(cells) >= 3 and _ROW_NO.match(cells[0]) and _SECTION_REF.match(cells[-1]):
            middle = [c for c in cells[1:-1] if c and not marker("empty_cell").match(c)]
            title = max(middle, key=len) if middle else ""
            self.entries.append(IndexEntry(self.act, self.path, cells[0].rstrip("."), title,
                                           _SECTION_REF.match(cells[-1]).group("n"), loc))
            return True
        card = marker("profession_card").match(" ".join(dict.fromkeys(c for c in cells if c)))
        named = None if card else self._card_named_above(cells)
        if named:
            # a card headed by the profession's name alone, in quotation marks, its code in the row under it
            # ("«Пожарный»" / "Код профессии | 5411-0-008", MVD 2019 № 1085): a profession from the name's row
            self._start_position(self.current, named, loc, row=str(self.rows))
            self.card, self.card_prev, self.card_pending = True, set(), None
        if card or (self.card and self.pos is not None):
            self._table_row(cells, loc, compact=True)
            if card:  # "КАРТОЧКА ПРОФЕССИИ «Пожарный»" / "«Өрт сөндіруші» Кәсібінің карточкасы": a profession
                self._start_position(self.current, (card.group("t") or card.group("t2")).strip(), loc, row=str(self.rows))
                self.card, self.card_prev, self.card_pending = True, set(), None
            else:
                self._card_row(cells)
            return True
        if self.pos is not None and (self.pos.kw.get("codes") or self.criteria_table):
            return self._criteria_row(cells, loc)
        # any other table: a table unit holding its rows as text
        self._table_row(cells, loc)
        if self.columns and table_header(cells) is None:
            self._position_row(cells, loc)
        return True

    def _card_named_above(self, cells: list[str]) -> str | None:
        """The profession a card row of its code names in the row above it, that row one cell of a name in quotation
        marks ("«Наладчик контрольно – измерительных приборов и автоматики»" / "Код профессии | 7421-1-003"), or None."""
        if not (self.current and self.current[-1][0] == "table" and self.rows and cells and cells[0].strip()):
            return None
        label = cells[0].strip().rstrip(":").strip()
        if next((p for p, rx in _criteria("card_rows") if rx.match(label)), None) != "code":
            return None
        if self.card and self.pos is not None and "codes" not in self.pos.kw:
            return None  # the code of the card open (its heading said what it is)
        row = [c.strip() for c in (self.units[self.current]["paras"] or [""])[-1].split(" | ") if c.strip()]
        above = re.fullmatch(r'"([^"]{3,200})"', row[0]) if len(row) == 1 else None
        return above.group(1).strip() if above else None

    def _caption(self, last: Path | None) -> tuple[str, Loc] | None:
        """The caption of a table that begins now, when the unit read last is one paragraph of the division's own that
        is a caption ("## Таблица 2. Варианты использования. Альтернативный процесс."): taken from the text, to head the
        table."""
        u = self._paragraph_alone(last, "table_caption")
        return (u["paras"][0], u["loc"]) if u else None

    def _paragraph_alone(self, last: Path | None, name: str) -> dict | None:
        """The unit read last, taken from the text, when it is one paragraph of the division's own, no heading, that
        marker `name` matches (a table's caption, the line saying a table goes on); else None, the unit left."""
        u = self.units.get(last) if last else None
        if not (u and last[-1][0] == "textparagraph" and len(u["paras"]) == 1 and not u["heading"]
                and marker(name).match(u["paras"][0])):
            return None
        del self.units[last]
        if last == self.base + (("textparagraph", str(self.intro)),):
            self.intro -= 1
        return u

    def _continued(self, last: Path | None) -> bool:
        """Does the table that begins now go on with the one before it, the unit read last a line of the division's own
        saying so between them ("продолжение таблицы:" / "кестенің жалғасы:", a statistical form's columns 6-12 under
        its columns 1-5, MinJust 2011 № 16)? The line is then taken from the text: the rows are the table's own."""
        return self.last_table in self.units and self._paragraph_alone(last, "table_continued") is not None

    def _table_path(self, before: Path | None) -> Path:
        """The path of a table that opens now: that of the point (or sub-point) `before` it, read last, when it announces
        the table ("… в том числе:"; "3) владение государственным языком … :" over a fenced scale of scores, MVD 2026 №
        640), or that holds a table already, its paragraphs going on between them (three tables of rates under "1.
        Утвердить тарифы …:", each under its line, the last "… в тыс. тенге", an akim's decision of 1998), else one of
        the division the text has come to."""
        held = self.units.get(before) if before else None
        if held and before[-1][0] in ("point", "subpoint") and held["paras"] and (
                held["paras"][-1].endswith(":") or self.last_table is not None and self.last_table[:-1] == before):
            return before + (("table", str(self.tables)),)
        return apply_context(self.path, [("table", str(self.tables))])

    def _table_row(self, cells: list[str], loc: Loc, compact: bool = False) -> None:
        """A row kept as text of the table unit it belongs to (a new one when the rows before were no table);
        `compact`: without the empty cells a cell spanning columns leaves (a profession card's rows)."""
        if self.current is None or self.current[-1][0] != "table":
            self.tables += 1
            self.current = self._table_path(self.before_table)
            self.rows, self.row_category, self.row_group = 0, None, None
            if self.caption:  # its caption, the table's heading (its line the table's first)
                self._unit(self.current, self.caption[1], self.caption[0])
                self.caption = None
            header = table_header(cells)
            if header is not None or (self.columns and len(cells) != max(self.columns.values()) + 1):
                self.columns = header  # a table with a header of its own, or of another shape
            # (a second column numbering rows holds a second list beside the first, a form's two registers: "NN |
            # Вид топлива | … | NN п.п | Наименование загрязняющих веществ", Almaty Akim 1998 № 3-94; no rows of one list)
            head = marker("row_number_head")
            self.numbered = bool(head.match(cells[0].strip())) and not any(head.match(c.strip()) for c in cells[1:])
            self.row_no = None
        self.rows += 1
        self.last_table = self.current
        line = " | ".join(c for c in cells if c) if compact else " | ".join(cells)
        self._unit(self.current, loc, None, line)
        if self.numbered and not compact and self.columns is None and self.pos is None:
            self._list_row(cells, loc, line)

    def _list_row(self, cells: list[str], loc: Loc, line: str) -> None:
        """A row of a list set as a table, numbered in its first column under a head that says so ("№ п/п" / "1." /
        "Строительно-монтажные работы" / "Конкурс …", MinFin 2019 № 798): a unit of the table, its line as the table
        has it, as a point's sub-point keeps its number ("пункт 1 Перечня" is that row; "1.1." under "1." / "Услуги:" is
        row 1.1, MinFin 2019 № 155). A row under it with the same
        number (its cell spanning rows) goes on in it; a row with no number (a total, "| всего по области: | 1218,57")
        and the row numbering the columns ("1 | 2 | 3") are none."""
        first, filled = cells[0].strip(), [c.strip() for c in cells if c.strip()]
        if _LIST_ROW_NO.match(first) and not (len(filled) > 1 and filled == [str(k) for k in range(1, len(filled) + 1)]):
            number = first.rstrip(".")
            self._unit(self.current + (("tablerow", number),), loc, None, line, opens=number != self.row_no)
            self.row_no = number
        else:
            self.row_no = None

    def _card_row(self, cells: list[str]) -> None:
        """A row of a profession card: its code, qualification levels, education, labour functions with the
        skills and knowledge each asks, personal competencies."""
        # a label may end with a colon ("Код наименования занятия:")
        label, values = cells[0].strip().rstrip(":").strip(), list(dict.fromkeys(c for c in cells[1:] if c.strip()))
        value = "\n".join(values)
        part = next((p for p, rx in _criteria("card_rows") if rx.match(label)), None)

        def listed(text: str) -> list[str]:
            # one item a line, or a numbered item each ("Умение и навыки: 1. Определяет … 2. Оказывает …"), the
            # number's full stop with or without a space after it ("1.Оформлять …")
            return [re.sub(r"^\d+(?:[.)]\s*|\s+)(?=\D)", "", x).strip() for line in text.split("\n")
                    for x in re.split(r"\s+(?=\d+\.\s?[^\W\d_])", line) if x.strip()]

        items = listed(value)
        prev, pending = self.card_prev, self.card_pending
        self.card_prev, self.card_pending = set(values), None
        if part == "code":  # ("-" where the card has none)
            self.pos.kw["codes"] = tuple(dict.fromkeys(c for c in re.split(r"[,;\s]+", value) if re.search(r"\d", c)))
        elif part == "level":  # (a range as written: "4 - 5", no item numbered 4)
            self.pos.lists["requirement"].append(f"{label}: {' '.join(value.split())}")
        elif part == "experience":
            self.pos.lists["requirement"].append(" ".join(value.split()))
        elif part in ("education", "duty", "competence", "knowledge"):
            # a cell spanning rows repeats in each ("Перечень трудовых функций" / "Обязательные трудовые
            # функции:"): its words are said once; a group's label and a dash for "none" are no item
            _add_new(self.pos.lists[part], (x for x in items if not re.search(r":\s*-?$", x) and re.search(r"\w", x)))
        elif part is None:
            # a labour function's cells: its skill, the abilities and the knowledge it asks ("Навык 1: …" /
            # "Умения: 1. …" / "Знания: 1. …"), each a cell of its own or one cell for all, or "Умение:" alone with
            # its items in the cell of the row below (a cell spanning rows, the skill's name, repeats there: read once)
            for cell in values:
                if cell in prev:
                    continue
                first, *rest = listed(cell) or [""]
                for kind, to in (("card_skills", "competence"), ("card_knowledge", "knowledge")):
                    m = marker(kind).match(first)
                    if m:
                        got = [x for x in [first[m.end():].strip(), *rest] if x]
                        _add_new(self.pos.lists[to], got)
                        self.card_pending = None if got else to
                        break
                else:
                    if pending:
                        _add_new(self.pos.lists[pending], listed(cell))

    def _position_row(self, cells: list[str], loc: Loc) -> None:
        """A row of a table of positions: a position with its category, step, code and requirements,
        or the heading of the rows below it (a row whose cells after the first are empty)."""
        cols = self.columns or {}
        if cols["name"] > 0 and re.search(r"[^\W\d_]{3}", cells[0]) and not any(c.strip() for c in cells[1:]):
            # the heading of the rows below it, one cell across the table ("А блогы (басқарушы персонал)"; "2.
            # Квалификационные требования … территориальных органов …"), kept as table text: their group
            self.row_category, self.row_group = None, " ".join(cells[0].split())
            return
        name = cells[cols["name"]].strip() if cols["name"] < len(cells) else ""
        if not name or not re.search(r"[^\W\d_]{3}", name):
            return
        get = lambda col: cells[cols[col]].strip() or None if col in cols and cols[col] < len(cells) else None  # noqa: E731
        code = get("code")
        # a category left empty under the row that gives one, the merged cell printed once ("В3" / "1" / "…" and ""
        # / "2" / "…"): that category, while the rows go on stepping under it
        category = _code(get("category")) or (self.row_category if "category" in cols and get("step") else None)
        self.row_category = category
        # a cell may list several positions, one a line, or in one line, comma by comma, each a position's head first
        # ("Следователь по особо важным делам, оперуполномоченный (дознаватель) по особо важным делам, старший
        # следователь", MinFin 2019 № 151), or after the one word they share ("Главный: криминалист, ревизор-аудитор");
        # a whole name before the colon names the fields of one position after it ("Орталық басшысы: музей
        # құндылықтарын есепке алу және сақтау, экспозицияларды … ұйымдастыру")
        names = [n for line in position_names(name)
                 for n in ([line] if _NAME_BEFORE_COLON.match(line) else listed_names(line))]
        for k, label in enumerate(names, 1):
            self._start_position(self.current, label, loc, category=category, step=_code(get("step")),
                                 codes=(code,) if code else (), row=str(self.rows) + (f".{k}" if len(names) > 1 else ""),
                                 group=self.row_group, block=position_block(self.row_group))
            for col, part in _POSITION_COLUMNS.items():
                if get(col):
                    self.pos.lists[part].append(" ".join(get(col).split("\n")))
        self.pos, self.list = None, None

    def _criteria_row(self, cells: list[str], loc: Loc) -> bool:
        label, value = cells[0], " ".join(c for c in cells[1:] if c)
        self._unit(self.pos.path, loc, None, " | ".join(c for c in cells if c))
        for part, rx in _criteria():
            if rx.match(label):
                self.criterion = part
                if self.pending:
                    value = f"{self.pending} {value}"
                    self.pending = None
                self.pos.lists["education" if part == "education" else
                               "requirement" if part == "experience" else part].append(value)
                return True
        if marker("criteria_header").match(label):
            return True
        if not label and value:
            target = self.pos.lists.get(
                {"education": "education", "experience": "requirement"}.get(self.criterion or "", self.criterion or ""))
            if target and not re.search(r"[.!]\s*$", target[-1]):
                target[-1] = f"{target[-1]} {value}"
            else:
                self.pending = value if not self.pending else f"{self.pending} {value}"
            return True
        return False


def _without_number(text: str, number: str) -> str:
    """`text` without its number typed again at its start ("9. 9. Заңның …"): "9." and the spaces after it, when
    spaces follow (a pattern of each point's number would be compiled anew for each number, and push the parser's
    own patterns out of re's cache).

    >>> _without_number("9. Заңның 26-бабында", "9"), _without_number("9.1 бап", "9")
    ('Заңның 26-бабында', '9.1 бап')
    """
    if not text.startswith(number + "."):
        return text
    rest = text[len(number) + 1:]
    after = rest.lstrip()
    return after if len(after) < len(rest) else text
