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
from dataclasses import dataclass

from .errors import InputError

__all__ = ["Line", "decode", "clean_line", "logical_lines", "despace"]


@dataclass(frozen=True)
class Line:
    """One logical line: text plus the raw line span [first, last] it covers."""

    first: int
    last: int
    text: str
    indented: bool = False
    raw: int = 1  # how many non-blank raw lines were joined into this one


_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'})
_DASHES = str.maketrans({"\u2011": "-", "\u00ad": ""})
# a run of 4+ single letters separated by single spaces: "с ә й к е с", "К Е Л І С І Л Г Е Н"
_LETTER_SPACED = re.compile(r"(?<![\w])(?:[^\W\d_] ){3,}[^\W\d_](?![\w])")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_MD_EMPH = re.compile(r"\*{1,3}")
_HTML_TAG = re.compile(r"</?(?:p|br|b|i|strong|em|span|div)\b[^>]*>", re.I)
# a PDF artefact: a stray semicolon glued to the last word, "Республикасының ;Конституциясы"
_STRAY_SEMI = re.compile(r"\s;(\S+)\s*$")


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251 Cyrillic.

    Refuses binary data with an :class:`InputError` naming the file.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}:1: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise InputError(f"{name}:{line}: not UTF-8 and not Windows-1251 text") from exc
        cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
        if cyr < len(text.strip()) * 0.2:
            raise InputError(f"{name}:{line}: not UTF-8 text (invalid byte at offset {exc.start})") from exc
        return text


def despace(text: str) -> str:
    """Undo letter spacing: "с ә й к е с" -> "сәйкес"."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


def _pipes_to_tabs(s: str) -> str:
    """A markdown pipe-table row ("| Білімі | Жоғары |") as a tab-separated row."""
    m = _PIPE_ROW.match(s)
    if not m or "|" not in m.group(1) and not m.group(1).strip():
        return s
    return "\t".join(c.strip() for c in m.group(1).split("|"))


def clean_line(raw: str) -> str:
    """Normalise one raw line: NFC, markup, quotes, spacing, stray semicolons."""
    s = unicodedata.normalize("NFC", raw).translate(_QUOTES).translate(_DASHES)
    s = _pipes_to_tabs(s)
    s = s.replace("\\_", "_").replace("\\*", "*").replace("\u00a0", " ").replace("\t", " \t ")
    s = _HTML_TAG.sub("", s)
    s = _MD_HEADING.sub("", s)
    s = _MD_BULLET.sub(r"\1", s)
    s = _MD_EMPH.sub("", s)
    s = despace(s)
    s = _STRAY_SEMI.sub(r" \1;", s)
    s = re.sub(r"[ ]{2,}", " ", s.replace(" \t ", "\t"))
    return s.strip(" ")


_TERMINAL = re.compile(r'[.;:!?]\s*"?$|[.;:!?]"[.;:]?$|^"$')
_STARTS_LOWER = re.compile(r"^[(\[,;.)–-]|^[^\W\d_]")


def _continues(prev: str, cur: str, gap: bool, indent_mode: bool, cur_indented: bool) -> bool:
    """Does raw line `cur` continue the logical line `prev` (a PDF hard wrap)?"""
    if not prev or _TERMINAL.search(prev) or "\t" in prev or "\t" in cur:
        return False
    starts_lower = bool(_STARTS_LOWER.match(cur)) and not cur[:1].isupper()
    if indent_mode:
        if cur_indented:
            return False
        return starts_lower if gap else True
    return starts_lower and not re.match(r"^\d+[.)]|^[а-яәіңғүұқөһё]\)", cur)


def logical_lines(text: str) -> list[Line]:
    """Split into logical lines, joining hard wraps; blank lines are dropped."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonblank = [r for r in raw if r.strip()]
    indented = [r for r in nonblank if re.match(r"^\s{3,}\S", r)]
    indent_mode = len(indented) >= max(3, 0.2 * len(nonblank))
    out: list[Line] = []
    gap = False
    for no, r in enumerate(raw, start=1):
        s = clean_line(r)
        if not s:
            gap = True
            continue
        is_ind = bool(re.match(r"^\s{3,}\S", r))
        if out and _continues(out[-1].text, s, gap, indent_mode, is_ind):
            p = out[-1]
            joiner = "" if (p.text.endswith("-") and s[:1].islower() and not p.text.endswith(" -")) or p.text.endswith("(") else " "
            out[-1] = Line(p.first, no, (p.text + joiner + s).replace(" ,", ","), p.indented, p.raw + 1)
        else:
            out.append(Line(no, no, s, is_ind))
        gap = False
    return out
