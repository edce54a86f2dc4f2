"""Stage 3 — model: what the parser extracts, as frozen dataclasses with no RDF in them.

Every element keeps its source location (first and last raw line), which becomes
provenance in the graph and the location of validation results.
A unit is addressed by its act and a *path* of (kind, number) steps, coarse to fine,
e.g. (("appendix", "1"), ("chapter", "2"), ("paragraph", "80"), ("point", "551")).
"""
from __future__ import annotations

from dataclasses import dataclass, field


__all__ = [
    "Org", "Loc", "ActRef", "Unit", "Position", "IndexEntry", "Approval", "Signatory",
    "Amendment", "Act", "ActMeta", "Citation", "Document", "Found", "Path", "KINDS", "RANK", "APPROVED_DOCUMENT",
    "TITLED_KINDS",
]

Path = tuple[tuple[str, str], ...]
# where the units of a document an act approved sit, the rules "утвержденные приказом …": the act's appendix 1
APPROVED_DOCUMENT: Path = (("appendix", "1"),)
# the kinds of act cited by title, with no number (laws.yaml): one node each, in either language's words
TITLED_KINDS = ("law", "code", "constitution")

#: unit kinds, coarse to fine; the rank decides what a new context step replaces
RANK = {
    "appendix": 0, "chapter": 1, "section": 2, "paragraph": 3, "article": 3, "table": 3, "figure": 3,
    "point": 4, "part": 5, "subpoint": 6, "textparagraph": 7, "row": 7, "tablerow": 7, "title": 8,
    "preamble": 0,  # the act's own, before its operative part: it replaces any context
}
KINDS = tuple(RANK)


@dataclass(frozen=True)
class Org:
    """An organisation: its normalised name (what its IRI is minted from) and its names."""

    key: str
    kk: str | None
    ru: str | None = None
    en: str | None = None


@dataclass(frozen=True)
class Loc:
    line: int
    last: int = 0

    @property
    def span(self) -> tuple[int, int]:
        return (self.line, self.last or self.line)


@dataclass(frozen=True)
class ActRef:
    """An act as another text names it: enough to mint the one IRI every mention shares."""

    number: str | None
    date: str | None  # ISO date of signing
    issuer: Org | None = None
    kind: str = "order"  # order | law | code | resolution | decree
    title: str | None = None
    registration: str | None = None
    registration_date: str | None = None
    # a joint act's other bodies, each of which gave it a number of its own ("совместным приказом Министра … № 91 и
    # Министра … № 35"): the act is named by the first, and is theirs too (not part of its identity)
    joint: tuple[Org, ...] = field(default=(), compare=False)
    # the one act its title says it amends ("О внесении изменений в приказ … № 42-3.3.12 «…»"): what the mention says
    # of it, not part of its identity
    amends: ActRef | None = field(default=None, compare=False)

    @property
    def named(self) -> tuple:
        """What an act's IRI is minted from: its body's key, day and number."""
        return self.issuer.key if self.issuer else None, self.date, self.number

    @property
    def ident(self) -> tuple:
        return (self.kind, self.issuer.key if self.issuer else None, self.date, self.number, None if self.number else self.title)


@dataclass(frozen=True)
class Unit:
    act: ActRef
    path: Path
    heading: str | None = None
    text: str | None = None
    loc: Loc | None = None
    defined: bool = True  # False: only named by an instruction, text not in the corpus
    occurrences: int = 0  # how many lines opened a unit of this number here (2+: a numbering error)


@dataclass(frozen=True)
class Position:
    act: ActRef
    path: Path  # the unit (§ or table) that describes it
    label: str
    duties: tuple[str, ...] = ()
    knowledge: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    education: tuple[str, ...] = ()
    category: str | None = None
    staff_units: int | None = None
    codes: tuple[str, ...] = ()
    step: str | None = None  # the step (саты, ступень) of a register of positions
    row: str | None = None  # the table row that names it, in a table of positions
    group: str | None = None  # the heading row it stands under in that table (a register's block)
    block: str | None = None  # the register's block that row names: "A", "B", "C" or "D" (kzl:PositionBlock-A …)
    department: str | None = None
    department_code: str | None = None
    min_years: int | None = None
    education_levels: tuple[str, ...] = ()
    loc: Loc | None = None


@dataclass(frozen=True)
class IndexEntry:
    act: ActRef
    path: Path  # the container (e.g. appendix 1, section 2)
    row: str
    title: str
    refers_to: str  # the § number as written
    loc: Loc | None = None


@dataclass(frozen=True)
class Approval:
    org: Org | None
    text: str
    person: str | None = None
    blank_date: bool = False
    loc: Loc | None = None
    date: str | None = None  # the day it was agreed, when the line under it gives one


@dataclass(frozen=True)
class Signatory:
    role: str | None
    name: str | None
    loc: Loc | None = None
    of: tuple = ()  # the unit signed, when it is an attachment the official signs at its end (the act's: empty)
    rank: str | None = None  # the military, special or civil rank written after the role ("генерал-полковник")


@dataclass(frozen=True)
class Amendment:
    """One typed change of one target, from an instruction or from a history note."""

    amending: ActRef
    target_act: ActRef
    path: Path  # () when the target is the act itself
    effect: str  # a name of kg/effects.py: Substitution, Insertion, Deletion, WordReplacement …
    instruction: str
    new_text: str | None = None
    old_words: str | None = None
    new_words: str | None = None
    announced: tuple[str, ...] = ()
    from_note: bool = False
    in_force_rule: str | None = None
    loc: Loc | None = None
    until: str | None = None  # an Expiry's last day of application; the day a Suspension ends
    since: str | None = None  # the day it takes effect where the text fixes it (its note's bracket, an EntryIntoForce)
    from_appendix: str | None = None  # the new wording is the amending order's own appendix of this number
    renumbers: bool = False  # the text renumbered the units after the one deleted or inserted ("ары қарай рет нөмірлері өзгертілді")
    language: str | None = None  # the one language text it changed, where its note says the other's is unchanged
    # an Insertion into a unit's wording, not of a unit: the words its new words go after ('после слов "в срок"
    # дополнить словами …'), or how they go at the wording's end ("words": a sentence or words, "paragraph": a
    # paragraph, 'пункт 2 дополнить абзацем …')
    after: str | None = None
    before: str | None = None  # … or the words its new words go before ('перед словами "в срок" дополнить словами …')
    appended: str | None = None
    # the lines above the instruction that place it, outermost first ("көрсетілген бұйрықпен бекітілген … қағидаларында:",
    # '"4. …" деген параграфта:'): the wording that names its target, kept as written
    context: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Citation:
    """An act, or a unit of one, that a unit of the text names in its words ("… в соответствии со статьей 46 Закона
    Республики Казахстан «Об авторском праве и смежных правах»"): the unit cites it (eli:cites)."""

    unit: Path  # the citing unit, of the document's own act
    act: ActRef
    path: Path = ()  # the unit of the cited act, () for the act as a whole
    loc: Loc | None = None


@dataclass(frozen=True)
class Act:
    ref: ActRef
    title: str | None = None
    status: str | None = None  # "repealed" | "new" | None
    in_force: str | None = None  # ISO date when the text fixes one
    in_force_rule: str | None = None
    based_on: tuple[tuple[ActRef, Path], ...] = ()
    notes: tuple[str, ...] = ()
    loc: Loc | None = None
    titles: tuple[tuple[str, str], ...] = ()  # (language, title) from the requisites, every language
    until: str | None = None  # ISO date: the last day it applies, when its own text fixes one
    applies_from: str | None = None  # ISO date: the day it applies from, earlier than its entry into force
    not_before: str | None = None  # ISO date: the day it is in force at the earliest, its own day unknown ("но не ранее …")


@dataclass(frozen=True)
class ActMeta:
    """An act's requisites as the corpus states them beside its texts (meta.yaml, front matter)."""

    ref: ActRef
    titles: tuple[tuple[str, str], ...] = ()  # (language, title)
    repealed: bool = False  # "Утратил силу" / "Отменен"
    repeal: ActRef | None = None  # the act that repealed or cancelled it, when named
    repeal_text: str | None = None
    act_code: str | None = None  # the portal's document id
    sources: tuple[tuple[str, str], ...] = ()  # (language or "*", portal URL)
    agencies: tuple[str, ...] = ()  # approved_by agency codes
    type_codes: tuple[str, ...] = ()
    file: str | None = None
    versions: tuple[tuple[str, str], ...] = ()  # (language or "*", the day its text is the act as of)
    cause: "ActMeta | None" = None  # the act whose change (or repeal) made this version (meta.yaml's caused_by)
    repealer: "ActMeta | None" = None  # the act that repealed it, as meta.yaml's repealed_by gives it (title...)
    repealed_on: str | None = None  # the day it ceased to be in force (meta.yaml's repealed_on)
    # the acts that repealed it but for some of its units ("Утратил силу за исключением пункта 6 - приказом … N 652")
    partial_repeals: tuple[ActRef, ...] = ()
    # the requisites are of a document the act approved ("Утверждено приказом … № 181"): its text, published alone,
    # is that act's appendix
    approved_document: bool = False
    # the editors' note put before the requisites, naming another act's event of this one ("Сноска. Действие приказа
    # приостановлено - приказом … N 218."), or None
    note: str | None = None

    def title(self, lang: str) -> str | None:
        return dict(self.titles).get(lang)


@dataclass
class Document:
    file: str
    sha256: str
    lang: str = "kk"
    act: Act | None = None
    meta: ActMeta | None = None  # requisites read beside the text (corpus layout), not from it
    units: list[Unit] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    index_entries: list[IndexEntry] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)  # other acts the document describes (amended, repealing)
    citations: list[Citation] = field(default_factory=list)  # acts and their units the text's units name
    unparsed: list[tuple[int, str]] = field(default_factory=list)  # (line, text) not understood
    instructions_failed: list[tuple[int, str]] = field(default_factory=list)
    instructions_found: int = 0
    warnings: list[str] = field(default_factory=list)  # "file:line: what was done to read it"
    lines_total: int = 0
    lines_understood: int = 0
    requisites_only: bool = False  # an act folder with meta.yaml and no text: the act, and nothing read from a text

    @property
    def coverage(self) -> float:
        return 1.0 if not self.lines_total else self.lines_understood / self.lines_total

    def absorb(self, found: "Found") -> None:
        """Add what a parser stage read."""
        _extend(self, found)


@dataclass
class Found:
    """What one stage of the parser read, each element with its source line. Stages return it;
    the parser adds it to the document (Document.absorb), so no stage writes the document."""

    units: list[Unit] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    index_entries: list[IndexEntry] = field(default_factory=list)
    approvals: list[Approval] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    unparsed: list[tuple[int, str]] = field(default_factory=list)
    instructions_failed: list[tuple[int, str]] = field(default_factory=list)
    instructions_found: int = 0

    def add(self, other: "Found") -> "Found":
        _extend(self, other)
        return self


_FOUND_LISTS = ("units", "positions", "index_entries", "approvals", "signatories", "amendments", "acts", "unparsed",
                "instructions_failed")


def _extend(target: "Document | Found", found: Found) -> None:
    """Add what `found` read to a document or to another Found."""
    for name in _FOUND_LISTS:
        getattr(target, name).extend(getattr(found, name))
    target.instructions_found += found.instructions_found
