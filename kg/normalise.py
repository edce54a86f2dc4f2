"""Stage 1 — normalise: raw bytes in, logical lines with source locations out.

Reads: the bytes of one document as the portal or a PDF extractor wrote them.
Writes: a list of :class:`Line` — NFC text with markdown markup, letter spacing,
quote variants and PDF hard wraps undone — each remembering the first and last
raw line (1-based) it came from, so every later element can cite file and line.

>>> [l.text for l in logical_lines("**БҰЙЫРАМЫН:**\\n\\n1. Осы бұйрық\\nқол қойылған күнінен")]
['БҰЙЫРАМЫН:', '1. Осы бұйрық қол қойылған күнінен']
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple
from html.parser import HTMLParser

from .errors import InputError
from .lexicon import marker

__all__ = ["Line", "decode", "read_text", "clean_line", "logical_lines", "cut_long_lines", "despace", "html_to_text",
           "MAX_LINE_CHARS", "WRAP_WIDTH", "DIGITS", "LATIN_LOOKALIKES", "CYRILLIC_TWINS", "KAZAKH_LETTERS"]

WRAP_WIDTH = 60  # a line a fixed width wrapped is at least this long (the portal's older texts: 60-75 columns)
# where a word broken at a line's end by a hyphen was joined ("Наимено-" / "вание", "регистра-" / "ции"), until the
# whole text's words tell a broken word ("Наименование") from a compound ("историко-" / "культурного"): `_unbroken`
_BREAK = "\ue000"
_BROKEN = re.compile(r"[^\W\d_]+(?:\ue000[^\W\d_]+)+")
_WORD_LETTERS = re.compile(r"[^\W\d_]+")


class Line(NamedTuple):
    """One logical line: text plus the raw line span [first, last] it covers."""

    first: int
    last: int
    text: str
    indented: bool = False
    raw: int = 1  # how many non-blank raw lines were joined into this one
    level: int = 0  # markdown heading level ("## " -> 2), 0 for body text
    block: str = ""  # "table" for a row of an HTML table, "form" for a fenced ascii-art block
    opens: bool = False  # the first row of its HTML table (a table right after another is a table of its own)
    quoted: bool = False  # the line opens in a markdown blockquote ("> *Қазақстан Республикасы*", a stamp's)
    item: bool = False  # the line opens a markdown list's item ("   - областное управление …"), its marker dropped


# a run of 4+ single letters separated by single spaces: "с ә й к е с", "К Е Л І С І Л Г Е Н"
_LETTER_SPACED = re.compile(r"(?<![\w])(?:[^\W\d_] ){3,}[^\W\d_](?![\w])")
# (within its line: a tag the conversion left unclosed, '<a id="p2"', ends at the line's end, never on the next)
_HTML_TAG = re.compile(r"</?(?:p|br|b|i|u|s|a|strong|em|span|div|sup|sub|font|center)\b[^>\n]*>", re.I)
# a markdown blockquote marker ("> *Ескерту. ...*"), nested or indented
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
# backslash escapes of markdown punctuation: "1\." -> "1."
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"])")


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251 or KZ-1048 Cyrillic.

    Refuses binary data with an :class:`InputError` naming the file.
    """
    return read_text(data, name)[0]


# letters only Kazakh writes, and the Windows-1251 letters the same bytes give when KZ-1048 is
# read as Windows-1251 (Ә -> Ә in one, Ђ in the other; Қ -> Қ, Ќ …)
_KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
_KZ_AS_1251 = set("ЂђЉљЊњЋћЌќЎўЏџЃѓ")


def read_text(data: bytes, name: str = "<input>") -> tuple[str, list[str]]:
    """(text, warnings) of a document's bytes: UTF-8 (a file cut inside a character keeps what is
    readable, with a warning), UTF-16 with BOM, or an 8-bit Cyrillic code page — Windows-1251 or
    KZ-1048, told apart by the Kazakh letters each gives."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:  # (a UTF-16 mark over bytes that are not UTF-16: no text)
            raise InputError(f"{name}:1: starts as UTF-16 but is not UTF-16 text ({exc.reason} at byte "
                             f"{exc.start})") from exc
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}:1: binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if exc.start >= len(data) - 3 and exc.start > 0 and "end of data" in exc.reason:
            return data[: exc.start].decode("utf-8"), [
                f"{name}:{line}: the file ends inside a UTF-8 character; its last {len(data) - exc.start} byte(s) "
                "are left out"]
        first = exc
    cyr_1251, kz = data.decode("cp1251", "replace"), data.decode("kz1048", "replace")
    text, code = (kz, "KZ-1048") if (sum(c in _KAZAKH for c in kz) > sum(c in _KAZAKH for c in cyr_1251)
                                     and sum(c in _KZ_AS_1251 for c in cyr_1251) > 0) else (cyr_1251, "Windows-1251")
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if "\ufffd" in text or cyr < len(text.strip()) * 0.2:
        raise InputError(f"{name}:{line}: not text in a known encoding (UTF-8, UTF-16, Windows-1251, KZ-1048): "
                         f"invalid byte at offset {first.start}") from first
    return text, [f"{name}:1: read as {code} (not UTF-8)"]


_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html\b|<body\b|<div\b|<p\b)", re.I)
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}


class _TextOf(HTMLParser):
    """The text of an HTML page, one line per block element, table cells tab-separated."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(text: str) -> str:
    """Text of an order saved from the portal as HTML; other text is returned unchanged."""
    if not _HTML_START.match(text[:2000]):
        return text
    p = _TextOf()
    p.feed(text)
    p.close()
    lines = [re.sub(r"^\t+", "", ln).strip(" ") for ln in "".join(p.parts).split("\n")]
    return "\n".join(lines)


def despace(text: str) -> str:
    """Undo letter spacing: "с ә й к е с" -> "сәйкес"; a word spaced out in capitals ends where small letters
    follow it, each a word of its own ("О Т Ч Е Т о ходе", MinFin 2003: the preposition is no letter of it).

    >>> despace("## О Т Ч Е Т о ходе реализации")
    '## ОТЧЕТ о ходе реализации'
    >>> despace("П р и к а з ы в а ю")
    'Приказываю'
    """
    return _LETTER_SPACED.sub(_joined_letters, text)


def _joined_letters(m: re.Match[str]) -> str:
    """A run of letters spaced out, joined: one word, or a word in capitals and the small letter after it apart."""
    letters = m.group(0).split(" ")
    capitals = next((i for i, c in enumerate(letters) if not c.isupper()), len(letters))
    if capitals < 3 or len(letters) - capitals != 1:
        return "".join(letters)
    return "".join(letters[:capitals]) + " " + " ".join(letters[capitals:])


_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


def _pipes_to_tabs(s: str) -> str:
    """A markdown pipe-table row ("| Білімі | Жоғары |") as a tab-separated row."""
    m = _PIPE_ROW.match(s)
    if not m or "|" not in m.group(1) and not m.group(1).strip():
        return s
    return "\t".join(c.strip() for c in m.group(1).split("|"))


_PIPE_ROWS = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_STRAY_PIPE = re.compile(r"^([^|\n]*[^\s|])\|[ \t]*$", re.M)
_HEADINGS = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
# (a star at a line's start is the mark of a footnote, `_FOOTNOTE_STARS`: the corpus's lists have dashes)
_BULLETS = re.compile(r"^([ \t]*)[-+][ \t]+(?=\S)", re.M)
# the portal's code of a linked act, left where the link was: "Заңының Z980213_ 40-бабы", "N 81\n\nV990949_"; in its
# later form the year and a registration number of seven figures, at the end of a unit the act inserted ("… жүзеге
# асыру; V030002266"), or of eight in the codes of the 2010s ("ПРИКАЗЫВАЮ: См. Z1100000477", the law of 2011 № 477)
_LINK_CODE = re.compile(r"(?<!\w)(?:[A-Z]\d{6}_|[VZPUK]\d{9,10})(?![\w-])")
# … or of a part of the act, alone on the last line of an appendix's stamp: "G990667A А" (the portal's appendix A of its
# document 990667, the letter repeated)
_PART_CODE = re.compile(r"^[ \t]*G\d{6}[A-Z](?:[ \t]+[A-ZА-Я])?[ \t]*$", re.M)
# a PDF artefact: a stray semicolon glued to the last word, "Республикасының ;Конституциясы"
_SEMIS = re.compile(r"[ \t];(\S{1,60})[ \t]*$", re.M)


# markdown emphasis: a pair of star runs around words on one line ("*Министр*", "**Н. Онжанов**")
_MD_PAIRED = re.compile(r"(\*{1,3})(?=[^\s*])([^\n]*?[^\s*])\1(?!\*)")
# a star run left unpaired that is a footnote's mark, kept as the text's: at a line's start before the footnote's words
# ("* - лимит пробега одной автомашины в месяц 2100 км.", "** В валюту баланса не включается"), standing apart after
# the last word of a line ("… заттай нормалары *"), or glued to a word with more words after it on the line ("… малого
# предпринимательства.* Действие …") or to the punctuation ending the line ("нематериальные активы;*"). Any other is
# half of an emphasis opened or closed on another line ("**Қазақстан Республикасы" / "… істері**"), dropped.
_FOOTNOTE_STARS = re.compile(r"(?:^[ \t]*\*{1,4}(?=[ \t]+\S)|(?<=[^\s*][ \t])\*{1,4}(?=[ \t]*$)|(?<=\S)\*{1,4}(?=[ \t]+[^\s*])"
                             r"|(?<=[;:.,)_])\*{1,4}(?=[ \t]*$))", re.M)
_STARS = re.compile(r"\*+")


def _emphasis(s: str) -> str:
    """Markdown emphasis dropped, the marks of footnotes kept (`_FOOTNOTE_STARS`).

    >>> _emphasis("*Министр*"), _emphasis("** В валюту баланса не включается"), _emphasis("активы;*")
    ('Министр', '** В валюту баланса не включается', 'активы;*')
    >>> _emphasis("**Қазақстан Республикасы"), _emphasis("министрі*"), _emphasis("предпринимательства.* Действие")
    ('Қазақстан Республикасы', 'министрі', 'предпринимательства.* Действие')
    >>> _emphasis("нормалары *"), _emphasis("**"), _emphasis("   * - лимит пробега")
    ('нормалары *', '', '   * - лимит пробега')
    """
    s = _MD_PAIRED.sub(r"\2", s)
    if "*" not in s:
        return s
    # (where each kept run starts: a mark opening an indented line matched from the line's start)
    kept = {m.end() - len(m.group(0).lstrip(" \t")) for m in _FOOTNOTE_STARS.finditer(s)}
    return _STARS.sub(lambda m: m.group(0) if m.start() in kept else "", s)


def _clean_text(s: str) -> str:
    """Markup, letter spacing, stray semicolons and spacing, over a whole prepared text.

    Every pattern keeps to one line, so the text keeps its lines (and their numbers);
    running them over the whole text keeps the cost linear and in the regex engine.
    """
    s = s.replace("\u00a0", " ")  # (first: a no-break space ends a line as a space does, "8 июля 2004 г.|\xa0")
    if "|" in s:
        s = _PIPE_ROWS.sub(lambda m: _pipes_to_tabs(m.group(0)), s)
        s = _STRAY_PIPE.sub(r"\1", s)  # a pipe left at a line's end, the only one ("8 июля 2004 г.|")
    if "\\" in s:
        s = _MD_ESCAPE.sub(r"\1", s)
    s = _LINK_CODE.sub("", marker("see_code").sub("", s))  # (and the editors' "see" before it)
    if "<" in s:
        s = _FOOTNOTE_MARK.sub("", _HTML_TAG.sub("", s))  # and the marks of footnotes in older texts ("<*>", "<**>")
    if ">" in s:
        s = _QUOTE.sub("", s)
    if "#" in s:
        s = _HEADINGS.sub("", s)
    s = _BULLETS.sub(r"\1", s)
    if " )" in s:
        s = _SPACED_BRACKET.sub(r"\1)", s)
    if ">" in s:  # (a list's item that holds a quote: "- > …")
        s = _QUOTE.sub("", s)
    if "*" in s:
        s = _emphasis(s)
    if "G" in s:
        s = _PART_CODE.sub("", s)
    s = despace(s)
    if ";" in s:
        s = _SEMIS.sub(r" \1;", s)
    s = _SPACES.sub(" ", s) if "  " in s else s
    return _TAB_SPACES.sub("\t", s) if (" \t" in s or "\t " in s) else s


def clean_line(raw: str) -> str:
    """Normalise one raw line: NFC, markup, quotes, spacing, stray semicolons; markup that stripping markup lays bare
    is stripped too ("*> x", emphasis over a quote's mark: "x"), so a clean line is clean again as it is.

    >>> clean_line("- > Ескерту."), clean_line("*>* x"), clean_line("\\\\-")
    ('Ескерту.', 'x', '-')
    """
    line = _prepare(raw).replace("\n", " ")
    for _ in range(9):  # (each pass strips a layer; lines of real texts have one or two)
        again = _clean_text(line).strip(" ")
        if again == line:
            break
        line = again
    return line


_FOOTNOTE_MARK = re.compile(r"<\*+>")
# a sub-point's number typed with a space before its bracket, at a line's start ('4 )"Транзит" көлік құралын …', MVD
# 2011 № 502 in Kazakh, where the Russian has "4) …"): the bracket closes the number
_SPACED_BRACKET = re.compile(r"^([ \t]*\d+(?:-\d+)?) \)(?=[ \t]*\S)", re.M)
_SPACES = re.compile(r"[ ]{2,}")
_TAB_SPACES = re.compile(r"[ ]*\t[ ]*")
# a numbered item ("2. …", "1.1. …", "2.10.По …", "1.1 Тіркеу", "1) …", "а) …"), not a unit's number in a sentence going on
# from the line above ("(3.4, 3.10, 4.6, 4.22," / "4.28-1-тармақтарды қоспағанда)")
_ITEM_START = re.compile(r"^\d+(?:[.-]\d+)*[.)](?![\d-])|^\d+(?:\.\d+)+\s|^[а-яәіңғүұқөһё]\)")
_INDENTED = re.compile(r"^\s{3,}\S")
_MD_ITEM = re.compile(r"^[ \t]*[-–—•*][ \t]+\S")  # a markdown list's item ("   - областное управление …")
# (a footnote's mark after the punctuation keeps it the line's end: "нематериальные активы;*")
_TERMINAL = re.compile(r'[.;:!?]\**\s*"?$|[.;:!?]"[.;:]?$|^"$')
_STARTS_LOWER = re.compile(r"^[(\[,;.)–-]|^[^\W\d_]")


def _continues(prev: str, cur: str, gap: bool, indent_mode: bool, cur_indented: bool, prev_tab: bool = False) -> bool:
    """Does raw line `cur` continue the logical line ending in `prev` (a PDF hard wrap)?"""
    if not prev or _TERMINAL.search(prev) or prev_tab or "\t" in prev or "\t" in cur:
        return False
    starts_lower = bool(_STARTS_LOWER.match(cur)) and not cur[:1].isupper()
    if marker("hanging_word").search(prev) and not _ITEM_START.match(cur):
        return True  # a line that ends with a preposition ends no sentence ("… возложить на" / "Департамент …")
    if gap and len(prev) >= 50 and _MID_SENTENCE.search(prev) and len(cur) < 40 and cur.endswith(".") \
            and not _ITEM_START.match(cur):
        return True  # the end of a sentence wrapped onto a paragraph of its own ("… в Министерстве юстиции" /
        # "Республики Казахстан.")
    if indent_mode:
        if cur_indented:
            return False
        return starts_lower if gap else True
    return starts_lower and not _ITEM_START.match(cur)


_MID_SENTENCE = re.compile(r"[a-zа-яёәіңғүұқөһ]$")  # running text that stops inside its sentence

MAX_LINES = 60_000
# a line of an HTML table's markup alone: a cell ("<td>1</td>", "<td colspan="3">5 лет</td>"), a row's or the table's
# end; the reader joins a row's cells into one line
_CELL = re.compile(r"^[ \t]*(?:>[ \t]?)*<t[dh]\b[^>]*>.*</t[dh]>[ \t]*$", re.I)
_TABLE_MARKUP = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:</tr>|</?table\b[^>]*>|</?t(?:body|head)>)[ \t]*$", re.I)
_CELLS_A_LINE = 4  # a cell on a line of its own costs about a quarter of a line of text to read


def _counted_lines(raw: list[str]) -> int:
    """The lines a text is read as, for its bound: its non-blank lines, an HTML table's markup not counted and its
    cells a quarter of a line each (a register drawn one cell a line, 27 lines a row, counts about seven a row: the
    bound is on the work of reading it, not on how the conversion laid the table out).

    >>> _counted_lines(["# Реестр", "", "<table>", "<tr>", "<td>1</td>", '<td colspan="2">Руководитель</td>', "</tr>",
    ...                 "</table>", "1. Текст."])
    3
    """
    lines = cells = 0
    for r in raw:
        if not r.strip() or _TABLE_MARKUP.match(r):
            continue
        if _CELL.match(r):
            cells += 1
        else:
            lines += 1
    return lines + cells // _CELLS_A_LINE


_REPLACE = [("«", '"'), ("»", '"'), ("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("″", '"'), ("\u2011", "-"),
            ("\u00ad", ""), ("N№", "№"), ("№N", "№"),  # (the sign typed twice, Latin and Cyrillic: "N№1003 қаулысына")
            ("ў", "ұ"), ("Ў", "Ұ")]  # (ұ typed as the Belarusian ў by the fonts of the 1990s: "Бўл шешім", "ўйымдарына")


# every decimal digit of Unicode (full-width, Arabic-Indic, Devanagari …) as its ASCII digit
DIGITS = {c: str(unicodedata.digit(chr(c))) for c in range(0x80, 0x20000) if unicodedata.category(chr(c)) == "Nd"}
_OTHER_DIGITS = re.compile(r"[^\D0-9]")  # the same set as a class: a search 60x faster than listing them


# older texts type the Latin i for the Kazakh і ("мемлекеттiк тiркелген", "бекiтiлдi"), and any text may type a
# Latin letter that looks like a Cyrillic one ("22 cентября 2004 года"): in a word that mixes the two scripts and
# whose Latin letters all have a Cyrillic twin, they are the Cyrillic letters
_LATIN_I = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")
# (tried at a word's start only, where its match begins: tried at each letter, the leading \w* ran to the word's end
# and back from every one, twice the cost on a text of the 1990s with a Latin i in every other word)
_LATIN_I_WORD = re.compile(r"(?<!\w)\w*(?:[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff])\w*")
_LATIN_TWINS, _CYRILLIC_TWINS = "iIaceopxyABCEHKMOPTX", "\u0456\u0406асеорхуАВСЕНКМОРТХ"
_TWINS = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
LATIN_LOOKALIKES = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)  # the other way: a Cyrillic letter as its Latin twin
CYRILLIC_TWINS = _TWINS  # a Latin letter as its Cyrillic twin
_OTHER_LATIN = re.compile(r"[^\W\d_iIaceopxyABCEHKMOPTX\u0400-\u04ff]")


KAZAKH_LETTERS = re.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")  # the letters Kazakh has and Russian has not


def _kazakh_i(m: re.Match) -> str:
    word = m.group()
    if _OTHER_LATIN.search(word.replace("Y", "")):
        return word
    word = word.translate(_TWINS)
    # (a capital Y, in a word the Latin I shows Kazakh, is the Kazakh Ү, "YЛГIЛIК"; else the Cyrillic У)
    return word.replace("Y", "Ү" if KAZAKH_LETTERS.search(word) else "У") if "Y" in word else word


def _prepare(text: str) -> str:
    """NFC, ASCII digits, the Kazakh і for a Latin i inside a Cyrillic word, straight quotes, plain
    hyphens (linear and fast on any text).

    >>> _prepare("мемлекеттiк тiркелген, iPhone, 22 cентября")
    'мемлекеттік тіркелген, iPhone, 22 сентября'
    >>> _prepare("ШАРТЫНЫҢ YЛГIЛIК НЫСАНЫ")
    'ШАРТЫНЫҢ ҮЛГІЛІК НЫСАНЫ'
    >>> _prepare('"… Ережесін бекіту туралы" N№1003 қаулысына'), _prepare("Бўл шешім")
    ('"… Ережесін бекіту туралы" №1003 қаулысына', 'Бұл шешім')
    >>> _prepare("ата=ананың қамқоршылығынсыз, К=Ф/П")
    'ата-ананың қамқоршылығынсыз, К=Ф/П'
    >>> _prepare("Заңының 6–бабының 1–тармағының, 2018–2020 жылдарға")
    'Заңының 6-бабының 1-тармағының, 2018–2020 жылдарға'
    >>> _prepare('реттеу мақсатында,»"Білім туралы" Қазақстан Республикасының Заңына')
    'реттеу мақсатында, "Білім туралы" Қазақстан Республикасының Заңына'
    >>> _prepare('Қоса беріліп отырған»"Ұлттық компаниялар …» ережесі, 2006 жылғы»15 тамыздағы, «__»_____ 2015 года')
    'Қоса беріліп отырған "Ұлттық компаниялар …" ережесі, 2006 жылғы 15 тамыздағы, "__"_____ 2015 года'
    >>> _prepare('«Заң газеті»2007 жылғы 5 мамыр')  # (a guillemet it closes, a space lost after it)
    '"Заң газеті"2007 жылғы 5 мамыр'
    >>> _prepare('"… басқару туралы"»N 148-II Заңының'), _prepare('«"Білім туралы" Заңына … енгізу туралы"» Заң')
    ('"… басқару туралы" N 148-II Заңының', '""Білім туралы" Заңына … енгізу туралы"" Заң')
    >>> _prepare("(вводится в действие c 12.07.2026), в соответствии c Указом; графа c, Vitamin C")
    '(вводится в действие с 12.07.2026), в соответствии с Указом; графа c, Vitamin C'
    >>> _prepare("на основании ЗаконаРеспублики Казахстан, внутриреспубликанский")
    'на основании Закона Республики Казахстан, внутриреспубликанский'
    >>> _prepare("в целях реализации пункта 4статьи 19 Закона, 45-статья")
    'в целях реализации пункта 4 статьи 19 Закона, 45-статья'
    >>> _prepare("от 8мая 2012 года № 280, от6июня 2015 года, от13 августа2015 года, 18июля 2012года; отдела 5")
    'от 8 мая 2012 года № 280, от 6 июня 2015 года, от 13 августа 2015 года, 18 июля 2012 года; отдела 5'
    >>> _prepare('Указа … U952198_ "0 государственной регистрации юридических лиц"; "0,5 процента"')
    'Указа … U952198_ "О государственной регистрации юридических лиц"; "0,5 процента"'
    >>> _prepare("В целях реализации Закон а Республики Казахстан; Закон о Республике")
    'В целях реализации Закона Республики Казахстан; Закон о Республике'
    """
    text = unicodedata.normalize("NFC", text)
    if _OTHER_DIGITS.search(text):
        text = text.translate(DIGITS)
    if _LATIN_I.search(text):
        text = _LATIN_I_WORD.sub(_kazakh_i, text)
    if "»" in text:  # (a closing guillemet where a space stands, after a word or its comma and before a quote's
        # opening word or a number, no guillemet open before it: 'мақсатында,»"Білім туралы" … Заңына', 'Қоса беріліп
        # отырған»"Ұлттық …', '2006 жылғы»15 тамыздағы': no quote of its own; straightened, it opened an empty title)
        text = _STRAY_CLOSING.sub(lambda m: m.group() if _open_before(text, m.start()) else " ", text)
    for old, new in _REPLACE:
        if old in text:
            text = text.replace(old, new)
    if "c" in text or "C" in text:  # (the preposition "с" typed with the Latin key it shares: "вводится в действие c
        # 12.07.2026", "в соответствии c Указом"; a word of one Latin letter between Cyrillic words and digits)
        text = _LONE_LATIN_C.sub(lambda m: "с" if m.group() == "c" else "С", text)
    if "=" in text:  # a hyphen typed as "=" by the fonts of the 1990s ("ата=ананың", "сондай=ақ"), not a formula's
        text = _EQUALS_HYPHEN.sub("-", text)
    if "–" in text:  # a unit's number joined to its word by a dash ("8–бабына", "1–тармағының"): a hyphen
        text = _DASH_HYPHEN.sub("-", text)
    text = marker("unit_glued").sub(" ", text)  # ("пункта 4статьи 19 Закона")
    if "\\" in text or "/" in text:  # a sub-point's abbreviation typed with a slash ("в соответствии с п\п2, п.1,
        # ст.21 Закона", Almaty oblast akim 2003 № 18): its letter twice and a full stop, as "пп.3" writes it
        text = marker("subpoint_slashed").sub(lambda m: m.group("p") * 2 + ".", text)
    # (a day's parts typed with no space between: "от6июня 2015 года", "от 8мая 2012 года", "августа2015")
    text = marker("date_glued").sub(_unglued, text)
    text = marker("kind_split").sub(lambda m: m.group("word") + m.group("end"), text)  # ("Закон а Республики")
    # (a zero for the letter opening a quoted title: '"0 государственной регистрации …"')
    text = marker("zero_for_o").sub(lambda m: m.group("quote") + "О", text)
    if '" ' in text:  # (a title typed with a space inside each quote: '" Халықтың көші-қоны туралы "')
        text = marker("title_spaced").sub(lambda m: '"' + m.group("title") + '"', text)
    return marker("country_glued").sub(lambda m: m.group() + " ", text)  # ("ЗаконаРеспублики Казахстан")


_DASH_HYPHEN = re.compile(r"(?<=\d)–(?=[^\W\d_])")
_DIGIT_EDGE = re.compile(r"(?<=\d)(?=\D)|(?<=\D)(?=\d)")  # where a number meets a word


def _unglued(m: re.Match) -> str:
    """A day's parts typed with no space between, spaced: each place a number meets a word, within the match or right
    before it ("августа2015": the year matched, the month before it)."""
    return (" " if m.start() and m.string[m.start() - 1].isalpha() else "") + _DIGIT_EDGE.sub(" ", m.group())


# (… or a title's straight quote closed twice, a guillemet after it: '"… басқару туралы"»N 148-II Заңының', '"… кейбір
# мәселелер туралы"» № 38 қаулысының', Almaty oblast maslikhat 2004 in Kazakh)
_STRAY_CLOSING = re.compile(r'(?<=[,;:]|[^\W\d_])»(?=["«“„][^\W\d_]|\d)|(?<=[^\W\d_]")»')


def _open_before(text: str, at: int) -> bool:
    """Is a guillemet open at `at` (more opened than closed before it): a closing one there closes it.

    >>> _open_before("«Заң газеті»2007", 11), _open_before("жылғы»15", 5)
    (True, False)
    """
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("«") > line.count("»")
_LONE_LATIN_C = re.compile(r"(?<=[\u0400-\u04ff] )[cC](?= [\u0400-\u04ff\d])")
_EQUALS_HYPHEN = re.compile(r"(?<=[а-яёәіңғүұқөһ]{2})=(?=[а-яёәіңғүұқөһ]{2})")


_MD_HEADING = re.compile(r"^[ \t]*(?:>[ \t]?)*(?P<h>#{1,6})[ \t]+\S")
_MARKDOWN = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+\S|>[ \t]?\*|<a id=|<table)", re.M)
# the kazakhstan-law corpus's markdown (portal HTML converted): anchors, blockquoted notes, HTML tables.
# Its paragraphs are one line each, so a blank line or a hard break (two trailing spaces) ends a line.
_CORPUS_MARKDOWN = re.compile(r"^[ \t]*(?:>[ \t]?\*|<a id=|<table)", re.M)
_TABLE_OPEN = re.compile(r"^[ \t]*(?:>[ \t]?)*<table\b", re.I)
_TABLE_TAG = re.compile(r"<(/?)table\b", re.I)
_FENCE = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:```|~~~)")


def _table_end(raw: list[str], i: int) -> int:
    """The raw index of the line that closes the HTML table opened on raw[i], tables nested in its cells closed on
    the way (a form's card drawn as a table in a table: the photo's frame inside the card's side); the text's last
    line when it is never closed.

    >>> _table_end(["<table>", "<tr>", "<td>", "<table>", "<tr><td>3x4</td></tr>", "</table>", "М.О.", "</td>",
    ...             "</tr>", "</table>", "1. Текст."], 0)
    9
    """
    depth = 0
    for j in range(i, len(raw)):
        for m in _TABLE_TAG.finditer(raw[j]):
            depth += -1 if m.group(1) else 1
        if depth <= 0:
            return j
    return len(raw) - 1


MAX_LINE_CHARS = 20_000  # the longest logical line of the real sample has about 5,000


def cut_long_lines(lines: list[Line], name: str = "<input>") -> tuple[list[Line], list[str]]:
    """Lines over MAX_LINE_CHARS cut into pieces (at a space where there is one), each keeping
    its source line; a warning names every line cut. Later stages then do bounded work per line."""
    out: list[Line] = []
    warnings: list[str] = []
    for line in lines:
        text = line.text
        if len(text) <= MAX_LINE_CHARS:
            out.append(line)
            continue
        pieces = []
        while len(text) > MAX_LINE_CHARS:
            cut = text.rfind(" ", MAX_LINE_CHARS // 2, MAX_LINE_CHARS)
            cut = cut if cut > 0 else MAX_LINE_CHARS
            pieces.append(text[:cut])
            text = text[cut:].lstrip(" ")
        pieces.append(text)
        out += [line._replace(text=p) for p in pieces if p]
        warnings.append(f"{name}:{line.first}: a line of {len(line.text):,} characters, read as {len(pieces)} "
                        f"pieces of at most {MAX_LINE_CHARS:,}")
    return out, warnings


def logical_lines(text: str, name: str = "<input>") -> list[Line]:
    """Split into logical lines, joining hard wraps; blank lines are dropped.

    Markdown (the kazakhstan-law corpus) keeps its own line structure: paragraphs are
    separated by blank lines, a trailing double space is a line break, a heading carries
    its level, an HTML table becomes one line per row (cells tab-separated, a cell spanning
    rows repeated in each) and a fenced ascii-art block one line. Joined pieces are
    collected and concatenated once per logical line, so a text of any number of wrapped
    lines is read in linear time.
    """
    prepared = _prepare(text).replace("\r\n", "\n").replace("\r", "\n")
    if _BREAK in prepared:  # (a private-use sign in the source is no text; the sign marks a word broken at a line's end)
        prepared = prepared.replace(_BREAK, "")
    raw = prepared.split("\n")
    if _counted_lines(raw) > MAX_LINES:
        raise InputError(f"{name}:{MAX_LINES + 1}: more than {MAX_LINES:,} lines; not the text of one act")
    markdown = bool(_MARKDOWN.search(prepared[:200_000]))
    corpus = markdown and bool(_CORPUS_MARKDOWN.search(prepared[:200_000]))
    blocks = _blocks(raw) if markdown else {}
    cleaned = _clean_text(prepared).split("\n")
    nonblank = [r for r in raw if r.strip()]
    indented = [r for r in nonblank if _INDENTED.match(r)]
    indent_mode = not corpus and len(indented) >= max(3, 0.2 * len(nonblank))
    out: list[Line] = []
    parts: list[str] = []
    first = last = count = level = 0
    ind = tab = hard = quoted = item = False
    gap = False

    def flush() -> None:
        if parts:
            out.append(Line(first, last, "".join(parts).replace(" ,", ","), ind, count, level, quoted=quoted,
                            item=item))

    no = 0
    prose_end = 0  # the closing line of a fenced block of running text being read as text, else 0
    fence_width = 0  # the longest line of that block: the width its text was wrapped at
    after_prose = False  # the line before was the last of such a block
    last_len = 0  # the length of the last raw line joined
    bridge = False  # a line held only the code of a linked act
    ruled = False  # a line drawn across (a blank to fill) stood between this line and the one before
    prev_raw = ""  # the last raw line read into a logical line
    columns = 0  # lines still to read as rows of two approvals printed side by side (no wrapped text)
    while no < len(raw):
        r, c = raw[no], cleaned[no]
        no += 1
        if no == prose_end:  # the closing fence of running text (the text may go on after it), or a drawn table
            prose_end, after_prose = 0, True
            if no not in blocks:
                continue
        if no in blocks:
            lines, end = blocks[no]
            if lines is None:  # running text in a fence: its lines are read, wrapped at a fixed width
                prose_end, after_prose = end, True
                fence_width = max((len(x.strip()) for x in raw[no:end - 1]), default=0)
                continue
            flush()
            parts, gap, after_prose = [], False, False
            out += lines
            no = end
            continue
        s = c.strip(" ")
        if not s or _RULE.match(s):  # a drawn rule ("#### ––––", "______") ends what is above it, like a blank line
            gap = gap or not (prose_end or after_prose)
            bridge = bridge or bool(prose_end and _LINK_CODE.search(r))  # a link stood here, inside the sentence
            ruled = ruled or bool(s)  # a blank drawn to fill: what is under it is its caption, no sentence going on
            continue
        h = _MD_HEADING.match(r) if markdown else None
        is_ind = bool(_INDENTED.match(r))
        tail = parts[-1][-200:] if parts else ""
        if prose_end or after_prose:
            # (a quotation or a bracket is open in the whole line read so far, not in its last piece alone:
            # "Положение" / '"О территориальных органах управления' / 'Министерства юстиции Республики Казахстан"' /
            # "I. Общие положения")
            # (… never from a line of a blockquote above the fence: a form's caption in italics, "> *(наименование
            # банка …, место нахождения)*", over its fenced text "В соответствии со статьей 123 Закона …")
            quoted_above = prev_raw.lstrip().startswith(">") and not r.lstrip().startswith(">")
            joins = not (h or level or quoted_above) and _wraps("".join(parts)[-1000:], s, last_len, bridge,
                                                                fence_width, leaving=not prose_end)
            if columns:  # a row of two columns, up to their days ("Қазақстан Республикасы Қазақстан Республикасының"
                # / "Жоғарғы сотының төрағасы Еңбек және халықты әлеуметтік" / … / "2000 ж. 15.03 2000 ж. 07.04")
                joins, columns = False, 0 if len(_YEAR.findall(s)) >= 2 else columns - 1
            # the line the link stood in goes on: its width is what came before the link too
            width = last_len + len(s) if joins and bridge else len(s)
            after_prose = False
        elif corpus:
            # (a paragraph that ends with a preposition goes on in the next: a point the portal wrapped at a fixed
            # width, each line a paragraph, "5. Считать утратившим силу приказ МВД Республики Казахстан от" / "24 июня
            # 1996 года N 217.")
            # … and so does one whose sentence goes on in lower case in the point's next paragraph, indented under it
            # ("9. Настоящие Правила вводятся в действие со дня их государственной" / "   регистрации в Министерстве
            # юстиции Республики Казахстан."), or after a long line that ends in a genitive, whatever the case ("…
            # Қазақстан Республикасы Президентінің" / "   Әкімшілігін ішкі істер органдарына …", MinJust 2007 N 186):
            # not a formatted line (a stamp's, a signature's, in italics or quoted), nor an item of a list, whatever
            # the line before ends with ("2. Установить что," / "   - областное управление внутренних дел утверждает …")
            plain = not r.lstrip().startswith((">", "*", "_")) and not prev_raw.lstrip().startswith((">", "*", "_"))
            wrapped = gap and not hard and plain and not ruled and (bool(marker("hanging_word").search(tail)) or (
                is_ind and (s[:1].islower() or last_len >= WRAP_WIDTH and bool(marker("genitive_end").search(tail)))
                and not _TERMINAL.search(tail) and not _ITEM_START.match(s) and not _MD_ITEM.match(r)))
            joins, width = not ((gap and not wrapped) or hard or h or level), len(s)
        else:
            joins, width = not (h or level) and _continues(tail, s, gap, indent_mode, is_ind, tab) and not (
                markdown and _MD_ITEM.match(r)), len(s)  # (a markdown list's item opens a paragraph of its own)
        if parts and joins:
            # (… or a compound broken at its hyphen before a capital, "возложить на вице-" / "Министра финансов …":
            # one word, "вице-Министра")
            broken = tail.endswith("-") and not tail.endswith(" -") and (
                s[:1].islower() or s[:1].isupper() and tail[-2:-1].islower())
            if _word_broken(tail, s):
                parts[-1] = parts[-1][:-1] + _BREAK  # (a word broken at the line's end: `_unbroken` tells which)
            glue = broken or tail.endswith("(")
            parts.append(s if glue else " " + s)
            last, count = no, count + 1
            tab = tab or "\t" in s
        else:
            flush()
            parts, first, last, count, ind, tab = [s], no, no, 1, is_ind, "\t" in s
            if marker("approvals_side_by_side").match(s):
                columns = _COLUMN_ROWS
            level = len(h.group("h")) if h else 0
            quoted = r.lstrip().startswith(">")
            item = markdown and bool(_MD_ITEM.match(r))
        hard = corpus and r.endswith("  ")
        prev_raw = r
        gap = bridge = ruled = False
        last_len = width
    flush()
    return _glued_items(_dotless_points(_glued_headings(_unbroken(out))))


def _word_broken(before: str, after: str) -> bool:
    """Does a line end with a word broken by a hyphen that the next line goes on in lower case ("Наимено-" / "вание")?"""
    return before.endswith("-") and before[-2:-1].isalpha() and after[:1].islower()


def _stem(word: str) -> str:
    """A word's first letters, its ending (up to three letters) aside, never fewer than five: "принят" of "принятия"."""
    return word[:max(5, len(word) - 3)]


def _unbroken(lines: list[Line]) -> list[Line]:
    """Words broken at a line's end by a hyphen, in a cell or a wrapped paragraph ("Наимено-" / "вание", "регистра-" /
    "ции", "при-" / "нятия"), whole again where the text writes the whole word elsewhere, in this form or another of
    its stem ("принятых": "принятия"); else a compound, its hyphen kept ("историко-" / "культурного":
    "историко-культурного"), or a word the text has nowhere else, its break kept as a hyphen ("Типоло-гическая").

    >>> [ln.text for ln in _unbroken([Line(1, 1, "Наимено\ue000вание | историко\ue000культурного | при\ue000нятия"),
    ...                               Line(2, 2, "Наименование принятых памятников")])]
    ['Наименование | историко-культурного | принятия', 'Наименование принятых памятников']
    """
    if not any(_BREAK in ln.text for ln in lines):
        return lines
    known = {w.lower() for ln in lines for w in _WORD_LETTERS.findall(ln.text.replace(_BREAK, " "))}
    stems = {_stem(w) for w in known}

    def whole(m: re.Match) -> str:
        word = m.group(0)
        joined = word.replace(_BREAK, "")
        return joined if joined.lower() in known or _stem(joined.lower()) in stems else word.replace(_BREAK, "-")

    return [ln._replace(text=_BROKEN.sub(whole, ln.text).replace(_BREAK, "-")) if _BREAK in ln.text else ln
            for ln in lines]


def _glued_headings(lines: list[Line]) -> list[Line]:
    """A heading that holds the headings below it, run together by the portal's conversion ("## Ұлттық … стандарты
    1-бөлім. Жалпы ережелер $ 1. Қолдану мақсаты және саласы"), is read as those headings, each at its level; a
    paragraph's sign printed as "$" is "§".

    >>> [ln.text for ln in _glued_headings([Line(1, 1, "Стандарт 1-бөлім. Жалпы ережелер $ 1. Мақсаты", level=2)])]
    ['Стандарт', '1-бөлім. Жалпы ережелер', '§ 1. Мақсаты']
    """
    if not any(ln.level for ln in lines):
        return lines
    glued = marker("glued_heading")
    out: list[Line] = []
    for ln in lines:
        if not ln.level:
            out.append(ln)
            continue
        for piece in glued.split(ln.text):
            piece = piece.strip()
            if piece:
                out.append(ln._replace(text=re.sub(r"^\$(?=\s*\d)", "§", piece)))
    return out


# a list's item or a point opening a line; the next one glued to it after its semicolon or full stop
_ITEM_NUMBER = re.compile(r"^(\d+)([).])\s")
_ITEM_GLUED = {")": re.compile(r";\s*(\d+)\)\s"), ".": re.compile(r"(?<=[^\W\d_]{3})[.;]\s*(\d+)\.\s+(?=[А-ЯЁӘІҢҒҮҰҚӨҺ])")}
# the next point glued to a line of a form's point that ends in a blank or a bracket: "(өз қолымен «түсіндірілді» және
# қолы)10. Заңды тұлға …", "_____17. Келесі банктерде …", "4. Год рождения _____________ 5. Место рождения___"
_POINT_AFTER_BLANK = re.compile(r"(?<=[)_])\s*(\d+)\.\s+(?=[А-ЯЁӘІҢҒҮҰҚӨҺ])")
_GLUED_AFTER = {")": (_ITEM_GLUED[")"],), ".": (_ITEM_GLUED["."], _POINT_AFTER_BLANK)}


def _glued_items(lines: list[Line]) -> list[Line]:
    """A list's item or a point glued to the one before it after its semicolon or full stop, the next number's ("6) …
    в прудах, фонтанах, водоемах и водозаборах;7) находиться с собаками …"; "15. … шығару тегін жүргізіледі.16.
    Қаңғыбас иттер …", Almaty oblast maslikhat 2015 № 43-249), is read as one of its own.

    >>> [ln.text for ln in _glued_items([Line(1, 1, "6) выгуливать на пляжах;7) находиться в местах скопления.")])]
    ['6) выгуливать на пляжах;', '7) находиться в местах скопления.']
    >>> [ln.text for ln in _glued_items([Line(1, 1, "15. Тегін жүргізіледі.16. Қаңғыбас иттер аулау.")])]
    ['15. Тегін жүргізіледі.', '16. Қаңғыбас иттер аулау.']
    >>> [ln.text for ln in _glued_items([Line(1, 1, "6) по статье 5;3) части второй"), Line(2, 2, "1. Согласно ст. 2. Закона")])]
    ['6) по статье 5;3) части второй', '1. Согласно ст. 2. Закона']
    """
    out: list[Line] = []
    point = 0  # the number of the last point a line opened
    for ln in lines:
        plain = not (ln.level or ln.block)
        m = _ITEM_NUMBER.match(ln.text) if plain else None
        g = (_glued_next(ln.text, m.end(), int(m.group(1)), _GLUED_AFTER[m.group(2)]) if m
             else _glued_next(ln.text, 0, point, (_POINT_AFTER_BLANK,)) if plain and point else None)
        while g:
            out.append(ln._replace(text=ln.text[:g.start(1)].rstrip()))
            ln = ln._replace(text=ln.text[g.start(1):])
            m = _ITEM_NUMBER.match(ln.text)  # (the glued number opens the rest)
            g = _glued_next(ln.text, m.end(), int(m.group(1)), _GLUED_AFTER[m.group(2)])
        if m and m.group(2) == ".":
            point = int(m.group(1))
        out.append(ln)
    return out


def _glued_next(text: str, start: int, number: int, patterns: tuple[re.Pattern, ...]) -> re.Match | None:
    """Where, after `start`, the item or point numbered next after `number` is glued in `text` (its number's group 1)."""
    return next((g for p in patterns for g in p.finditer(text, start) if int(g.group(1)) == number + 1), None)


_POINT_NUMBER = re.compile(r"^(\d+)\.\s")
_DOTLESS = re.compile(r"^(\d+)(?:\s+\.)?\s+(?=[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")


def _dotless_points(lines: list[Line]) -> list[Line]:
    """A point's number whose full stop was left out, right after the point before it ("2. …" / "3 Настоящий приказ
    вводится в действие …"), or set apart from it ("2 . Қазақстан Республикасы Қаржы министрлігінің …"), is read with
    its full stop.

    >>> [ln.text for ln in _dotless_points([Line(1, 1, "2. Обеспечить."), Line(2, 2, "3 Настоящий приказ вводится.")])]
    ['2. Обеспечить.', '3. Настоящий приказ вводится.']
    >>> [ln.text for ln in _dotless_points([Line(1, 1, "2. Обеспечить."), Line(2, 2, "5 500 000 тенге.")])]
    ['2. Обеспечить.', '5 500 000 тенге.']
    >>> [ln.text for ln in _dotless_points([Line(1, 1, "1. Бекітілсін:"), Line(2, 2, "2 . Салық комитеті …")])]
    ['1. Бекітілсін:', '2. Салық комитеті …']
    """
    last = None
    for k, ln in enumerate(lines):
        if ln.level or ln.block:
            continue
        m = _POINT_NUMBER.match(ln.text)
        if m:
            last = int(m.group(1))
            continue
        m = _DOTLESS.match(ln.text)
        if m and last is not None and int(m.group(1)) == last + 1:
            lines[k] = ln._replace(text=f"{m.group(1)}. {ln.text[m.end():]}")
            last += 1
    return lines


def _blocks(raw: list[str]) -> dict[int, tuple[list[Line] | None, int]]:
    """HTML tables and fenced blocks of a markdown text: {first raw line: (their lines, next raw index)};
    a fence of running text has no lines of its own (None) and the number of its closing line."""
    out: dict[int, tuple[list[Line] | None, int]] = {}
    i = 0
    while i < len(raw):
        if _TABLE_OPEN.match(raw[i]):
            j = _table_end(raw, i)
            out[i + 1] = (_table_lines(raw, i, j), j + 1)
            i = j + 1
        elif _FENCE.match(raw[i]):
            j = i + 1
            while j < len(raw) and not _FENCE.match(raw[j]):
                j += 1
            j = min(j, len(raw) - 1)
            body = [_QUOTE.sub("", ln).rstrip() for ln in raw[i + 1:j]]
            # older texts of the portal carry whole runs of the act, wrapped at a fixed width, in preformatted
            # blocks markdown keeps as fences: operative points, the signature, an appendix's stamp and title
            # ("4. Қазақстан Республикасы Ішкіісминінің … бұйрығының күші жойылды деп / есептелсін."). A fence
            # with nothing drawn in it (no blanks to fill, box drawing, columns, centred lines) is such text.
            drawn = next((k for k, b in enumerate(body) if _DRAWN.search(b) and not _BLANK_DAY.match(b.strip())
                          and not _credit_under(body, k) and not _stamp_blank(body, k)
                          and not _prose_blank(body, k)), None)
            lead = next((k for k, b in enumerate(body) if b.strip()), None)
            if drawn is None and lead is not None and _stamp_head(body, lead):
                # an appendix's stamp alone in a fence ("Приложение N 4" / "к приказу МВД Республики Казахстан" / "от 10
                # ноября 1999 года N 568" / "(с изменениями …)"): its lines, kept apart, never running text
                out[i + 1] = ([Line(i + k + 2, i + k + 2, _clean_text(_prepare(b)).strip()) for k, b in enumerate(body)
                               if b.strip()], j + 1 if _FENCE.match(raw[j]) and j > i else len(raw) + 1)
            elif drawn is None and any(b.strip() for b in body):  # read as text up to the closing fence (or the end)
                out[i + 1] = (None, j + 1 if _FENCE.match(raw[j]) and j > i else len(raw) + 1)
            elif drawn and (any(len(b.strip()) >= _WIDE for b in body[:drawn]) or _act_closed(body, drawn)):
                # running text, then a drawn table: the text is read, the table from its first drawn line is a block
                # (a stamp begun in the text ends in it: "Приложение 1" / "к приказу Министра" / 'от "__" ___ г. № ___')
                drawn = _act_closed(body, drawn) or _form_head(body, drawn) or drawn + _stamp_end(body, drawn)
                d = i + 1 + drawn
                out[i + 1] = (None, d + 1)
                out[d + 1] = _forms(raw, d, j, body[drawn:])
            else:
                out[i + 1] = _forms(raw, i + 1, j, body, opener=True)
            i = j + 1
        elif (j := _unfenced_table_end(raw, i)) is not None:
            body = [_QUOTE.sub("", ln).strip() for ln in raw[i:j + 1]]
            out[i + 1] = _form(raw, i, j, body)
            i = j + 1
        else:
            i += 1
    return out


# a rule drawn across the page, the frame of a table drawn in text
_TABLE_RULE = re.compile(r"^[ \t]*(?:-{20,}|_{20,}|={20,})[ \t]*$")
_TABLE_SCAN = 400  # the most lines a table drawn outside a fence is looked for in


def _unfenced_table_end(raw: list[str], i: int) -> int | None:
    """The raw index of the last rule of a table drawn in text whose fence the conversion lost, each of its lines a
    paragraph ("------" / "Страны !Суточные! Стоимость одноместного стандартного" / "! ! номера" / … / "США 70 231 205
    186" / … / "------"), from its first rule at `i`: its head's columns kept apart by "!" within the first lines, every
    line up to the last rule short and no heading, quotation nor numbered point; None when raw[i] opens no such table."""
    if not _TABLE_RULE.match(raw[i]):
        return None
    head = [ln for ln in raw[i + 1:i + 12] if ln.strip()][:3]
    if not any(_COLUMNS.search(ln) for ln in head):
        return None
    last = row = None
    for k in range(i + 1, min(len(raw), i + _TABLE_SCAN)):
        ln = raw[k].strip()
        if not ln:
            continue
        if _TABLE_RULE.match(raw[k]):
            last = k
        elif _outside_table(raw[k]):
            break
        elif last is None:  # its head and rows, when no rule closes it ("1 г.Астана Z Зет" / …): up to the last row
            if not (_COLUMNS.search(ln) or _ROW.match(ln) or _RULE.match(ln.replace("!", "").replace("|", ""))):
                if row is not None and _TABLE_RULE.match(_COLUMNS.sub("", raw[row].strip())):
                    last = _closing_rule(raw, i, k)  # (rows with no columns under a rule the columns cross)
                break
            row = k
    if last is not None:  # its head's last lines after the rule under it ("1 | 2| 3| … | 11" / "___|__|__|…")
        while (k := next((x for x in range(last + 1, min(len(raw), last + 4)) if raw[x].strip()), None)) is not None \
                and _COLUMNS.search(raw[k]) and len(raw[k].strip()) <= 120 and not raw[k].lstrip().startswith((">", "<")):
            last = k
    return last if last is not None else row


def _outside_table(line: str) -> bool:
    """Is a raw line no line of a table drawn in text: long, a heading, a quotation, fence or tag, a numbered point?"""
    ln = line.strip()
    return len(ln) > 120 or bool(_MD_HEADING.match(line)) or ln.startswith((">", "```", "<")) or bool(_POINT_LINE.match(ln))


def _closing_rule(raw: list[str], i: int, k: int) -> int | None:
    """The rule that closes a table drawn in text whose rows, from raw[k] on, keep their columns apart by nothing but
    the spaces the conversion ran together ("---------------|-------|--------|----" / "Общий Обычные 4 месячный" / …
    / "------", the opening rule's twin), every line up to it short and no heading, quotation nor numbered point;
    None when no such rule comes."""
    rule = raw[i].strip()
    for x in range(k, min(len(raw), i + _TABLE_SCAN)):
        ln = raw[x].strip()
        if not ln:
            continue
        if ln[:1] == rule[:1] and _TABLE_RULE.match(raw[x]) and abs(len(ln) - len(rule)) <= 2:
            return x
        if _outside_table(raw[x]):
            return None
    return None


# a drawn table's columns kept apart ("! Наименование областей !", "Облыстардың атауы | Жазылуы"), a numbered row
_COLUMNS = re.compile(r"!|\|")
_ROW = re.compile(r"^\d+\s+\S")


_POINT_LINE = re.compile(r"^\d+(?:-\d+)*\.\s+[^\W\d_]")


_STAMP_NUMBER = re.compile(r"№|(?<![^\W_])N\s*[\d_]")  # (a blank before it: "_____N___")


def _credit_under(body: list[str], k: int) -> bool:
    """Is body[k] a rule drawn across the page with only the portal's editors named under it ("_____" /
    "(Специалисты: Пучкова О.Я.," / "Мартина Н.А.)"), the end of the text, nothing drawn?"""
    after = [x.strip() for x in body[k + 1:] if x.strip()]
    return bool(_RULE.match(body[k].strip())) and bool(after) and bool(marker("editors").match(after[0])) \
        and len(after) <= 4


def _act_closed(body: list[str], drawn: int) -> int:
    """How many lines open a drawn block with the end of a note broken above it, its act's day and number to the full
    stop ("2000 жылғы 4 қазандағы N 78" / "V001280_" / "бұйрығымен."), before the form; 0 when none does."""
    for k in range(min(drawn, 6)):
        if body[k].rstrip().endswith("."):
            lead = " ".join(body[:k + 1])
            return k + 1 if re.search(r"\b(?:19|20)\d\d\b", lead) and _STAMP_NUMBER.search(lead) else 0
    return 0


def _form_head(body: list[str], drawn: int) -> int:
    """Where the head of a form drawn at body[drawn] starts, when its number is written in the text above it: the
    corner of the body that keeps it ("Департамент уголовно-исполнительной системы" / "при МВД Республики Казахстан" /
    "Форма № 1" / "(Размер 30 х 20 см)" over "____"), after the sentence the text ends with; 0 when none is."""
    at = next((k for k in range(drawn - 1, max(drawn - 4, 0) - 1, -1) if marker("form_heading").match(body[k].strip())),
              None)
    if not at:
        return 0
    while at > 0 and body[at - 1].strip() and len(body[at - 1].strip()) < 60 and not re.search(r"[.;:]$", body[at - 1]):
        at -= 1
    return at


def _bare_appendix(line: str) -> bool:
    """Is a line an appendix's number alone, the whole of its stamp ("Приложение N 2", "N 3 қосымша", "2 қосымша")?"""
    t = line.strip()
    return bool((marker("appendix_alone_ru").match(t) or marker("appendix_alone").match(t)) and re.search(r"\d", t))


def _stamp_head(body: list[str], k: int) -> bool:
    """Does body[k] open an appendix's stamp, the next line naming the act it is of ("Приложение 3" / "к приказу
    Министра"), or, in Kazakh, the country's name with the act's number and kind a few lines down ("Қазақстан
    Республикасы" / "Әділет Министрінің" / '1999 ж. "9" шілде' / "N 57 бұйрығымен бекітілген")?"""
    line = body[k].strip()
    if marker("country_line").match(line):
        return _kk_stamp_head(body, k)
    if not marker("appendix_alone_ru").match(line):
        return False
    after = next((x.strip() for x in body[k + 1:] if x.strip()), "")
    return bool(marker("ru_stamp").match(f"{line} {after}"))


def _kk_stamp_head(body: list[str], k: int) -> bool:
    """Does body[k] open a Kazakh stamp, the country's name with the act's number and kind a few lines down (they may
    stand on lines of their own: '2000 ж. "___"_____N___' / "бұйрығымен бекітілген")?"""
    return bool(marker("country_line").match(body[k].strip())
                and marker("stamp_number_kk").search(" ".join(x.strip() for x in body[k + 1:k + 5])))


def _stamp_blank(body: list[str], k: int) -> bool:
    """Is body[k] the day and number of a Kazakh stamp begun at most four lines above it, left blank ('2000 ж.
    "___"_____N___' under "Қазақстан Республикасы" / "Әділет министрінің"): the stamp's line, nothing drawn? (A
    Russian stamp's blank ends it where a drawn form begins: _stamp_end.)"""
    return bool(_STAMP_NUMBER.search(body[k])) and any(_kk_stamp_head(body, m) for m in range(max(0, k - 4), k))


def _prose_blank(body: list[str], k: int) -> bool:
    """Is body[k] a line of running text with a blank left in it for a name, its sentence going on after the blank
    and on the next line ("қызметкерлердің есебін жүргізу бөлігі _______ орталық тұрғын үй-тұрмыс" / "комиссиясына
    …"; "________ 1990 жылғы желтоқсанның 25-дегі N 8/3-788 Қазақ КСР ішкі" / "істер органдарының …"), nothing
    drawn? A form's blank ends its line, is glued to a word ("Марка автомобиля______", "Внешний вид____на ходу") or
    is a long field to fill ("Начальник УМС ДП ___________________________________________ области/города").

    >>> _prose_blank(["бөлігі _______ орталық тұрғын үй-тұрмыс комиссиясына автомотокөлік", "құралдарына"], 0)
    True
    >>> _prose_blank(["Марка автомобиля, мотоцикла_____________", "Государственный номер ______"], 0)
    False
    """
    line = body[k].strip()
    after = next((x.strip() for x in body[k + 1:] if x.strip()), "")
    if not re.fullmatch(r"(?:_{3,15}(?=\s)|[^_]|(?<=\s)_{3,15}(?=\s))+", line):
        return False
    words = re.sub(r"\s*_{3,}\s*", " ", line).strip()
    tail = line.rsplit("_", 1)[-1]
    goes_on = bool(_STARTS_LOWER.match(after)) and not after[:1].isupper() or bool(re.match(r"\d+-[^\W\d_]", after))
    return (len(_LETTERS.findall(words)) >= 25 and len(re.findall(r"[^\W\d_]{2,}", tail)) >= 1
            and not _DRAWN.search(words) and goes_on)


def _stamp_end(body: list[str], k: int) -> int:
    """How many lines from body[k] on end a stamp begun just above them (the stamp's day and number, a blank
    left for them: 'от "__" _______ 1999 г. № ___'); 0 when no stamp is open there."""
    above = [b.strip() for b in body[max(0, k - 4):k]]
    head = next((n for n in range(len(above)) if _stamp_head(above, n)), None)
    if head is None or any(_STAMP_NUMBER.search(x) for x in above[head:]):
        return 0
    for n in range(k, min(len(body), k + 3)):
        if _STAMP_NUMBER.search(body[n]):
            return n - k + 1
    return 0


def _forms(raw: list[str], base: int, j: int, body: list[str], opener: bool = False) -> tuple[list[Line], int]:
    """A drawn block whose first line is raw index `base` (with `opener`: its fence line is the one before), as
    forms: the stamps of appendices set inside it ("Приложение 3" / "к приказу Министра" / … / "№___") are read as
    text between them, each form the lines up to the next stamp."""
    # (… or a bare "Приложение N 2" alone on its line, right over the next form's name: "Личная анкета")
    cuts = [k for k in range(len(body)) if _stamp_head(body, k) or k and _bare_appendix(body[k])]
    headed = {k: end for k in range(1, len(body)) if (end := _heading_between_tables(body, k))}
    cuts = sorted(set(cuts) | set(headed))
    if not cuts:
        return _form(raw, base - 1 if opener else base, j, body)
    out: list[Line] = []
    bounds = [0] + cuts + [len(body)]
    for n in range(len(bounds) - 1):
        a, b = bounds[n], bounds[n + 1]
        if n and a in headed:  # a heading between two tables: its words, one line
            words = [_clean_text(_prepare(body[k])).strip() for k in range(a, headed[a]) if body[k].strip()]
            out.append(Line(base + a + 1, base + headed[a], " ".join(words), False, len(words)))
            a = headed[a]
        elif n:  # a stamp: its lines to its number
            end = a if _bare_appendix(body[a]) and not _stamp_head(body, a) else \
                next((k for k in range(a, min(b, a + 6)) if _STAMP_NUMBER.search(body[k])), a)
            # (… and a bare number's what it is an appendix to, on the line under it: "Приложение N 2" / "к
            # Положению", the form's name below, MVD 1995 № 237)
            while end + 1 < b and _OF_WHAT.match(body[end + 1].strip()):
                end += 1
            out += [Line(base + k + 1, base + k + 1, _clean_text(_prepare(body[k])).strip()) for k in range(a, end + 1)
                    if body[k].strip()]
            a = end + 1
        rest = [x for x in body[a:b] if x.strip()]
        if rest:
            out.append(Line(base + a + 1, base + b, "\n".join(rest), False, len(rest), 0, "form"))
    if out:  # the fence's own lines belong to the first and last lines
        first = out[0]._replace(first=base if opener else out[0].first, raw=out[0].raw + opener)
        out[0] = first
        if j < len(raw) and raw[j].strip():
            out[-1] = out[-1]._replace(last=j + 1, raw=out[-1].raw + 1)
    return out, j + 1


def _heading_between_tables(body: list[str], k: int) -> int:
    """Where the heading that body[k] opens ends (0: none): a numbered heading, short and no sentence, right under a
    table's closing rule, over the next table's rule or the block's end ("____" / "3. Общие упражнения для
    женщин" / "____"; "4. Условия выполнения общих упражнений по" / "физической подготовке" at the end)."""
    if not _RULE.match(body[k - 1].strip()) or not _NUMBERED_HEADING.match(body[k].strip()):
        return 0
    end = next((m for m in range(k + 1, len(body)) if _RULE.match(body[m].strip())), len(body))
    lines = [x.strip() for x in body[k:end] if x.strip()]
    if len(lines) > 3 or any(_DRAWN.search(x) or len(x) > 100 for x in lines) or re.search(r"[.;:,]$", lines[-1]) \
            or any(not x[:1].islower() for x in lines[1:]):
        return 0
    return end


def _form(raw: list[str], i: int, j: int, body: list[str]) -> tuple[list[Line], int]:
    """A drawn block, raw lines i to j (the closing fence), as one line of the "form" kind."""
    text = "\n".join(b for b in body if b.strip())
    n = sum(1 for ln in raw[i:j + 1] if ln.strip())
    return [Line(i + 1, j + 1, text or "```", False, n, 0, "form")], j + 1


# what a stamp says its appendix is of, on a short line of its own ("к Положению", "к Правилам учета")
_OF_WHAT = re.compile(r"^к\s+[А-ЯЁ][\w-]*(?:\s+[\w-]+){0,3}$")
# what only a drawn form has: blanks to fill, box drawing, columns kept apart by runs of spaces, a centred line
_DRAWN = re.compile(r"_{3}|\.{4}|-{5}|={5}|\s!\s|[|+\t\u2500-\u257f]|\S {3,}\S|^ {6,}\S")
# a day left blank under an approval ('"___"______ 2001 года'): text, not a drawn form
# a line drawn across the page, nothing written on it: the end of the rules, or a rule between parts
_RULE = re.compile(r"^[_\-\u2012-\u2015=* ]*[_\-\u2012-\u2015=]{3,}[_\-\u2012-\u2015=* ]*$")
_BLANK_DAY = re.compile(r'^"?_+"?\s*_+\s*\d{4}\s*\S{0,6}$')
_LETTERS = re.compile(r"[^\W\d_]")
_NUMBER_START = re.compile(r"(?:N|№)\s?\d")  # an act's number, on the line after its day
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COLUMN_ROWS = 8  # the most rows of two approvals side by side read apart in a fence
_QUOTE_START = re.compile(r"[\"«“]\w")  # a quotation opening a line: a title
_NUMBERED_HEADING = re.compile(r"^\d+\.\s+[^\W\d_]")  # "3. Общие упражнения для женщин"
_WIDE = 50  # a line of running text wrapped at a fixed width (the portal's are 60-75 columns) is at least this
_NARROW = 40  # the narrowest block read as wrapped text (narrower: a signature's, a stamp's lines)


def _wraps(prev: str, cur: str, prev_len: int, bridged: bool = False, width: int = 0, leaving: bool = False) -> bool:
    """Does `cur` go on from `prev` in running text wrapped at a fixed width? Not after a sentence or
    an item ends, nor before a numbered item; yes when `cur` starts in lower case, when `prev` leaves a
    quotation or a bracket open, when the code of a linked act stood between them, or when `prev` is a line
    of full width and `cur` not a heading in capitals. A line is of full width at 50 columns, or when the
    next line's first word would not have fitted on it within the block's `width` (of 40 columns at least; a
    block wrapped at 50: "на транспорте, в управления МВД Республики" / "Казахстан и учебных заведений:").

    >>> _wraps("на транспорте, в управления МВД Республики", "Казахстан и учебных заведений:", 42, width=50)
    True
    >>> _wraps("Министр внутренних дел", "Республики Казахстан", 22, width=52)
    False
    >>> _wraps("4. Считать утратившим силу приказ МВД Республики", "Казахстан от 18 марта 1992 г. N 91.", 48, width=58)
    True
    >>> _wraps("ГУАС МВД РК (Приходько Н.И.), ИВЦ (Назаров", "С.С.) в месячный срок разработать", 42, width=60)
    True
    >>> _wraps("665 от 30 мая 1996 г.", '"О мерах по', 21, bridged=True, width=50)
    True
    >>> _wraps("665 от 30 мая 1996 г.", '"О мерах по', 21, width=50)
    False

    The paragraph after a fence (`leaving` it) goes on from its last line only when that line is of the fence's
    full width: a title whose fence closes under it is no sentence the next paragraph ends ("… по линии
    государств," / "правительств государств, международных организаций" / "Для возврата налога …", MinFin 2001).

    >>> _wraps("правительств государств, международных организаций", "Для возврата налога", 51, width=72, leaving=True)
    False
    """
    if marker("day_before_number").search(prev) and _NUMBER_START.match(cur):
        return True  # an act's day, then its number on the next line ("… от 28 марта 1996 г." / "N 614 "Об …")
    if marker("approval").match(prev.strip()) and marker("stamp_word_alone").match(cur.strip()):
        return True  # an approval and a stamp side by side: '"Согласовано"' / "Приложение", the block's first line
    if marker("country_split").search(f"{prev[-40:]}\n{cur[:40]}"):
        return True  # the Republic's name broken in two ("… приказ МВД Республики" / "Казахстан от 18 марта 1992 г.")
    if bridged and prev and _QUOTE_START.match(cur) and not _ITEM_START.match(cur):
        return True  # an act's day, its link code, then its title ("665 от 30 мая 1996 г." / "P960665_" / '"О мерах по')
    if not prev or _TERMINAL.search(prev) or _ITEM_START.match(cur) or marker("editors").match(cur):
        return False  # (nor before the portal's editors named under the text: "(Специалисты: Склярова И.В.,")
    full = (prev_len >= _WIDE and not (leaving and width >= _NARROW)
            or width >= _NARROW and prev_len + 1 + len(cur.split(" ", 1)[0]) > width)
    return (bridged or bool(_STARTS_LOWER.match(cur)) and not cur[:1].isupper() or prev.count('"') % 2 == 1
            or prev.count("(") > prev.count(")")
            # (capitals ending a sentence are an abbreviation: "… приемника-распределителя" / "ОВД.")
            or full and not (cur.isupper() and len(_LETTERS.findall(cur)) >= 3 and not cur.endswith((".", ",", ";"))))


class _Rows(HTMLParser):
    """Rows of one HTML table: cells with their spans and the raw line each row starts and ends on. A table nested
    in a cell is that cell's text, each of its rows and cells on a line of its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[dict] = []
        self.cell: list[str] | None = None
        self.depth = 0  # tables open

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.depth += 1
        if self.depth > 1:
            if tag in ("tr", "td", "th", "table", "br") and self.cell is not None:
                self.cell.append("\n")
        elif tag == "tr":
            self.rows.append({"cells": [], "first": self.getpos()[0], "last": self.getpos()[0]})
        elif tag in ("td", "th"):
            if not self.rows:
                self.handle_starttag("tr", [])
            a = dict(attrs)
            self.cell = []
            self.rows[-1]["cells"].append([self.cell, _span(a.get("rowspan")), _span(a.get("colspan"))])
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            self.depth -= 1
        elif tag in ("td", "th") and self.depth <= 1:
            self.cell = None
        if self.rows:
            self.rows[-1]["last"] = self.getpos()[0]

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def _span(value) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


_DASH_ITEM = re.compile(r"^\s*[-–—•]\s*(?=[^\W\d_])")


_CELL_MARK = re.compile(r"(?<=[^\s*])(\*{1,4})\s*$")


def _cell_text(parts: list[str]) -> str:
    """A cell's text on one line; a line break is kept ("\n") between short lines that each start with a
    capital (a cell listing several names: "Аппарат басшысы" / "Комитет төрағасы"), else a space. Items a dash
    opens under a line that ends with a colon are a list, joined with commas ("Специалисты высшей категории:" / "-
    инженер …" / "- эколог": "Специалисты высшей категории: инженер …, эколог").

    >>> _cell_text(["Специалисты без категории:", "\\n- ихтиолог", "\\n-охотовед,", "\\n- эколог"])
    'Специалисты без категории: ихтиолог, охотовед, эколог'
    >>> _cell_text(["Натуральные нормы специальных автотранспортных средств*"]), _cell_text(["*Итого*"])
    ('Натуральные нормы специальных автотранспортных средств*', 'Итого')
    """
    text = "".join(parts)
    # a footnote's mark ending the cell, glued to its last word, the cell's only stars ("Натуральные нормы специальных
    # автотранспортных средств*", the Chancellery's norms of 2019): the mark, not half of an emphasis, kept
    mark = _CELL_MARK.search(text) if "*" in text else None
    if mark and text.count("*") == len(mark.group(1)):
        text = text[:mark.start()]
    else:
        mark = None
    lines: list[str] = []
    listing = False  # the line before is a list's lead-in or item
    for raw in text.split("\n"):
        item = bool(_DASH_ITEM.match(raw))
        x = _clean_text(_prepare(_DASH_ITEM.sub("", raw) if item else raw)).strip()
        if x and lines and item and (listing or lines[-1].endswith(":")):
            lines[-1] = lines[-1].rstrip(" ,;") + (" " if lines[-1].endswith(":") else ", ") + x.rstrip(" ,;")
            listing = True
        elif x and lines and not x[:1].isupper():
            if _word_broken(lines[-1], x):
                lines[-1] = lines[-1][:-1] + _BREAK + x  # a word broken at the line's end: "Наимено-" / "вание"
            else:
                lines[-1] += " " + x  # a wrapped line: "Председатель" / "комитета"
        elif x:
            lines.append(x)
            listing = False
    if len(lines) > 1 and all(len(x) < 80 and x[:1].isupper() and not x.endswith((",", "-")) for x in lines):
        return "\n".join(lines) + (mark.group(1) if mark else "")
    return " ".join(lines) + (mark.group(1) if mark and lines else "")


def _table_lines(raw: list[str], i: int, j: int) -> list[Line]:
    """One logical line per row of the table on raw lines i..j (0-based): cells joined by tabs, a cell
    spanning rows repeated in each, one spanning columns followed by empty cells."""
    p = _Rows()
    p.feed("\n".join(_QUOTE.sub("", ln) for ln in raw[i:j + 1]))
    p.close()
    out: list[Line] = []
    carry: dict[int, list] = {}  # column -> [text, rows left]
    for row in p.rows:
        cells: list[str] = []
        queue = list(row["cells"])
        col = 0
        while queue or col in carry:
            if col in carry:
                text, left = carry[col]
                cells.append(text)
                carry[col][1] -= 1
                if carry[col][1] <= 0:
                    del carry[col]
                col += 1
                continue
            parts, rowspan, colspan = queue.pop(0)
            text = _cell_text(parts)
            cells.append(text)
            if rowspan > 1:
                carry[col] = [text, rowspan - 1]
            cells += [""] * (colspan - 1)
            col += colspan
        first, last = i + row["first"], i + row["last"]
        n = sum(1 for ln in raw[first - 1:last] if ln.strip())
        out.append(Line(first, last, "\t".join(cells), False, max(n, 1), 0, "table"))
    if out:  # the <table> and </table> lines belong to the first and last rows
        head = sum(1 for ln in raw[i:out[0].first - 1] if ln.strip())
        tail = sum(1 for ln in raw[out[-1].last:j + 1] if ln.strip())
        out[0] = out[0]._replace(first=i + 1, raw=out[0].raw + head, opens=True)
        out[-1] = out[-1]._replace(last=j + 1, raw=out[-1].raw + tail)
    return out
