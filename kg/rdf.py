"""Stage 4 — emit RDF: a :class:`Document` model in, the quads of its named graph out.

The mapping knows nothing of text: it reads the model and the vocabulary contract
(ELI + kzl:, see ontology/kzlex.ttl). Every node is minted by :class:`kg.iri.Minter`
from natural identifiers, so the graphs of several documents meet on shared nodes.
No blank nodes and no timestamps: the same input always gives the same quads.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re

from pyoxigraph import Literal, NamedNode, Quad

from .version import __version__
from .effects import effect
from .iri import Minter
from .laws import law_title
from .lexicon import organisations
from .model import TITLED_KINDS, Act, ActRef, Document, Org, Path, Unit
from .names import name_key
from .normalise import KAZAKH_LETTERS
from .orgs import by_code, canonical, described_once, local_orgs, of_the_union, reorganisations
from .patterns import printed_number
from .vocab import ACT_CLASSES, DCT, ELI, KZL, ORG, PROV, RDF, SKOS, XSD

__all__ = ["Emitter", "document_quads", "reference_quads", "A", "DCT_LANGUAGE", "date_literal", "day_before", "int_literal", "kzl"]

A = NamedNode(RDF + "type")
_UNIT_CLASS = {"appendix": "Appendix", "chapter": "Chapter", "section": "Section", "paragraph": "Paragraph",
               "article": "Article", "table": "Table", "figure": "Figure", "point": "Point", "subpoint": "Subpoint", "part": "Part",
               "textparagraph": "TextParagraph", "title": "Title", "row": "IndexEntry", "tablerow": "TableRow",
               "preamble": "Preamble"}
_POSITION_LISTS = [("duties", "duty"), ("knowledge", "knowledge"), ("requirements", "qualificationRequirement"),
                   ("competencies", "competence"), ("education", "education")]


@functools.lru_cache(maxsize=None)
def eli(name: str) -> NamedNode:
    return NamedNode(ELI + name)


@functools.lru_cache(maxsize=None)
def kzl(name: str) -> NamedNode:
    return NamedNode(KZL + name)


@functools.lru_cache(maxsize=65536)
def date_literal(value: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + "date"))  # a few thousand days recur: built once


def day_before(iso: str) -> str:
    """The day before an ISO date: the last day something is in force that stops on `iso`.

    >>> day_before("2015-03-01")
    '2015-02-28'
    """
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


@functools.lru_cache(maxsize=4096)
def int_literal(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


TRUE = Literal("true", datatype=NamedNode(XSD + "boolean"))
DCT_LANGUAGE = NamedNode(DCT + "language")
#: the EU Publications Office authorities ELI takes its values from
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
JURISDICTION = NamedNode("http://publications.europa.eu/resource/authority/country/KAZ")
#: an expression's IRI segment and EU language code, by the text's language
EXPRESSIONS = {"kk": ("kaz", "KAZ"), "ru": ("rus", "RUS"), "en": ("eng", "ENG")}
#: a format's media type (IANA), by the source file's extension
MEDIA_TYPES = {"md": "text/markdown", "txt": "text/plain", "html": "text/html", "pdf": "application/pdf"}


class Emitter:
    """Collects the quads of one named graph, without duplicates, in a stable order."""

    def __init__(self, graph: str, minter: Minter, lang: str = "kk", reference: bool = False):
        self.g, self.m, self.lang = NamedNode(graph), minter, lang
        self.reference = reference  # the registry graph describes known organisations once
        self._seen: dict[Quad, None] = {}
        self._nodes: dict[tuple, NamedNode] = {}  # acts and bare units already described here
        # the document's own act, and the parents whose containers number its points anew (Minter.identity)
        self.own: ActRef | None = None
        self.restarting: frozenset = frozenset()
        # the editions of the own act's language texts: the day each is the act as of (meta.yaml's version_date)
        self.own_iri: str | None = None
        self.editions: dict[str, str] = {}
        # a unit's wording: kzl:text, or kzl:editionText in an earlier edition read from the history (kg/editions.py)
        self.text_term = "text"

    def add(self, s: str | NamedNode, p: NamedNode, o) -> None:
        if o is None or (isinstance(o, str) and not o):
            return
        s = s if isinstance(s, NamedNode) else NamedNode(s)
        if isinstance(o, str):
            o = Literal(o, language=self.lang)
        self._seen.setdefault(Quad(s, p, o, self.g), None)

    def plain(self, s, p, value: str | None) -> None:
        if value:
            self.add(s, p, Literal(value))

    def line(self, s, loc) -> None:
        """The source line a node was read from."""
        if loc is not None:
            self.add(s, kzl("sourceLine"), int_literal(loc.line))

    def quads(self) -> list[Quad]:
        return list(self._seen)

    # --- nodes --------------------------------------------------------------------------
    def org(self, org: Org | None) -> NamedNode | None:
        if org is None:
            return None
        node = NamedNode(self.m.org(org.key))
        if org.en and not self.reference and described_once(org):
            # a registry organisation is described once, in the reference graph: repeated in every
            # document's graph, its name would multiply the rows of every query over the union
            return node
        self.add(node, A, NamedNode(ORG + "Organization"))
        self.add(node, A, eli("Agent"))  # the range of eli:passed_by
        if org.kk:
            self.add(node, NamedNode(SKOS + "prefLabel"), Literal(org.kk, language="kk"))
        if org.ru:
            self.add(node, NamedNode(SKOS + "prefLabel"), Literal(org.ru, language="ru"))
        if org.en and not self.reference:  # a department of a region's akimat: described where an act names it
            self.add(node, NamedNode(SKOS + "prefLabel"), Literal(org.en, language="en"))
        return node

    def act(self, ref: ActRef, line: int | None = None) -> NamedNode:
        done = self._nodes.get(("act", ref, line))
        if done is not None:  # an instruction naming 100,000 points names its act once
            for org in ref.joint:  # (a joint act named again, where its other bodies are said)
                self.add(done, eli("passed_by"), self.org(org))
            self._amends(done, ref)
            return done
        node = self._nodes[("act", ref, line)] = NamedNode(self.m.act(ref))
        self.add(node, A, eli("LegalResource"))
        self.add(node, A, kzl(ACT_CLASSES.get(ref.kind, "Order")))
        self.add(node, eli("type_document"), kzl("ActType-" + (ref.kind if ref.kind in ACT_CLASSES else "order")))
        if not of_the_union(ref.issuer):  # (an order of a Union ministry the Republic's body repealed is no act of it)
            self.add(node, eli("jurisdiction"), JURISDICTION)
        self.plain(node, eli("number"), printed_number(ref.number) if ref.number else None)
        if ref.date:
            self.add(node, eli("date_document"), date_literal(ref.date))
        self.add(node, eli("passed_by"), self.org(ref.issuer))
        for org in ref.joint:  # a joint act's other bodies
            self.add(node, eli("passed_by"), self.org(org))
        self.plain(node, kzl("registrationNumber"), ref.registration)
        self.plain(node, eli("id_local"), ref.registration)
        if ref.registration_date:
            self.add(node, kzl("registrationDate"), date_literal(ref.registration_date))
        if ref.title and not ref.number:  # (a law cited by title: its title as enacted, where laws.yaml lists it)
            self.title(node, law_title(ref.kind, ref.title, self.lang, ref.date) if ref.kind in TITLED_KINDS else ref.title)
        if line:
            self.add(node, kzl("sourceLine"), int_literal(line))
        self._amends(node, ref)
        return node

    def _amends(self, node: NamedNode, ref: ActRef) -> None:
        """The act the mention's title says this one amends ("О внесении изменений в приказ … № 42-3.3.12"): known
        so where nothing else of it is in the corpus."""
        if ref.amends is not None:
            amended = self.act(ref.amends)
            self.add(node, eli("amends"), amended)
            self.add(amended, eli("amended_by"), node)

    def cited(self, ref: ActRef, path: Path = ()) -> NamedNode:
        """An act another text names, with the title the mention gives it (a law cited by title has it already), or
        the unit of it at `path`: what a preamble stands on, what a provision cites."""
        act = self.act(ref)
        if ref.number:
            self.title(act, ref.title)
        return self.unit(ref, path) if path else act

    def expression(self, act: NamedNode, lang: str | None = None) -> NamedNode:
        """The act's text in one language (eli:LegalExpression, IRI ``<act>/kaz``); of the document's own act, where
        its requisites give the day that language's text is the act as of, that edition's (``<act>/kaz/2021-06-01``,
        its eli:version_date that day): two editions of one act are two expressions, each of its own day."""
        lang = lang or self.lang
        segment, code = EXPRESSIONS.get(lang, (lang, lang.upper()))
        day = self.editions.get(lang, self.editions.get("*")) if act.value == self.own_iri else None
        node = NamedNode(f"{act.value}/{segment}" + (f"/{day}" if day else ""))
        if ("expression", node) not in self._nodes:
            self._nodes[("expression", node)] = node
            self.add(node, A, eli("LegalExpression"))
            self.add(node, eli("realizes"), act)
            self.add(act, eli("is_realized_by"), node)
            self.add(node, eli("language"), NamedNode(LANGUAGE + code))
            if day:
                self.add(node, eli("version_date"), date_literal(day))
        return node

    def title(self, act: NamedNode, title: str | Literal | None) -> None:
        """A title belongs to the expression of its language (ELI: eli:title is said of expressions)."""
        if not title:
            return
        literal = title if isinstance(title, Literal) else Literal(title, language=self.lang)
        self.add(self.expression(act, literal.language or self.lang), eli("title"), literal)

    def unit(self, ref: ActRef, path: Path, heading: str | None = None, text: str | None = None,
             line: int | None = None) -> NamedNode:
        if not path:
            return NamedNode(self.m.act(ref))
        bare = heading is None and text is None and line is None
        if bare and ("unit", ref, path) in self._nodes:
            return self._nodes[("unit", ref, path)]
        restarting = self.restarting if self.restarting and ref == self.own else frozenset()
        node = NamedNode(self.m.unit(ref, path, restarting))
        if bare:
            self._nodes[("unit", ref, path)] = node
        kind, num = path[-1]
        self.add(node, A, eli("LegalResourceSubdivision"))
        self.add(node, A, kzl(_UNIT_CLASS[kind]))
        self.plain(node, kzl("number"), num)
        self.add(node, kzl("heading"), heading)
        if heading and kind == "paragraph":
            self.plain(node, kzl("nameKey"), name_key(heading))
        self.add(node, kzl(self.text_term), text)
        parent = self.unit(ref, path[:-1]) if len(path) > 1 else NamedNode(self.m.act(ref))
        self.add(node, eli("is_part_of"), parent)
        self.add(parent, eli("has_part"), node)
        if line:
            self.add(node, kzl("sourceLine"), int_literal(line))
        return node


def document_quads(doc: Document, minter: Minter, lang: str = "kk", name: str | None = None,
                   edition: bool = False) -> tuple[str, list[Quad]]:
    """The named graph IRI of a document and its quads; `name` is the source's name (its path under the
    folder built), by default its file name. An `edition` (an earlier edition of the act's text, kg/editions.py)
    states the act's wording that day only: its expression of that day, its units and their text."""
    name = name or doc.file.rsplit("/", 1)[-1]
    graph = minter.source(name)
    e = Emitter(graph, minter, lang)
    minter.registered_apart([*(a.ref for a in doc.acts), *(a.target_act for a in doc.amendments),
                             *(c.act for c in doc.citations)])
    if doc.act:
        e.own = doc.act.ref
        e.restarting = minter.restarting(u.path for u in doc.units if u.act == doc.act.ref)
        e.own_iri = minter.act(doc.act.ref)
        e.editions = dict(doc.meta.versions) if doc.meta is not None else {}
    _source(e, doc, graph, name)
    if doc.act and edition:
        e.text_term = "editionText"  # the wording that day: not the unit's text as the act now stands
        node = e.act(doc.act.ref)
        e.title(node, doc.act.title)
        _format(e, node, doc.meta, name)
        _units(e, doc.units)
        return graph, e.quads()
    if doc.act:
        _own_act(e, doc.act, doc.meta, name, text=not doc.requisites_only)
    for act in doc.acts:
        node = e.act(act.ref, act.loc.line if act.loc else None)
        if act.title and act.ref.number:
            e.title(node, act.title)
        e.plain(node, kzl("entryIntoForceRule"), act.in_force_rule)
    _units(e, doc.units)
    _citations(e, doc)
    for p in doc.positions:
        _position(e, p)
    _index(e, doc)
    _approvals(e, doc)
    _amendments(e, doc)
    return graph, e.quads()


def _source(e: Emitter, doc: Document, graph: str, name: str) -> None:
    e.add(graph, A, kzl("Source"))
    e.add(graph, A, NamedNode(PROV + "Entity"))
    e.plain(graph, kzl("fileName"), name)
    if not doc.requisites_only:  # requisites alone are in no one language: their titles say theirs
        e.add(graph, DCT_LANGUAGE, Literal(doc.lang))
    e.plain(graph, kzl("sha256"), doc.sha256)
    e.plain(graph, kzl("kzlexVersion"), __version__)
    e.add(graph, kzl("linesTotal"), int_literal(doc.lines_total))
    e.add(graph, kzl("linesUnderstood"), int_literal(doc.lines_understood))
    e.add(graph, kzl("instructionsFound"), int_literal(doc.instructions_found))
    e.add(graph, kzl("instructionsUnparsed"), int_literal(len(doc.instructions_failed)))
    if doc.act:
        e.add(graph, kzl("describes"), NamedNode(e.m.act(doc.act.ref)))


def _written_in(text: str, lang: str | None) -> str | None:
    """The language of words a document quotes from elsewhere: Kazakh where Kazakh-only letters are in them, Russian
    where a Kazakh document's words have none ("вводится в действие по истечении …", its requisites' repeal), else the
    document's."""
    if KAZAKH_LETTERS.search(text):
        return "kk"
    return "ru" if lang == "kk" and re.search(r"[а-яё]", text, re.I) else lang


def _own_act(e: Emitter, act: Act, meta=None, name: str = "", text: bool = True) -> None:
    """The act a document describes, with its requisites (`meta`); `text`: the document is a text of the act
    (its file a format of the act's language text), not the requisites alone."""
    node = e.act(act.ref, act.loc.line if act.loc else None)
    e.title(node, act.title)
    for lang, title in act.titles:  # the requisites give the title in every language
        e.title(node, Literal(title, language=lang))
    if text:
        _format(e, node, meta, name)
    if meta is not None:
        e.plain(node, kzl("portalCode"), meta.act_code)
        for code in meta.agencies:
            e.plain(node, kzl("agencyCode"), code)
            # the body the portal files the act under, responsible for it now: the issuer, or the one its functions
            # passed to (an order of the Ministry of State Revenues of 1999 is filed under the Ministry of Finance)
            e.add(node, eli("responsibility_of_agent"), e.org(by_code(code)))
        for code in meta.type_codes:
            e.plain(node, kzl("typeCode"), code)
    if act.in_force:
        e.add(node, eli("first_date_entry_in_force"), date_literal(act.in_force))
    if act.until:
        e.add(node, eli("date_no_longer_in_force"), date_literal(act.until))
    if act.applies_from:  # applied to relations from a day before its entry into force
        e.add(node, eli("date_applicability"), date_literal(act.applies_from))
    if act.not_before and not act.in_force:  # in force on that day at the earliest, its own day unknown
        e.add(node, kzl("entryIntoForceNotBefore"), date_literal(act.not_before))
    e.add(node, kzl("entryIntoForceRule"), act.in_force_rule)
    state = "notInForce" if act.status == "repealed" else "inForce"
    e.add(node, eli("in_force"), NamedNode(ELI + "InForce-" + state))
    for ref, path in act.based_on:
        e.add(node, eli("based_on"), e.cited(ref, path))
    for note in act.notes:
        e.add(node, kzl("note"), note)


def _format(e: Emitter, act: NamedNode, meta, name: str) -> None:
    """The source file as an eli:Format of the expression in its language (``<act>/kaz/md``): its
    media type, the portal page it is a copy of (meta.yaml's source), its graph and digest."""
    expression = e.expression(act)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else "txt"
    node = NamedNode(f"{expression.value}/{extension}")
    e.add(node, A, eli("Format"))
    e.add(node, eli("embodies"), expression)
    e.add(expression, eli("is_embodied_by"), node)
    e.add(node, eli("format"), NamedNode("https://www.iana.org/assignments/media-types/"
                                        + MEDIA_TYPES.get(extension, "text/plain")))
    for lang, url in (meta.sources if meta is not None else ()):
        if lang in (e.lang, "*") and url.startswith(("http://", "https://")):
            e.add(node, eli("is_exemplified_by"), NamedNode(url.replace(" ", "%20")))
    cause = meta.cause if meta is not None and e.editions else None
    if cause is not None and e.m.act(cause.ref) != act.value:
        # the act whose change made this edition (meta.yaml's caused_by): the consolidated text takes it into account,
        # and the act amends this one (a text's notes may never name it: "О внесении дополнения в приказ … № 263",
        # MVD 2009 № 483); its repealer repeals it instead, which the requisites say on their own
        by = e.act(cause.ref)
        e.add(expression, eli("consolidates"), by)
        repealers = {e.m.act(r) for r in (meta.repeal, meta.repealer.ref if meta.repealer else None) if r is not None}
        if by.value not in repealers:
            e.add(by, eli("amends"), act)
            e.add(act, eli("amended_by"), by)
    e.add(node, kzl("sourceGraph"), e.g)  # which holds the file's sha256 (kzl:sha256)


def _units(e: Emitter, units: list[Unit]) -> None:
    # defined units first, so a heading or text from the document wins over a bare mention
    for u in sorted(units, key=lambda u: (not u.defined, len(u.path))):
        node = e.unit(u.act, u.path, u.heading, u.text, u.loc.line if u.loc else None)
        if u.occurrences > 1:
            e.add(node, kzl("occurrences"), int_literal(u.occurrences))


def _citations(e: Emitter, doc: Document) -> None:
    """Each unit's citations: eli:cites the act, or the unit of it, its words name (a law's article; an order)."""
    for c in doc.citations:
        e.add(e.unit(doc.act.ref, c.unit), eli("cites"), e.cited(c.act, c.path))


def _position(e: Emitter, p) -> None:
    unit = e.unit(p.act, p.path)
    # a table of positions holds one a row; the kk and ru texts of a register meet on the same rows
    node = NamedNode(e.m.child(str(unit.value), "position", p.row) if p.row else e.m.child(str(unit.value), "position"))
    e.add(node, A, kzl("Position"))
    e.add(node, NamedNode(SKOS + "prefLabel"), p.label)
    e.add(node, kzl("describedBy"), unit)
    for attr, prop in _POSITION_LISTS:
        for item in getattr(p, attr):
            e.add(node, kzl(prop), item)
    e.plain(node, kzl("category"), p.category)
    e.plain(node, kzl("step"), p.step)
    if p.staff_units is not None:
        e.add(node, kzl("staffUnits"), int_literal(p.staff_units))
    for code in p.codes:
        e.plain(node, kzl("positionCode"), code)
    e.add(node, kzl("department"), p.department)
    e.add(node, kzl("positionGroup"), p.group)
    if p.block:  # the register's block, one concept in both languages
        e.add(node, kzl("positionBlock"), kzl("PositionBlock-" + p.block))
    e.plain(node, kzl("departmentCode"), p.department_code)
    if p.min_years is not None:
        e.add(node, kzl("minExperienceYears"), int_literal(p.min_years))
    for level in p.education_levels:
        e.plain(node, kzl("educationLevel"), level)
    e.line(node, p.loc)


def _paragraph_paths(doc: Document) -> dict[tuple, Path]:
    found: dict[tuple, Path] = {}
    for u in doc.units:
        if u.path and u.path[-1][0] == "paragraph":
            key = (u.act.ident, u.path[:1], u.path[-1][1])
            if key not in found or u.defined:
                found[key] = u.path
    return found


def _index(e: Emitter, doc: Document) -> None:
    paragraphs = _paragraph_paths(doc)
    for entry in doc.index_entries:
        path = entry.path + (("row", entry.row),)
        node = NamedNode(e.m.unit(entry.act, path))
        e.add(node, A, kzl("IndexEntry"))
        e.plain(node, kzl("rowNumber"), entry.row)
        e.add(node, kzl("entryTitle"), entry.title)
        e.plain(node, kzl("nameKey"), name_key(entry.title) if entry.title else None)
        container = e.unit(entry.act, entry.path)
        e.add(node, eli("is_part_of"), container)
        e.add(container, eli("has_part"), node)
        target = paragraphs.get((entry.act.ident, entry.path[:1], entry.refers_to),
                                entry.path[:1] + (("paragraph", entry.refers_to),))
        e.add(node, kzl("refersTo"), e.unit(entry.act, target))
        e.plain(node, kzl("refersToNumber"), entry.refers_to)
        e.line(node, entry.loc)


def _approvals(e: Emitter, doc: Document) -> None:
    if not doc.act:
        return
    act = NamedNode(e.m.act(doc.act.ref))
    for n, ap in enumerate(doc.approvals, 1):
        node = NamedNode(f"{act.value}/approval/{n}")
        e.add(node, A, kzl("Approval"))
        e.add(node, kzl("approvalOf"), act)
        e.add(node, kzl("approvedBy"), e.org(ap.org))
        e.add(node, kzl("approverText"), ap.text)
        e.plain(node, kzl("approverName"), ap.person)
        if ap.blank_date:
            e.add(node, kzl("dateLeftBlank"), TRUE)
        if ap.date:
            e.add(node, kzl("approvalDate"), date_literal(ap.date))
        e.line(node, ap.loc)
    for n, s in enumerate(doc.signatories, 1):
        node = NamedNode(f"{act.value}/signatory/{n}")
        e.add(node, A, kzl("Signatory"))
        e.add(node, kzl("signatoryOf"), e.unit(doc.act.ref, s.of) if s.of else act)
        e.add(node, kzl("role"), s.role)
        e.add(node, kzl("rank"), s.rank)
        e.plain(node, kzl("personName"), s.name)
        e.line(node, s.loc)


def _amendments(e: Emitter, doc: Document) -> None:
    instructions: dict[tuple, NamedNode] = {}
    digests: dict[str, str] = {}  # an instruction listing 100,000 points is hashed once, not per point
    minted: dict[str, tuple[str, str]] = {}  # an amendment's IRI: the words of the first amendment given it
    for am in doc.amendments:
        amending = e.act(am.amending)
        target_act = e.act(am.target_act)
        target = e.unit(am.target_act, am.path) if am.path else target_act
        key = (am.instruction, str(am.loc.line if am.loc else 0))
        text_key = digests.get(am.instruction or "")
        if text_key is None:
            text_key = digests[am.instruction or ""] = hashlib.sha1((am.instruction or "").encode()).hexdigest()
        iri = e.m.child(amending.value, "amendment", e.m.unit(am.target_act, am.path), am.effect, text_key, key[1])
        words = (am.old_words or "", am.new_words or "")
        if minted.setdefault(iri, words) != words:
            # one instruction replacing several words "respectively" («оралмандарды», «оралмандар» … тиісінше
            # «қандастарды», «қандастар» …): one amendment a pair, told apart by its words
            iri = e.m.child(iri, "words", hashlib.sha1("\x00".join(words).encode()).hexdigest()[:12])
        node = NamedNode(iri)
        e.add(node, A, kzl("Amendment"))
        e.add(node, kzl("amendingAct"), amending)
        e.add(node, kzl("target"), target)
        e.add(node, kzl("effect"), kzl(am.effect))
        e.add(node, kzl("newText"), am.new_text)
        e.add(node, kzl("oldWords"), am.old_words)
        e.add(node, kzl("newWords"), am.new_words)
        e.add(node, kzl("afterWords"), am.after)  # (an insertion into the unit's wording: where its words go)
        e.add(node, kzl("beforeWords"), am.before)
        e.plain(node, kzl("appendedAs"), am.appended)
        if am.in_force_rule:  # (in the language it is written in: the requisites' Russian in a Kazakh text's graph too)
            e.add(node, kzl("entryIntoForceRule"), Literal(am.in_force_rule, language=_written_in(am.in_force_rule, e.lang)))
        if am.from_note:  # a note has no instruction node: its words stay on the amendment
            e.add(node, kzl("fromNote"), TRUE)
            e.add(node, kzl("instructionText"), am.instruction)
        e.line(node, am.loc)
        ins = instructions.get(key)
        if ins is None and not am.from_note:
            ins = instructions[key] = NamedNode(e.m.child(amending.value, "instruction", *key))
            e.add(ins, A, kzl("Instruction"))
            e.add(ins, kzl("instructionText"), am.instruction)
            # the lines above it that place it ("көрсетілген бұйрықпен бекітілген … қағидаларында:" / "2-бөлімде:"),
            # outermost first: with the instruction, the amending text as written
            e.add(ins, kzl("instructionContext"), "\n".join(am.context) or None)
            e.add(ins, kzl("amendingAct"), amending)
            for n in am.announced:
                e.plain(ins, kzl("announces"), n)
            e.line(ins, am.loc)
        if ins is not None:
            e.add(node, kzl("instruction"), ins)
        if effect(am.effect).ends_act:
            e.add(amending, eli("repeals"), target_act)
            e.add(target_act, eli("repealed_by"), amending)
            if doc.act and doc.act.ref == am.amending and (repealed := am.since or doc.act.in_force):
                # its last day: the day before the repeal (its own day where the repealing act fixes one for it)
                e.add(target_act, eli("date_no_longer_in_force"), date_literal(day_before(repealed)))
        elif not effect(am.effect).own:
            e.add(amending, eli("amends"), target_act)
            e.add(target_act, eli("amended_by"), amending)
        if am.since:  # the day it takes effect where the text fixes it (an entry into force, a note's bracket)
            e.add(node, kzl("since"), date_literal(am.since))
        # the one language text it changed, where its note says the other's is unchanged: that text's chain alone
        e.plain(node, kzl("textLanguage"), am.language)
        if am.renumbers:  # the units after it renumbered: a later change of its number is of the unit numbered so since
            e.add(node, kzl("renumbers"), TRUE)
        if am.until:  # a Suspension lifts that day; an Expiry's target applies to that day, its last
            e.add(node, kzl("until"), date_literal(am.until))
            if effect(am.effect).own:
                e.add(target, eli("date_no_longer_in_force"), date_literal(am.until))


def reference_quads(minter: Minter, graph: str) -> list[Quad]:
    """Organisations of the registry with their kk / ru / en names and reorganisations."""
    e = Emitter(graph, minter, reference=True)
    for o in organisations():
        node = e.org(canonical(o["kk"]))
        e.add(node, NamedNode(SKOS + "prefLabel"), Literal(o["en"], language="en"))
    for org in local_orgs():
        e.add(e.org(org), NamedNode(SKOS + "prefLabel"), Literal(org.en, language="en"))
    for org, date, into in reorganisations():
        ev = NamedNode(e.m.child(e.m.org(org.key), "change", date))
        e.add(ev, A, NamedNode(ORG + "ChangeEvent"))
        e.add(ev, NamedNode(ORG + "originalOrganization"), e.org(org))
        e.add(ev, NamedNode(DCT + "date"), date_literal(date))
        for succ in into:
            e.add(ev, NamedNode(ORG + "resultingOrganization"), e.org(succ))
            e.add(e.org(succ), NamedNode(ORG + "resultedFrom"), ev)
        e.add(e.org(org), NamedNode(ORG + "changedBy"), ev)
    return e.quads()
