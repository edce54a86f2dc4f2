"""What of a text reached the data: the lines whose words no unit, amendment, note, approval, signature, title,
index row or report of what was not read holds. Each line is looked up by its words from one of its words on, against
every word's start in the data's words (an index of fixed-length windows: linear in the text). A diagnostic of the
reader, for tests and `bench/real_eval.py`: it costs about a tenth of parsing, which `kg build` does not spend."""
from __future__ import annotations

import re

from .lexicon import marker
from .model import Document
from .normalise import CYRILLIC_TWINS
from .patterns import PORTAL_CODE

__all__ = ["lost_lines"]

# Latin letters the portal's texts put for Cyrillic ones, as the parser reads them (and "Yкiмет", "Ү" typed "Y")
_TWINS = {**CYRILLIC_TWINS, ord("Y"): "\u04ae"}
_PORTAL_CODE = re.compile(r"\b" + PORTAL_CODE)
_WORD = re.compile(r"[а-яёәіңғүұқөһa-z0-9]+")
_WINDOW = 24  # letters of a line looked up, from its second word on
_DIGITS = re.compile(r"\d+")
_MARKUP = re.compile(r"^[>#*\s\\]+")
_LONG_ENOUGH = 40  # letters: a shorter line ("2-бөлімде:") is told apart from others by nothing but its place
_SKIPPED = ("|", "<", "```", "©")  # a table's row or tag, a fence, the portal's footer
_HALF = 8  # letters: the least a column's words are told apart by
_CAPITAL = re.compile(r"(?<=\s)[^\W\d_a-z]")


_SIGN_TWICE = re.compile(r"N\s*(?=№)")  # the number's sign typed twice ("N№1463"), which the reader reads as one


def _words(text: str) -> list[str]:
    """A text's words, lower case, Latin twins in Cyrillic, the portal's codes ("Z990389_") and a number's sign typed
    twice left out."""
    return _WORD.findall(_SIGN_TWICE.sub("", _PORTAL_CODE.sub("", text)).translate(_TWINS).lower())


class _Kept:
    """The data's words run together (`text`) and the windows of `_WINDOW` letters at each word's start (`starts`)."""

    def __init__(self, text: str):
        words = _words(text)
        self.text = "".join(words)
        self.starts, at = set(), 0
        for word in words:
            self.starts.add(self.text[at:at + _WINDOW])
            at += len(word)
        self._bare: str | None = None  # the words without their digits, made when a line is not found otherwise

    def holds(self, words: list[str]) -> bool:
        """Are a line's words in the data, looked up from its first word of four letters or more after its first (a
        word the data has too: not a letter of one spaced out, "с ә й к е с", which the reader joins), or from its
        first when the rest is short?"""
        joined, at = "".join(words), 0
        for k in range(1, len(words)):
            at += len(words[k - 1])
            if len(words[k]) >= 4 and len(joined) - at >= _WINDOW:
                break
        else:
            at = 0
        if joined[at:at + _WINDOW] in self.starts:
            return True
        # (a heading that runs two units' headings together, a number between them: "3. Бюджеттің атқарылуын талдау
        # $ 1 Бюджеттің түсімдерінің атқарылуын талдау", chapter 3 and its § 1: their words, the numbers aside)
        if self._bare is None:
            self._bare = _DIGITS.sub("", self.text)
        bare = _DIGITS.sub("", joined)
        return len(bare) >= _LONG_ENOUGH and bare in self._bare

    def __contains__(self, words: str) -> bool:
        return words in self.text


def _kept(doc: Document) -> _Kept:
    parts: list[str] = []
    for u in doc.units:
        parts += [u.text or "", u.heading or ""]
    for act in [doc.act, *doc.acts]:
        if act is not None:
            parts += [*act.notes, act.title or "", *(t for _, t in act.titles)]
    for m in doc.amendments:
        parts += [m.instruction, m.new_text or "", *m.context]
    parts += [f"{e.row} {e.title}" for e in doc.index_entries]
    parts += [a.text for a in doc.approvals]
    parts += [f"{s.role or ''} {s.name or ''}" for s in doc.signatories]
    parts += [t for _, t in doc.unparsed] + [t for _, t in doc.instructions_failed]
    return _Kept(" ".join(parts))


def lost_lines(raw: str, doc: Document) -> list[tuple[int, str]]:
    """The lines of `raw` (long enough to tell apart; not a table, a stamp, the requisites the act was read from, an
    attachment's stamp and title, or the portal's footer) whose words reach none of `doc`'s data, with their numbers. A row set out with tabs is
    compared cell by cell, as an index row keeps it."""
    kept, lost, table, stamp = _kept(doc), [], False, False
    requisites = {line for act in [doc.act, *doc.acts] if act is not None and act.loc
                  for line in range(act.loc.line, act.loc.last + 1)}
    # an attachment's stamp and title, read as what it is and whose order approved it (a stamp on lines of its own in
    # the portal's text: "Қазақстан Республикасы" / "Еңбек және … министрінің" / "… № 1 бұйрығымен" / "бекітілген")
    requisites |= {line for u in doc.units if u.path and u.path[-1][0] == "appendix" and u.loc
                   for line in range(u.loc.line, u.loc.last + 1)}
    # the lines of approval and signature blocks, which may be set in two columns
    blocks = {line for b in [*doc.approvals, *doc.signatories] if b.loc for line in range(b.loc.line, b.loc.last + 1)}
    for no, line in enumerate(raw.splitlines(), 1):
        t = line.strip()
        table = (table or "<table" in t) and "</table>" not in t
        if table or "</table>" in t or t.startswith(_SKIPPED):
            continue
        if t.startswith(">"):
            stamp = stamp or bool(marker("kept_stamp").search(t[:60]))  # (a quotation's first line decides)
            if stamp:
                continue
        elif t:
            stamp = False
        bare = _MARKUP.sub("", t)
        if no in requisites or marker("kept_stamp_line").search(bare.rstrip("*")):
            continue
        for cell in bare.split("\t"):
            cell = marker("kept_label").sub("", cell)
            words = _words(cell)
            if sum(map(len, words)) >= _LONG_ENOUGH and not kept.holds(words) \
                    and not (no in blocks and _two_columns(cell, kept)):
                lost.append((no, t))
                break
    return lost


def _two_columns(line: str, kept: _Kept) -> bool:
    """Is a line of an approval or signature block two columns run together, each kept (two approvals side by side,
    "Министр здравоохранения Председатель Агентства"; an approval beside the stamp of the document it approves,
    "Генеральная Прокуратура Приказом Министра юстиции"): split before a capitalised word, both sides found?"""
    for m in _CAPITAL.finditer(line):
        left, right = "".join(_words(line[:m.start()])), "".join(_words(line[m.start():]))
        if len(left) >= _HALF and len(right) >= _HALF and left in kept and right in kept:
            return True
    return False
