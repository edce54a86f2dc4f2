"""Shared state of one document's parse: its logical lines and which of them were understood."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Loc, Path, RANK
from ..normalise import CYRILLIC_TWINS, Line

__all__ = ["Ctx", "apply_context", "NAME_RE", "SECTIONS_OUTER", "person_name", "signed_name", "two_names"]


@dataclass
class Ctx:
    file: str
    lines: list[Line]
    doc: Document
    understood: set[int] = field(default_factory=set)
    pending_repeal: str | None = None  # a repeal instruction whose acts are listed further on
    repeal_leads: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of each such instruction
    repeal_lead_at: int | None = None  # the logical line of the last such instruction (its point's paragraphs list)
    repeal_appendix: tuple[str | None, str] | None = None  # (appendix number, none if unnumbered; instruction): the acts
    # are listed there
    repeal_body: tuple[int, int, object] | None = None  # (first item, item after the last, body) of a repeal list whose
    # lead-in names the body of the acts it lists ("3. Қазақстан Республикасы Ішкі істер министрінің:")
    note_end: int = -1  # the last line a history note read (a note broken over two lines reads the next)
    editor_notes: list[str] = field(default_factory=list)  # the portal's editors' notes met in the text's body
    front: dict = field(default_factory=dict)  # the text's front matter, when it gives no requisites (the portal's page)
    memo: dict = field(default_factory=dict)  # what a stage works out once about the whole text (acts it names …)
    head_read: set[int] = field(default_factory=set)  # lines an attachment's head read (a form's addressee, a stamp
    # repeated over an appendix's next page): no text
    wording: set[int] = field(default_factory=set)  # lines of another act's wording the text quotes (a wording
    # meanwhile): the text of the point they stand in, a point's number there is the quoted act's

    def text(self, i: int) -> str:
        return self.lines[i].text

    def loc(self, i: int, j: int | None = None) -> Loc:
        last = self.lines[j if j is not None else i].last
        return Loc(self.lines[i].first, last)

    def take(self, *idx: int) -> None:
        """Mark logical lines as understood (consumed into the model)."""
        self.understood.update(idx)

    def take_range(self, i: int, j: int) -> None:
        self.understood.update(range(i, j))

    def finish(self) -> None:
        """Count coverage over raw non-blank lines and list what was not understood."""
        total = understood = 0
        for i, line in enumerate(self.lines):
            n = line.raw
            total += n
            if i in self.understood or not line.text.replace("\t", "").strip():  # a table row with nothing written
                understood += n
            else:
                self.doc.unparsed.append((line.first, line.text))
        self.doc.lines_total, self.doc.lines_understood = total, understood


def apply_context(path: Path, steps: list[tuple[str, str]], rank: dict[str, int] = RANK) -> Path:
    """Enter context steps: a step replaces the same kind, or anything finer than itself (`rank`: coarse to
    fine, RANK unless the text orders its divisions otherwise, see `SECTIONS_OUTER`).

    >>> apply_context((("chapter", "2"), ("section", "2"), ("paragraph", "80")), [("paragraph", "115")])
    (('chapter', '2'), ('section', '2'), ('paragraph', '115'))
    >>> apply_context((("appendix", "1"), ("point", "2")), [("subpoint", "8")])
    (('appendix', '1'), ('point', '2'), ('subpoint', '8'))
    """
    p = list(path)
    for kind, num in steps:
        same = [k for k, (kk, _) in enumerate(p) if kk == kind]
        if same and kind != "appendix":
            p = p[:same[-1]]
        elif kind == "appendix":
            # an appendix of the document in hand: keep the attachment root only
            p = p[:1] if p and p[0][0] == "appendix" else []
        else:
            r = rank.get(kind, 9)
            while p and rank.get(p[-1][0], 9) >= r:
                p.pop()
        p.append((kind, num))
    return tuple(p)


#: a text whose first division is a section ("Раздел 1" / "Глава 1. Общие положения", as codes and larger
#: instructions are divided) holds its chapters in its sections; registers divide chapters into sections
SECTIONS_OUTER = {**RANK, "section": RANK["chapter"], "chapter": RANK["section"]}


# (a first initial "З" is sometimes typed as the digit "3": "Министр 3. Балиева")
NAME_RE = re.compile(r"^(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ]|3)\.\s?(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ]\.\s?)?[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ][\w'’-]+$"
                     r"|^[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ][\w'’-]+\s[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ]\.\s?(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺЁ]\.)?$")


def signed_name(text: str) -> str | None:
    """The person's name on a signature's line, without the blank left for the signature before or after it
    ("____________ Ж. Телпекбаева", "Тусупбеков Р.Т.______"), and without a full stop typed after the surname
    ("Ә.Өзбеков.", an akim's signature of 1995); None when the line is no name.

    >>> signed_name("Ә.Өзбеков."), signed_name("Тусупбеков Р.Т.")
    ('Ә.Өзбеков', 'Тусупбеков Р.Т.')
    """
    name = text.strip("_ ")
    if not NAME_RE.match(name) and name.endswith(".") and NAME_RE.match(name[:-1]):
        name = name[:-1]
    return person_name(name) if NAME_RE.match(name) else None


def two_names(text: str) -> tuple[str, str] | None:
    """Two signatories' names on one line, their columns merged ("А.Әбіжанов А.Сыдық" under "сессиясының төрағасы
    хатшысы"): the left name and the right one, else None.

    >>> two_names("А.Әбіжанов А.Сыдық"), two_names("Тусупбеков Р.Т.")
    (('А.Әбіжанов', 'А.Сыдық'), None)
    """
    words = text.strip("_ ").split()
    for k in range(1, len(words)):
        left, right = signed_name(" ".join(words[:k])), signed_name(" ".join(words[k:]))
        if left and right:
            return left, right
    return None


def person_name(name: str) -> str:
    """A person's name as written, its first initial typed as the digit "3" read as the letter "З", an initial typed
    in a Latin letter of the same shape as the Cyrillic one of a Cyrillic name ("P. Тусупбеков").

    >>> person_name("3. Балиева"), person_name("P. Тусупбеков")
    ('З. Балиева', 'Р. Тусупбеков')
    """
    name = re.sub(r"^3\.", "З.", name)
    if re.search(r"[а-яәіңғүұқөһё]", name):
        name = re.sub(r"(?<![\w.])[ABCEHKMOPTX](?=\.)", lambda m: m.group().translate(CYRILLIC_TWINS), name)
    return name
