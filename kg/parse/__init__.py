"""Stage 2 — parse: logical lines of one document in, a :class:`Document` model out.

The document is cut into regions — header, operative part, signature, approvals,
and the attachments each opened by a stamp ('... № 129 бұйрығымен бекітілген',
'... қағидаларына қосымша') — and each region is read by its own reader:
header.py, amend.py (amendment instructions, history notes), structure.py
(units, positions, index rows, tables) and the signature / approval readers here.
The parser knows nothing of RDF.
"""
from __future__ import annotations

import hashlib
import itertools
import math
import re
from dataclasses import replace
from functools import lru_cache

from ..corpus import TitledDocument, act_meta, agency_of, day_of, front_matter, portal_page, title_stems
from ..effects import effect as effect_table
from ..errors import InputError, KzlexError, ParseError
from ..laws import law_of_the_day, wording_day
from ..lexicon import marker, phrases
from ..model import Act, ActMeta, ActRef, Amendment, Approval, Document, Found, Loc, Path, Signatory, Unit
from ..normalise import cut_long_lines, despace, html_to_text, logical_lines, read_text
from ..orgs import by_code, canonical, founded, key, names_one, rank_apart, short_forms
from ..patterns import (NUMBERLESS, coded_numbers, effect_of, find_act_refs, find_dates, find_note_acts, in_force_until,
                        normalise_number, order_refs, parse_date, repeals_here, strip_quoted, unit_refs, until_date)
from .amend import (broken_instruction, change_list_target, deferred_wording, deleted_in_place, interim_point, is_opener,
                    note_records,
                    parse_amending, parse_change_point, parse_said_act, read_note, repeal_listed, strikes_elsewhere,
                    suspended)
from .cites import citations
from .context import NAME_RE, Ctx, person_name, signed_name, two_names
from .header import (applies_from, has_identity, in_force_not_before, in_force_of, ordering_index, parse_header,
                     parse_meta_header, requisites_act, unit_paths)
from .structure import Builder, ReadSoFar, is_structural, match_heading

__all__ = ["parse_bytes", "parse_text", "parse_requisites", "known_by_title", "names_numberless", "numbered_as_in"]

# (an initial typed in a Latin letter of the same shape: "Министр P. Тусупбеков", MinJust 2003)
_ROLE_AND_NAME = re.compile(r"^(?P<role>.+?)\s+(?P<name>(?:[А-ЯӘІҢҒҮҰҚӨҺЁABCEHKMOPTX]|3)\.\s?(?:[А-ЯӘІҢҒҮҰҚӨҺЁ]\.\s?)?"
                            r"[А-ЯӘІҢҒҮҰҚӨҺЁ][\w'’-]+)$")
_FOOTER = re.compile(r"^©|^\(c\)\s*\d{4}", re.I)
_NUMBERED_POINT = re.compile(r"^\d+(?:-\d+)*\.\s")
_BLANK_DATE = re.compile(r"_{2,}|\"\s*\"|«\s*»")
# a line of initials and surnames: "Цай Л.Г.)", "Склярова И.В., Цай Л.Г."
_NAMES = re.compile(r"\(?(?:[А-ЯӘІҢҒҮҰҚӨҺЁ][\w-]+\s+[А-ЯӘІҢҒҮҰҚӨҺЁ]\.\s?(?:[А-ЯӘІҢҒҮҰҚӨҺЁ]\.)?[,;]?\s*)+\)?")


def parse_bytes(data: bytes, file: str, meta: ActMeta | None = None, lang: str | None = None,
                sha256: str | None = None) -> Document:
    """Parse the bytes of one document; raises only :class:`KzlexError` subclasses.

    `meta`: the act's requisites read beside the text (the corpus layout's meta.yaml);
    `lang`: the language the layout gives the file (kaz.md, rus.md); `sha256`: the source's own
    digest when `data` is more than the file (a split text joined with its parts)."""
    text, warnings = read_text(data, file)
    doc = parse_text(html_to_text(text), file, sha256 or hashlib.sha256(data).hexdigest(), meta, lang)
    doc.warnings[:0] = warnings
    return doc


def parse_requisites(data: bytes, file: str, meta: ActMeta) -> Document:
    """The document of an act folder that holds its requisites (meta.yaml, read into `meta`) and no text: the act,
    its titles and the events the requisites record; no units, and a warning that says so."""
    doc = Document(file, hashlib.sha256(data).hexdigest(), _language(meta.repeal_text or ""), meta=meta,
                   requisites_only=True)
    doc.act, found = requisites_act(meta, doc.lang)
    doc.absorb(found)
    doc.warnings.append(f"{file}:1: no text beside the requisites (kaz.md, rus.md): the act is known from its "
                        "requisites alone, with no units")
    return doc


def parse_text(text: str, file: str, sha256: str | None = None, meta: ActMeta | None = None,
               lang: str | None = None) -> Document:
    sha = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    fields, skip = front_matter(text, file)
    if fields is not None:
        text = "\n" * skip + text.split("\n", skip)[-1] if skip else text  # keeps line numbers
        meta = meta or (act_meta(fields, file) if fields.get("requisite") else None)
        lang = lang or {"kaz": "kk", "rus": "ru"}.get(str(fields.get("language", "")).lower())
    _refuse_script(text, file)
    doc = Document(file, sha, lang or _language(text), meta=meta)
    lines, doc.warnings = cut_long_lines(logical_lines(text, file), file)
    if not lines:
        raise ParseError(f"{file}:1: empty document")
    lines = _attachment_first(lines, file, doc.warnings)
    ctx = Ctx(file, lines, doc, front=fields if fields is not None and meta is None else {})
    try:
        _parse(ctx)
    except KzlexError:
        raise
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, RecursionError) as exc:
        raise ParseError(f"{file}:{_where(ctx)}: parser failure ({type(exc).__name__}: {exc})") from exc
    ctx.finish()
    _ranks_apart(doc)
    _notes_on_units_set_out(doc)
    _laws_of_their_day(doc)
    doc.citations = citations(doc)
    _own_place(doc)
    _coded_numbers(doc, text)
    _numbered_elsewhere(doc)
    _registered_in_their_year(doc)
    _older_than_their_body(doc)
    return doc


def _attachment_first(lines: list, file: str, warnings: list[str]) -> list:
    """The lines in the order of an act's text: an attachment the source prints above the act's title ("Приложение" /
    "к приказу Министра внутренних дел" / … / "## Норматив положенности …" / the table, then "# Об установлении
    нормативов …" and the order, MVD 2016; "… № 808 бұйрығына" / "қосымша" in Kazakh) is read after the act's text, as
    the attachment it is (it had been the order's preamble). Each line keeps its own line number."""
    title = next((i for i, line in enumerate(lines) if line.level == 1), None)  # (the act's title: the first such)
    if not title:
        return lines
    head = [line.text for line in lines[:min(title, 8)] if not line.level and not line.block]
    stamp = " ".join(head[:6])
    stamped = bool(marker("ru_stamp").match(stamp)) or any(
        marker("appendix_stamp").search(" ".join(head[:n])) or marker("approved_stamp_end").search(head[n - 1])
        and marker("approved_by_order").search(" ".join(head[:n])) for n in range(1, len(head[:6]) + 1))
    ordered = any(marker("ordering").search(line.text) for line in lines[title:])
    if not stamped or not ordered or any(marker("ordering").search(line.text) for line in lines[:title]):
        return lines
    warnings.append(f"{file}:{lines[0].first}: an attachment stands above the act's title (line "
                    f"{lines[title].first}): read after the act's text")
    return lines[title:] + lines[:title]


def _notes_on_units_set_out(doc: Document) -> None:
    """A note's unit named otherwise than the text sets it out, where the text has one unit it can mean: a paragraph
    of a point the text sets out as the point's parts ("Сноска. Абзац первый пункта 5 - с изменениями …", the point
    read as p/5/part/1 and p/5/part/2, MinFin 1995 № 156), that part; the preamble of an attachment whose opening is
    one paragraph, read as its text paragraph ("Сноска. Преамбула с изменениями …" under the instruction's opening
    "Настоящая Инструкция … разработана на основании …", MinJust 2002 № 48), that paragraph; an opening of paragraphs
    and the items they list ("… мемлекеттік тіркеу … жүргізіледі." / "Осы Ережелерде мынадай түсініктер
    қолданылады:" / "1) …;" … "5) ….", under "Ескерту: Ереженің кіріспесі жаңа редакцияда жазылды", MVD 1998 N 343),
    one unit, the preamble. The note had named a unit no text sets out, so the unit's history had none of the
    change."""
    if doc.act is None or not any(a.from_note and a.path and a.path[-1][0] in ("textparagraph", "preamble")
                                  for a in doc.amendments):
        return
    own, known = doc.act.ref.ident, {u.path for u in doc.units}
    line = {u.path: u.loc.line for u in doc.units if u.loc}
    for i, a in enumerate(doc.amendments):
        if not a.from_note or not a.path or a.path in known or a.target_act.ident != own:
            continue
        kind, num = a.path[-1]
        if kind == "textparagraph":
            meant = [a.path[:-1] + (("part", num),)]
        elif kind == "preamble" and len(a.path) > 1:
            # (its one paragraph, and before the attachment's first division or point)
            under = [p for p in known if len(p) == len(a.path) and p[:-1] == a.path[:-1]]
            meant = [p for p in under if p[-1][0] == "textparagraph"]
            # (the attachment's title, a unit where a note changed it, is above its text: no division)
            first = min((line.get(p, 0) for p in under if p[-1][0] not in _OPENING and p[-1][0] != "title"), default=None)
            # (… above the note: what the text prints under it before the first division is no more of it, the
            # wording before the change at times, "Сноска. В преамбулу внесены изменения …" / "*Примечание.*" / …)
            below = a.loc.line if a.loc else None
            opening = [p for p in under if p[-1][0] in _OPENING and (first is None or line.get(p, 0) < first)
                       and (below is None or line.get(p, 0) < below)]
            meant = [p for p in meant if p in opening]
            if len(opening) > 1 and meant:
                _opening_as_preamble(doc, a.path, sorted(opening, key=lambda p: line.get(p, 0)))
                known = {u.path for u in doc.units}
                continue
        else:
            continue
        if len(meant) == 1 and meant[0] in known:
            doc.amendments[i] = replace(a, path=meant[0])


_OPENING = ("textparagraph", "subpoint")  # an attachment's opening: its paragraphs and the items they list


def _opening_as_preamble(doc: Document, preamble: Path, opening: list[Path]) -> None:
    """The paragraphs and items of an attachment's opening (`opening`, in the text's order) made one unit, its
    preamble: every unit, citation or other item naming one of them names the preamble."""
    units = {u.path: u for u in doc.units}
    texts = [units[p].text or "" for p in opening]  # (an item's text opens with its number: "1) …")
    locs = [units[p].loc for p in opening if units[p].loc]
    gone = set(opening)
    loc = Loc(locs[0].line, locs[-1].span[1]) if locs else None
    at = min(k for k, u in enumerate(doc.units) if u.path in gone)
    doc.units = [u for u in doc.units if not any(u.path[:len(p)] == p for p in gone)]
    doc.units.insert(min(at, len(doc.units)), Unit(doc.act.ref, preamble, None, "\n".join(t for t in texts if t), loc))
    _units_moved(doc, lambda x, act, path: (act, preamble) if act == doc.act.ref and any(
        path[:len(p)] == p for p in gone) else None)


def _ranks_apart(doc: Document) -> None:
    """Each signatory's rank, written after the role ("*Министр*" / "*генерал-полковник*"), apart from the role: it
    had been read as words of the role ("Министр генерал-полковник")."""
    for n, s in enumerate(doc.signatories):
        if s.role and not s.rank and (apart := rank_apart(s.role))[1]:
            doc.signatories[n] = replace(s, role=apart[0], rank=apart[1])


def _laws_of_their_day(doc: Document) -> None:
    """Each law or code the act stands by, cited by a title enacted anew and with no day of its own ("пунктом 3
    статьи 120 Налогового кодекса", the Tax Code of 2001, 2008, 2017): the one in force on the day the preamble's
    wording is of, the act's own or, where a note says a later order set the preamble out anew, that order's
    (laws.yaml `enacted`, `laws.law_enacted`); they had been one law whatever the day."""
    if doc.act is None or not doc.act.ref.date:
        return
    own = doc.act.ref.ident
    day = wording_day(doc.act.ref.date, [a.amending.date for a in doc.amendments
                                         if a.path and a.path[0][0] == "preamble" and a.target_act.ident == own])
    doc.act = replace(doc.act, based_on=tuple((law_of_the_day(r, day), p) for r, p in doc.act.based_on))


def _own_place(doc: Document) -> None:
    """The acts a local body's act names by a body of no place ("решение Акима области от 15 марта 2002 года N 3-47",
    "Облыс әкімінің 2002 жылғы 15-наурыздағы N 3-47 шешімінің"): acts of that body of the act's own place, one node
    with the act the place's body passed (they had been acts of a body named "Акима области" of its own), whether
    the text repeals, amends or cites them."""
    within = doc.act.ref.issuer if doc.act else None
    if within is None or not within.en:
        return
    placed: dict[ActRef, ActRef] = {}

    def place(ref: ActRef) -> ActRef:
        if ref.issuer is None or ref.issuer.en:
            return ref
        if ref not in placed:
            org = canonical(ref.issuer.ru or ref.issuer.kk or "", within)
            placed[ref] = replace(ref, issuer=org) if org.en else ref
        return placed[ref]

    _refs_rewritten(doc, place)


def _coded_numbers(doc: Document, text: str) -> None:
    """The President's decrees and the Government's resolutions the text names by day alone whose number the old
    portal's link code beside them gives (`patterns.coded_numbers`): those acts with that number (they had been the
    act "б/н" of that day, another node than the decree every other text names by its number)."""
    numbers = coded_numbers(text) if "_" in text else {}
    if numbers:
        _refs_rewritten(doc, lambda r: replace(r, number=numbers[r.kind, r.date])
                        if r.number == NUMBERLESS and (r.kind, r.date) in numbers else r)


def _older_than_their_body(doc: Document) -> None:
    """Report, once each, an act the text cites or stands on dated before its body came to be (organisations.yaml
    `since`): a year mistyped ("Қазақстан Республикасы Үкiметiнiң 1977 жылғы 29 мамырдағы … қаулысында" for 1997, the
    Almaty oblast akim 1997 № 6-202 in Kazakh, its title dating the resolution 1997). The act keeps the day the text
    gives it."""
    said = [(r, None) for r, _ in (doc.act.based_on if doc.act else [])]  # (a basis: the preamble's line)
    said += [(c.act, c.loc.line if c.loc else 1) for c in doc.citations]
    seen = set()
    for ref, line in said:
        first = founded(ref.issuer)
        if first and ref.date and ref.date < first and ref not in seen:
            seen.add(ref)
            if line is None:
                line = next((u.loc.line for u in doc.units if u.path == (("preamble", ""),) and u.loc), 1)
            doc.warnings.append(f"{doc.file}:{line}: an act of the {ref.issuer.en} dated {ref.date}, before the body "
                                f"was ({first}): the text's year is worth a look")


def _repeals_unread(doc: Document) -> None:
    """An operative point of the act that speaks of an act's repeal (phrases.yaml `repeal_stem`, an act's kind in it)
    but gave no change and no instruction reported: an instruction not read, reported as one where it had been plain
    text that said nothing (privileges cancelled, "… жеңілдіктердің күші жойылсын", are no act's repeal)."""
    if doc.act is None:
        return
    own = doc.act.ref
    points = [u for u in doc.units if u.act == own and len(u.path) == 1 and u.path[0][0] == "point" and u.text and u.loc]
    done = {a.loc.line for a in doc.amendments if a.loc} | {line for line, _ in doc.instructions_failed}
    # (a repeal of the acts an appendix lists is read at the list: "… кейбір бұйрықтарының (2-қосымша) күші жойылсын")
    listed = any(a.amending == own and a.loc and not any(u.loc.line <= a.loc.line <= u.loc.span[1] for u in points)
                 for a in doc.amendments)
    for u in points:
        if (marker("repeal_stem").search(u.text) and marker("act_kind_word").search(u.text)  # (an act's: not privileges)
                and not any(u.loc.line <= line <= u.loc.span[1] for line in done)
                and not (listed and marker("appendix_word").search(u.text))):
            doc.instructions_failed.append((u.loc.line, u.text[:200]))


def _acts_named(doc: Document) -> list[ActRef]:
    """The acts the document names: its basis, the acts it cites, the acts its amendments make and change."""
    return ([r for r, _ in doc.act.based_on] if doc.act else []) + [c.act for c in doc.citations] \
        + [r for a in doc.amendments for r in (a.amending, a.target_act) if r is not None]


@lru_cache(maxsize=None)
def _registry_reached() -> tuple[dict[int, int], int, int]:
    """phrases.yaml `registry_reached`, with its first and last year."""
    reached = phrases()["registry_reached"]
    return reached, min(reached), max(reached)


def _registered_in_their_year(doc: Document) -> None:
    """Each act the text cites with a registration number the state register had not reached a year after the act's
    day (phrases.yaml `registry_reached`): that act with no registration, reported where the text cites it ("Әділет
    министрінің 2011 жылғы 25 тамыздағы № 296 бұйрығында (… тізілімінде № 60319 болып тіркелген)", MinJust 2021 № 386:
    the portal's code of the order registered № 7146). It had been a second registration of the act, against the one
    the act's own text gives."""
    reached, first, last = _registry_reached()
    wrong = {r for r in _acts_named(doc) if r.registration and r.registration.isdigit() and r.date and int(r.date[:4]) < last
             and int(r.registration) > reached[max(first, int(r.date[:4]) + 1)] * 3 // 2}
    if not wrong:
        return
    for r in sorted(wrong, key=lambda r: (r.date, r.registration)):
        line = next((c.loc.line for c in doc.citations if c.act == r and c.loc), 1)
        doc.warnings.append(f"{doc.file}:{line}: № {r.registration} given as the registration of the act of {r.date} "
                            f"№ {r.number or '-'} is past the register's numbers of that time: left out (the act's "
                            f"code on the portal, most likely)")
    _refs_rewritten(doc, lambda r: replace(r, registration=None, registration_date=None) if r in wrong else r)


def _numbered_elsewhere(doc: Document, also: tuple[ActRef, ...] = ()) -> None:
    """An act the text names by day alone ("… Үкiметiнiң 2000 жылғы 3 тамыздағы қаулысын орындау үшiн") whose number it
    gives where it names the act again ("… Үкiметiнiң … 2000 жылғы 3 тамыздағы N 1176 "…""; MVD 2003 № 111): that act,
    where the text names one act of that body, kind and day with a number (it had been the act "б/н" of that day);
    `also`: acts another text names, whose numbers count as the text's own."""
    refs = _acts_named(doc)
    if not any(r.number == NUMBERLESS for r in refs):
        return
    numbers: dict[tuple, set[str]] = {}
    for r in (*refs, *also):
        if r.number and r.number != NUMBERLESS and r.date and r.issuer:
            numbers.setdefault((r.issuer.key, r.kind, r.date), set()).add(r.number)

    def numbered(r: ActRef) -> ActRef:
        found = numbers.get((r.issuer.key, r.kind, r.date), ()) if r.number == NUMBERLESS and r.issuer else ()
        return replace(r, number=next(iter(found))) if len(found) == 1 else r

    _refs_rewritten(doc, numbered)


def names_numberless(doc: Document) -> bool:
    """Does the document name an act by its day alone, with no number (the act "б/н" of that day)?"""
    return any(r.number == NUMBERLESS for r in _acts_named(doc))


def numbered_as_in(doc: Document, other: Document) -> None:
    """The acts an act's Kazakh text names by day and title alone, with no number ("Қазақстан Республикасы Үкiметiнiң
    1996 жылғы мамырдың 27-гi "…" Қаулысын"), whose number its Russian text `other` gives ("Постановления Правительства
    Республики Казахстан N 649 от 27 мая 1996 года", Almaty oblast akim 1998 № 6-214а): those acts with that number,
    where `other` names one act of that body, kind and day with a number (each had been the act "б/н" of that day, a
    node apart from the act the Russian text names)."""
    _numbered_elsewhere(doc, tuple(_acts_named(other)))


def known_by_title(doc: Document, titled: tuple[TitledDocument, ...]) -> None:
    """An instruction the text names by its own number and title alone, with no day ("Изменения и дополнения к
    Инструкции N 40 "О порядке исчисления и уплаты подоходного налога с физических лиц"", the Tax Committee's
    changes of 1997; "… "Жеке тұлғалардан алынатын табыс салықтарын есептеу мен төлеудiң тәртiбi туралы" N 40
    нұсқаулыққа") that one act folder of the corpus holds under that number and title (kg/corpus.py
    `read_folders`: "Инструкция N 40 о порядке …", approved by the Ministry of Finance's order № 153 of 22 June
    1995): that act, and the units named in it the document's units there (the order's appendix 1). It had been an
    act of its own, of no day, its body guessed (the amending text's), which nothing else the corpus says reached.
    So is an instruction named by its title and the day and number of the act that approved it, when a folder holds
    that document under that act ("в Инструкцию "О порядке исчисления и внесения специальных платежей и налогов
    недропользователей", утвержденную Министерством финансов от 30 июня 1995 года N 41": the folder's act is its
    Main Tax Inspectorate's, the instruction that act's appendix 1)."""
    if not titled:
        return
    found: dict[ActRef, TitledDocument | None] = {}
    own = doc.act.ref.named if doc.act is not None else None

    def known(r: ActRef) -> TitledDocument | None:
        # (never the document's own act: its units stand where its own text sets them out)
        if not r.number or not r.title or r.kind != "instruction" or r.named == own:
            return None
        if r not in found:
            words = title_stems(r.title)
            # (named by the day and number of the act that approved it, the title may share fewer words: a Kazakh
            # title words the instruction as it likes, "Әлеуметтiк төлемдер мен жер қойнауын пайдаланушылардың
            # салықтарын есептеу мен енгiзудiң тәртiбi", "… арнаулы төлемдерi мен салығын есептеу мен төлеу тәртiбi")
            same = {t.ref: t for t in titled
                    if (t.number == r.number and len(words & t.stems) >= 0.6 * len(words | t.stems) if not r.date
                        else r.number == t.ref.number and r.date in t.days
                        and len(words & t.stems) >= 0.5 * len(words | t.stems))}
            found[r] = next(iter(same.values())) if len(same) == 1 else None
        return found[r]

    _units_moved(doc, lambda x, act, path: (t.ref, t.root + path) if (t := known(act)) is not None else None)
    # the act the folder describes is named there with its own title: not this text's words for its document
    doc.acts = [replace(a, ref=t.ref, title=None) if (t := known(a.ref)) is not None else a for a in doc.acts]


def _refs_rewritten(doc: Document, rewrite) -> None:
    """Every act reference of the document (its basis, amendments, acts, units, positions, index entries and
    citations) passed through `rewrite`, which gives the reference itself where it changes nothing."""
    def fields_rewritten(item):
        changed = {f: new for f, v in vars(item).items() if isinstance(v, ActRef) and (new := rewrite(v)) is not v}
        return replace(item, **changed) if changed else item

    if doc.act is not None:
        doc.act = replace(doc.act, based_on=tuple((rewrite(r), p) for r, p in doc.act.based_on))
    for name in ("amendments", "acts", "units", "positions", "index_entries", "citations"):
        setattr(doc, name, [fields_rewritten(x) for x in getattr(doc, name)])


_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ENGLISH = re.compile(r"\b(?:the|of|and|shall|order|hereby)\b", re.I)


def _refuse_script(text: str, file: str) -> None:
    """Texts kzlex does not read are refused for what they are: an English translation, Latin-script Kazakh."""
    sample = text[:50_000]
    latin = len(_LATIN.findall(sample))
    if latin > 200 and latin > 3 * len(_CYRILLIC.findall(sample)):  # (Cyrillic letters counted only then: a list of
        # each letter's string is most of what this reading costs a Cyrillic text)
        if len(_ENGLISH.findall(sample)) > latin / 200:
            raise InputError(f"{file}:1: an English text (an unofficial translation); kzlex reads the official "
                             "Kazakh and Russian texts")
        raise InputError(f"{file}:1: a Latin-script text (Kazakh in the Latin alphabet?); kzlex reads the official "
                         "Kazakh (Cyrillic) and Russian texts")


def _language(text: str) -> str:
    """kk when Kazakh-only letters are frequent, else ru."""
    sample = text[:200_000]
    kk = sum(sample.count(c) for c in "әіңғүұқөһӘІҢҒҮҰҚӨҺ")
    cyr = sum(sample.count(c) for c in "аеиоуыбвгдклмнпрстАЕИОУБВГДКЛМНПРСТ") or 1
    return "kk" if kk / cyr > 0.01 else "ru"


def _where(ctx: Ctx) -> int:
    done = [ctx.lines[i].first for i in ctx.understood]
    return max(done) if done else 1


def _parse(ctx: Ctx) -> None:
    k = ordering_index(ctx)
    if k is None and ctx.doc.meta is None:
        raise ParseError(f"{ctx.file}:{ctx.lines[0].first}: no operative part (no 'БҰЙЫРАМЫН:' / 'ПРИКАЗЫВАЮ:' "
                         "and no numbered point)")
    doc = ctx.doc
    ctx.take(*(i for i in range(len(ctx.lines)) if marker("contents_label").match(ctx.text(i))))  # the portal's link
    extract = _extract(ctx, k) if k is not None else None
    if extract is not None:  # an editors' extract of another act above this act's own text: its events, then the text
        k = extract[0]
    on_top = _approvals_on_top(ctx, k)
    if doc.meta is None and not has_identity(ctx, k):
        # no requisites and no line naming the act (a folder of the corpus's older layout, its front matter naming only
        # the portal's page): the act is the one the stamp of its own attachment names
        doc.meta = _stamped_identity(ctx, k)
    if k is not None and not marker("ordering").search(ctx.text(k)):
        k = _headings_above(ctx, k)  # (no preamble of them: "I. Общие положения" had been both)
    if doc.meta is not None:
        act, head, k = parse_meta_header(ctx, k, doc.meta)
    else:
        act, head = parse_header(ctx, k)
    doc.act = act
    head.acts += [Act(r.amending) for r in head.amendments]
    doc.absorb(head)
    if extract is not None:
        doc.absorb(extract[1])
    # the points follow the ordering word; a text with none (a regulation published alone) starts with them, and
    # with the headings right above its first point ("### Раздел 1" / "#### Глава 1. Общие положения")
    start = k + 1 if marker("ordering").search(ctx.text(k)) else _headings_above(ctx, k)
    k = min(k, start)
    _first_point_unnumbered(ctx, start)
    _stops_lost(ctx, start)
    stamps = _stamps(ctx, start)
    # an older text attaches its rules with no stamp, their own appendices stamped ("Приложение 1 к Правилам …")
    pre = _unstamped(ctx, start)
    # (a stamp that names the order after the unstamped document's points is an appendix's of it, not the document's
    # own: "## Правила …" / "1. …" / … / "44. …" / "Приложение N 2" / "Форма N 453" / "Утверждена приказом … N 195",
    # MinFin 2000 N 195, whose rules had gone unread)
    if pre and (not stamps or pre[0][0] < stamps[0][0] and (not marker("act_kind_word").search(
            " ".join(ctx.text(x) for x in range(stamps[0][0], stamps[0][1] + 1)))
            or any(re.match(r"^\d+\.\s", ctx.text(x)) for x in range(pre[0][0], stamps[0][0])))):
        stamps = _stamps(ctx, start, pre)
    first_stamp = stamps[0][0] if stamps else len(ctx.lines)
    approvals_at = next((i for i in range(start, first_stamp) if _approval_mark(ctx.text(i))
                         or ctx.lines[i].level and marker("approval_one_line").match(ctx.text(i))
                         or _approval_cells(ctx, i)), first_stamp)
    approvals_at = _approving_body_before(ctx, start, approvals_at)
    op_end = _operative_end(ctx, start, approvals_at)
    # a text with no ordering word is a regulation (or a list of changes) published alone: its sub-points, decimal
    # points and numbered chapters are its own units, not an order's administrative tasks
    alone = start == k and not marker("ordering").search(ctx.text(k)) and not _lost_ordering_word(ctx, k)
    operative, doc.act = _region(ctx, act.ref, start, op_end, (), act, alone=alone)
    doc.absorb(operative)
    doc.absorb(_signature(ctx, op_end, approvals_at))
    doc.absorb(on_top)
    doc.absorb(_approvals(ctx, approvals_at, first_stamp))
    doc.approvals += [a for first, last, _ in stamps[:1] if (a := _beside_stamp(ctx, first, last))]
    doc.absorb(_approvals_under_stamp(ctx, stamps[0][1]) if stamps else Found())
    doc.absorb(_attachments(ctx, doc.act, stamps))
    _days_as_requisites_give(doc, doc.meta)
    _one_repealer(doc, doc.meta)
    doc.amendments, merged_notes = _dedupe_notes(doc.amendments, doc.units)
    for note in merged_notes:
        if note not in ctx.editor_notes:
            ctx.editor_notes.append(note)
    # a repeal whose list gave no act read ("Считать утратившими силу … следующие нормативные документы:" / "-
    # инструкция Министерства финансов Казахской ССР от 26 мая 1966 года N 2805 …"): an instruction not read
    read = {a.instruction for a in doc.amendments}
    doc.instructions_failed += [(line, text) for line, text in ctx.repeal_leads if text not in read]
    _repeals_unread(doc)
    doc.units = _without_spans(doc.units, doc.amendments)
    _own_appendix_wordings(doc)
    _titles_as_stated(doc)
    _excepted_in_force(doc)
    _formulas_left_out(ctx, doc)
    if alone and doc.meta is not None and (doc.meta.approved_document or _rules_alone(ctx, doc.meta)):
        _as_appendix(doc)
    if ctx.editor_notes:
        doc.act = replace(doc.act, notes=doc.act.notes + tuple(ctx.editor_notes))
    since = next((a.since for a in doc.amendments if a.since and not a.path and a.amending == act.ref), None)
    if since and doc.act.in_force is None:  # the day a rule of entry into force came to, as the editors' note says
        doc.act = replace(doc.act, in_force=since)


def _formulas_left_out(ctx: Ctx, doc: Document) -> None:
    """Each formula a line announces that the text does not hold, its legend right after ("… по следующей формуле:" /
    "где Ʃ кв- квартальная оценка;", UDP 2016 № 13/19: the portal gives the formula as a picture): reported, the
    text having lost it."""
    legend, announced = marker("formula_legend"), marker("formula_announced")
    for i in range(len(ctx.lines) - 1):
        nxt = ctx.text(i + 1)
        if "=" not in nxt and legend.match(nxt) and announced.search(ctx.text(i)):
            doc.warnings.append(f"{ctx.file}:{ctx.lines[i].first}: the formula this line announces is not in the text "
                                f"(a picture in the source): its legend follows, line {ctx.lines[i + 1].first}")


def _headings_above(ctx: Ctx, k: int) -> int:
    """The first of the headings right above line k, the first point of a text with no ordering word ("### Раздел 1" /
    "#### Глава 1. Общие положения"; an older text's heading a line of its own: "I. Общие положения" / "1. Согласно
    …"): where its units begin; k when none is."""
    while k > 0 and is_structural(ctx.text(k - 1)) and (ctx.lines[k - 1].level or (
            len(ctx.text(k - 1)) < 150 and not re.search(r"[.;:,]$", ctx.text(k - 1))
            and not re.match(r"^\d+[.)]\s", ctx.text(k - 1)))):
        k -= 1
    # (… and a section's heading over its own paragraph above them: "## I-Бөлiм. Жалпы ережелер" / "Бұл нұсқаулық …
    # Заңы негiзiнде шығарылады." / "I. Белгiленген акциздер" / "1. …", MinFin 1995 N 36)
    above = next((i for i in range(k - 1, max(k - 8, 0), -1) if ctx.lines[i].level and is_structural(ctx.text(i))), None)
    if above is not None and (heading := match_heading(ctx.text(above))) and heading[0] == "section":
        k = above
    return k


def _stamped_identity(ctx: Ctx, k: int) -> ActMeta | None:
    """The act the first stamp after the ordering word names, with its issuer, day and number ("Қазақстан
    Республикасы Әділет министрінің 2016 жылғы 26 қаңтардағы № 38 бұйрығымен бекітілген"; "Утвержден приказом
    Министра юстиции Республики Казахстан от 26 января 2016 года № 38"), as requisites; None when there is none.
    A stamp that names no issuer ("Утвержден приказом от 25 апреля 2023 года № 05/110") is the agency's whose folder
    of the corpus layout holds the text; the folder's day ("20101231-…") is the act's where the stamp's differs."""
    start = k + 1 if marker("ordering").search(ctx.text(k)) else k
    agency, folder_day = agency_of(ctx.file), day_of(ctx.file)
    for first, last, _ in _stamps(ctx, start)[:1]:
        text = " ".join(ctx.text(i) for i in range(first, last + 1))
        refs = [r for r, _, _ in find_act_refs(text)]
        number = _STAMP_NUMBER.search(text)
        if not refs and number and marker("act_kind_word").search(text):
            refs = [ActRef(number.group(1), parse_date(text), None, "order")]
        for ref in refs:
            issuer = ref.issuer or (by_code(agency) if agency else None)
            day = ref.date or folder_day
            if not (ref.number and day and issuer is not None):
                continue
            where = f"{ctx.file}:{ctx.lines[first].first}"
            if folder_day and folder_day != day:
                ctx.doc.warnings.append(f"{where}: the stamp dates the act {day}, its folder {folder_day}: the folder's")
                day = folder_day
            ctx.doc.warnings.append(f"{where}: no requisites and no line naming the act: it is the act the stamp of its "
                                    f"attachment names (№ {ref.number} of {day})")
            # the portal's page the front matter names: the act's code there, and the day the text is the act as of
            url = str(ctx.front.get("source") or "")
            page = portal_page(url)
            return ActMeta(ActRef(ref.number, day, issuer, ref.kind), file=ctx.file, act_code=page[0] if page else None,
                           sources=((page[1], url),) if page else (),
                           versions=((page[1], page[2]),) if page and page[2] else ())
    return None


_STAMP_NUMBER = re.compile(r"№\s*(\d[\w./-]*)")


def _lost_ordering_word(ctx: Ctx, k: int) -> bool:
    """Is the text an order whose ordering word the text lost, not a regulation published alone? Its preamble leads
    in to its first point ("… а также усиления защиты их от подделок: <*>", a note under it) and that point says what
    to do ("1. Ввести в действие на территории Республики Казахстан:"), as the other language's "… Бұйырамын:" shows."""
    j = k - 1
    while j > 0 and marker("history_note").search(ctx.text(j)):
        j -= 1
    operative = bool(marker("operative_verb").search(_NUMBERED_POINT.sub("", ctx.text(k))))
    if ctx.lines[0].level == 1 and (j == 0 or _title_wrapped(ctx, 1, k)):
        # … or it has no preamble at all, its title right above its first point, which says what to do ("#
        # Мемлекеттiк мекемелердiң … Нұсқаулық" / "1. Мемлекеттiк мекемелердiң … нұсқаулық бекітілсін."), the
        # order's title wrapped over lines under the heading at times (the heading the attached document's name, the
        # Kazakh text of the MVD's fire service charter of 1993: "# ӨРТ КҮЗЕТIНIҢ ЖАУЫНГЕРЛIК ЖАРҒЫСЫ" / "Қазақстан
        # Республикасы Iшкi iстер министрлiгi өрт күзетiнiң" / "Жауынгерлiк жарғысын бекiту туралы" / "1. … бекiтiлсiн")
        return operative and bool(re.match(r"1\.\s", ctx.text(k)))
    if j <= 0 or ctx.lines[j].level or ctx.lines[j].block or not ctx.text(j).rstrip(" *<>").endswith(":"):
        return False
    return operative


def _title_wrapped(ctx: Ctx, first: int, end: int) -> bool:
    """Are lines first..end-1 a title wrapped over plain lines: a few, short, none a sentence's or a lead-in's end?"""
    lines = range(first, end)
    return 0 < len(lines) <= 4 and all(
        not ctx.lines[x].level and not ctx.lines[x].block and len(ctx.text(x)) < 90
        and not re.search(r"[.;:]\W*$", ctx.text(x)) and not is_structural(ctx.text(x)) for x in lines)


def _rules_alone(ctx: Ctx, meta: ActMeta) -> bool:
    """Is a text with no ordering word, under an order's requisites, the document the order approved, printed alone
    under its own title ("# \"Заңды тұлғаларды мемлекеттiк тiркеу қағидасы\" ЕРЕЖЕ<*>" / "1. Жалпы ережелер" / "1. …",
    the Ministry of Justice's rules of 1998, whose Russian text is the order with the rules as its appendix)?"""
    # (the order's title, as its requisites give it, says it approves a document: "Об утверждении Правил …"; an order
    # titled as its document, "Положение о Центральной аттестационной комиссии", keeps the points its own)
    if (meta.ref.kind != "order" or not ctx.lines or ctx.lines[0].level != 1
            or not any(marker("approving_title").search(t) for _, t in meta.titles)):
        return False
    title = re.sub(r"<\*+>|[\"«»]", " ", ctx.text(0)).strip()
    return bool(marker("attached_title").search(re.sub(r"\s+", " ", title)))


def _as_appendix(doc: Document) -> None:
    """A document an act approved, published alone under that act's requisites ("Утверждено приказом … № 181" /
    "# Положение о порядке …" / "1. …"): its units are the act's appendix 1, as in the act's own text, where the
    act's point 1 is its own ("1. Утвердить прилагаемое Положение") and amendments "в Положение, утвержденное
    приказом № 181" find the document's points."""
    own = doc.act.ref.ident
    root: Path = (("appendix", "1"),)

    def mine(act: ActRef) -> bool:
        return act.ident == own

    def of_text(a: Amendment) -> bool:
        """A change of the text's wording: of its units, or of all of it ("По всему тексту"); not of its title (the
        act's, as the requisites name it) unless the note names the document's by its kind ("Нұсқаулықтың атауы жаңа
        редакцияда жазылды", MinJust 1998 N 539's instruction published alone: the title it prints over its text, the
        appendix's), nor the act's repeal or suspension."""
        if a.path[:1] and a.path[0][0] == "title":
            return a.from_note and _names_document_title(a.instruction)
        return bool(a.path) or effect_table(a.effect).lineage != "none" or a.effect == "Modification"

    _units_moved(doc, lambda x, act, path: (act, root + path)
                 if mine(act) and (not isinstance(x, Amendment) or of_text(x)) else None)
    doc.units = [Unit(doc.act.ref, root, doc.act.title, None, doc.units[0].loc if doc.units else None)] + doc.units


def _names_document_title(note: str) -> bool:
    """Does a note open on the title of an attached document, named by its kind ("Нұсқаулықтың атауы …",
    "Наименование Инструкции …"), not the order's ("Бұйрықтың тақырыбы …", "Заголовок приказа …")?"""
    words = marker("history_note").sub("", note, count=1).lstrip(" *_:").split()[:2]
    return len(words) == 2 and bool(marker("title_named").match(" ".join(words))) \
        and not marker("act_kind_word").search(" ".join(words))


# the items of a document that name a unit: (their list, the field of their act)
_NAMING_UNITS = (("amendments", "target_act"), ("units", "act"), ("citations", "act"), ("positions", "act"),
                 ("index_entries", "act"))


def _units_moved(doc: Document, move) -> None:
    """Every unit the document's items name (its amendments' targets, its units, citations, positions and index
    entries) passed through `move(item, act, path)`, which gives the unit's (act, path) anew, or None to leave it."""
    for items, field in _NAMING_UNITS:
        out = []
        for x in getattr(doc, items):
            new = move(x, getattr(x, field), x.path)
            out.append(replace(x, **{field: new[0], "path": new[1]}) if new is not None else x)
        setattr(doc, items, out)


def _first_point_unnumbered(ctx: Ctx, start: int) -> None:
    """An order's first point printed with its number left out, its next point numbered 2 ("приказываю:" / "Утвердить
    прилагаемые:" / "1) формы извещений …;" / "2) Правила …" / "2. Контроль за исполнением …"): point 1."""
    if start >= len(ctx.lines) or ctx.lines[start].level or ctx.lines[start].block:
        return
    t = ctx.text(start)
    # (… or a lead-in to its sub-points, the verb at the end of the last: "Мыналар:" / "1) … регламенті осы бұйрыққа
    # 1-қосымшаға сәйкес;" / … / "3) … сәйкес бекітілсін." / "2. … күші жойылды деп танылсын.", MVD 2014 № 146)
    verb, lead_in = bool(marker("operative_verb").search(t)), t.rstrip().endswith(":") and len(t) < 60
    if re.match(r"\d", t) or not (verb or lead_in) or marker("history_note").search(t):
        return
    for j in range(start + 1, min(len(ctx.lines), start + 40)):
        m = _NUMBERED_POINT.match(ctx.text(j))
        if m and not ctx.lines[j].level:
            if re.match(r"2\.\s", ctx.text(j)) and (verb or any(
                    marker("operative_verb").search(ctx.text(x)) for x in range(start + 1, j))):
                ctx.lines[start] = ctx.lines[start]._replace(text=f"1. {t}")
            return


_STOP_LOST = re.compile(r"^(\d+)\s+(?=(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])[^\W\d_]{2})")


def _stops_lost(ctx: Ctx, start: int) -> None:
    """A point whose number lost its stop, between the point before it and the one after ("1 Индивидуальные
    предприниматели, …" / "2. Лица, занимающиеся частной практикой.", the first point of MinFin 2019 N 1447's
    appendix 1, its Kazakh text "1. Дара кәсіпкерлер …"): that point (it had been read as words of the appendix's
    title)."""
    plain = [j for j in range(start, len(ctx.lines)) if not ctx.lines[j].level and not ctx.lines[j].block]
    for k, j in enumerate(plain[:-1]):
        m = _STOP_LOST.match(ctx.text(j))
        if not m or plain[k + 1] != j + 1 or not ctx.text(j + 1).startswith(f"{int(m.group(1)) + 1}. "):
            continue
        if m.group(1) == "1" or k and plain[k - 1] == j - 1 and ctx.text(j - 1).startswith(f"{int(m.group(1)) - 1}. "):
            ctx.lines[j] = ctx.lines[j]._replace(text=f"{m.group(1)}. {ctx.text(j)[m.end():]}")


def _own_appendix_wordings(doc: Document) -> None:
    """A new wording given as the amending order's own appendix ("4-қосымша осы бұйрыққа қосымшаға сәйкес жаңа
    редакцияда жазылсын") is that appendix's text, read now that the appendix is: its title and units in order."""
    pending = {a.from_appendix for a in doc.amendments if a.from_appendix and a.new_text is None}
    if not pending or doc.act is None:
        return
    texts = {}
    own = sorted({u.path[:1] for u in doc.units if u.act == doc.act.ref and u.path[:1] and u.path[0][0] == "appendix"})
    for n in pending:
        root = (("appendix", n),)
        if n == "1" and root not in own and len(own) == 1:
            # ("… согласно приложению к настоящему приказу"): its one appendix, numbered as the appendix it gives anew
            # ("Приложение N 4 к приказу МВД … от 10 ноября 1999 года N 568 (с изменениями …)")
            root = own[0]
        parts = [u for u in doc.units if u.act == doc.act.ref and u.path[:1] == root and u.path[-1][0] != "part"]
        lines = [x for u in parts for x in ((u.heading,) if u.path == root else (u.heading, u.text)) if x]
        texts[n] = "\n".join(lines) or None
    changed = {}
    for k, a in enumerate(doc.amendments):
        if a.from_appendix and a.new_text is None and texts.get(a.from_appendix):
            doc.amendments[k] = replace(a, new_text=texts[a.from_appendix])
            changed[(a.target_act.ident, a.path)] = texts[a.from_appendix]
    doc.units = [replace(u, text=changed[(u.act.ident, u.path)]) if u.text is None and (u.act.ident, u.path) in changed
                 else u for u in doc.units]


def _titles_as_stated(doc: Document) -> None:
    """A heading the act's notes or instructions change ("Нұсқаулықтың атауына өзгерту енгізілді", "1-тараудың
    тақырыбы жаңа редакцияда", the act's own title): its wording now is the one the consolidated text states, the
    heading of its division (the act's title, for the act's own), a unit of its own for the lineage to give that
    wording (it had been a heading changed to a wording not in the corpus). A heading struck out has none."""
    own = doc.act.ref if doc.act else None
    if own is None:
        return
    headings = {u.path: u.heading for u in doc.units if u.act == own and u.heading}
    have = {u.path for u in doc.units if u.act == own}
    for a in doc.amendments:
        path = a.path
        if a.target_act.ident != own.ident or not path or path[-1] != ("title", "") or path in have \
                or a.effect == "Deletion":
            continue
        text = headings.get(path[:-1]) if len(path) > 1 else doc.act.title
        if text:
            doc.units.append(Unit(own, path, None, text, a.loc))
            have.add(path)


def _excepted_in_force(doc: Document) -> None:
    """The unit an act's rule of entry into force excepts with a day of its own ("…, за исключением подпункта 3)
    пункта 16 Положения, который вводится в действие с 1 января 2019 года"; "… 2019 жылғы 1 қантардан бастап
    қолданысқа енгізілетін 16-тармағының 3) тармақшасын қоспағанда"): that unit's entry into force on that day, read
    now that the attachment's units are (the unit found once, in the attachment unless the act's own is meant); units
    of two days, each theirs ("… пункта 1 Перечня, который вводится в действие с 1 сентября 2019 года, а также пунктов
    4 и 5 Перечня, которые вводятся в действие с 1 января 2020 года", MinFin 2019 № 798). A list set as a table calls
    its rows points: "пункт 1 Перечня" is its row 1, not point 1 of the notes under it."""
    act = doc.act
    for words, since, refs, own in _in_force_exceptions(act.in_force_rule if act else None):
        named, looked = None, False  # the appendix the exception names by its short name, looked for once
        excepted = []
        for last in refs[-1] if refs else ():  # "подпунктов 14), 15) и 16) пункта 17 Правил": each
            steps = [alts[0] for alts in refs[:-1]] + [last]
            hits = [u.path for u in doc.units if u.act == act.ref and (u.path[0][0] != "appendix") == own
                    and [("point", n) if k == "tablerow" else (k, n) for k, n in u.path
                         if k in ("point", "subpoint", "part", "tablerow")] == steps]
            if len(hits) > 1 and not own:
                if not looked:
                    named, looked = _attachment_named(doc, words), True
                hits = [h for h in hits if h[:1] == named] if named else hits
                rows = [h for h in hits if h[-1][0] == "tablerow"]
                hits = rows if len(rows) == 1 else hits
            if len(hits) == 1:
                doc.amendments.append(Amendment(act.ref, act.ref, hits[0], "EntryIntoForce", words, since=since))
                excepted.append(hits[0])
        if excepted:
            _repeals_on(doc, excepted, since)


def _repeals_on(doc: Document, paths: list[Path], since: str) -> None:
    """The acts the items of the act's repeal list name lose force on the day those items come into force, where the
    act's rule excepts them ("за исключением пунктов 1, 2 … 8 и 9 Перечня, которые вводятся в действие с 1 апреля 2020
    года", the list of repealed orders, MinFin 2019 № 1424): the repeals and deletions read from their lines take that
    day."""
    lines = sorted((u.loc.line, u.path) for u in doc.units if u.act == doc.act.ref and u.loc is not None)
    spans = []  # (first line, line after) of each item
    for path in paths:
        own = [line for line, p in lines if p == path]
        if own:
            after = [line for line, _ in lines if line > max(own)]
            spans.append((min(own), after[0] if after else math.inf))
    doc.amendments = [replace(a, since=since) if (a.amending == doc.act.ref and a.target_act != doc.act.ref
                                                  and a.since is None and a.loc is not None
                                                  and any(first <= a.loc.line < end for first, end in spans)
                                                  and (effect_table(a.effect).ends_act or a.effect == "Deletion"))
                      else a for a in doc.amendments]


def _attachment_named(doc: Document, words: str) -> Path | None:
    """The appendix a rule of entry into force names its units in by the short name the act's own point gave it
    ("за исключением пунктов 1, 2 … 8 и 9 Перечня", point 2 having repealed orders "согласно приложению 3 к настоящему
    приказу (далее – Перечень)"; "Тізбенің 1, 2 … -тармақтарын қоспағанда", "осы бұйрыққа 3-қосымшаға сәйкес … (бұдан
    әрі – Тізбесі)", MinFin 2019 № 1424, whose appendix 1 is a list too); else the one appendix whose title opens or
    ends with that word; None where neither tells."""
    def stem(word: str) -> str:  # (a word's first letters, its ending aside: "Перечень" / "Перечня")
        return word[:5].lower()

    said = {stem(w) for w in re.findall(r"[^\W\d_]{5,}", words) if w[0].isupper()}
    for u in doc.units:
        if u.act != doc.act.ref or u.path[0][0] == "appendix" or not u.text:
            continue
        for m in marker("hereinafter").finditer(u.text):
            refs = [alts for alts in unit_refs(u.text[:m.start()]) if alts[0][0] == "appendix"]
            name = m.group("name").split()
            if refs and len(refs[-1]) == 1 and name and stem(name[0]) in said:
                return (refs[-1][0],)
    titled = [u.path for u in doc.units if u.act == doc.act.ref and len(u.path) == 1 and u.path[0][0] == "appendix"
              and u.heading and said & {stem(u.heading.split()[0]), stem(u.heading.split()[-1])}]
    return titled[0] if len(titled) == 1 else None


@lru_cache(maxsize=256)
def _in_force_exceptions(rule: str | None) -> tuple[tuple[str, str, tuple, bool], ...]:
    """The exceptions of a rule of entry into force (`_excepted_in_force`), one a day: their words, their day, the
    units they name (outermost first, each level's alternatives), and whether these are the act's own ("настоящего
    приказа", "осы бұйрықтың") rather than its attachment's. The words of a day end at the first comma after it that
    closes a unit named: in Russian the units come before their day ("пункта 1 Перечня, который вводится в действие с
    1 сентября 2019 года, а также пунктов 4 и 5 …"), in Kazakh after it ("Тізбенің 2019 жылғы 1 қыркүйектен бастап
    қолданысқа енгізілетін 1-тармағын, сондай-ақ Тізбенің 2020 жылғы …"). Read once per rule: the attachments' units
    and the act's own sub-points both ask. Units excepted from the day the act applies from, earlier, are none of these
    (`applies_earlier`: "… распространяется, за исключением пунктов 226-335 Перечня, на правоотношения, возникшие с 1
    января 2019 года", MinFin 2019 № 384)."""
    m = marker("in_force_except").search(marker("applies_earlier").sub(" ", rule or ""))
    dates = find_dates(m.group(0)) if m else []
    if not dates:
        return ()
    text, cuts = m.group(0), [0]
    for (_, _, end), (_, start, _) in zip(dates, dates[1:]):
        cuts.append(next((c.end() for c in re.finditer(",", text[:start]) if c.start() >= end
                          and unit_refs(text[cuts[-1]:c.start()])), start))
    cuts.append(len(text))
    out = []
    for (day, _, _), a, b in zip(dates, cuts, cuts[1:]):
        words = text[a:b]
        refs = tuple(tuple(alts) for alts in order_refs(unit_refs(words)))
        out.append((words.strip(" ,"), day, refs, bool(marker("own_act_units").search(words))))
    return tuple(out)  # (cached: shared by its callers, never changed)


def _without_spans(units: list, amendments: list) -> list:
    """Points deleted together and kept as one line ("10-24. <*>", "1-4. (Пункты отменены …)"): the line is no point of
    its own once the events name each point of the span (the first and the last under the line's parent); each point
    the events name is a unit there, kept as the record of its deletion, as a point deleted alone is ("4. (Пункт
    отменен …)"), with no text."""
    named = {am.path for am in amendments}
    have = {u.path for u in units}
    out = []
    for u in units:
        span = re.fullmatch(r"(\d+)-(\d+)", u.path[-1][1]) if u.path and u.path[-1][0] == "point" else None
        if span and not u.text and all(u.path[:-1] + (("point", n),) in named for n in span.groups()):
            each = [u.path[:-1] + (("point", str(n)),) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
            out += [replace(u, path=p, heading=None) for p in each if p in named and p not in have]
            continue
        out.append(u)
    return out


def _days_as_requisites_give(doc: Document, meta: ActMeta | None) -> None:
    """An act the notes name by a day written year first with its day and month swapped ("ҚР Ішкі істер министрінің
    2011.05.08 № 394 … Бұйрығы", the order of 5 August 2011 that meta.yaml's caused_by names "от 5 августа 2011 года
    № 394") is the act the requisites name, its day theirs: the Kazakh and Russian texts name one act."""
    known = [other.ref for other in (meta.cause, meta.repealer) if other is not None] if meta is not None else []
    known = [r for r in known if r.number and r.date and r.date[8:] != r.date[5:7]]
    if not known:
        return

    def as_known(ref: ActRef) -> ActRef:
        for k in known:
            if (ref.number == k.number and ref.date and ref.date == f"{k.date[:4]}-{k.date[8:]}-{k.date[5:7]}"
                    and (ref.issuer is None or k.issuer is None or ref.issuer.key == k.issuer.key)):
                return replace(ref, date=k.date)
        return ref

    doc.amendments = [replace(a, amending=as_known(a.amending)) if as_known(a.amending) is not a.amending else a
                      for a in doc.amendments]
    doc.acts = [replace(a, ref=as_known(a.ref)) if as_known(a.ref) is not a.ref else a for a in doc.acts]


def _one_repealer(doc: Document, meta: ActMeta | None) -> None:
    """The act that repealed this one, its day and number the same in the requisites and in a note but its body not
    ("Утратило силу решением акима Алматинской области от 12 августа 2004 года № 8-62" / "Күші жойылды - Алматы облысы
    мәслихатының 12.08.2004 № 8-62 шешімімен", the Almaty oblast maslikhat's decision of 1998 № 24-186): one act, of
    the body that passed the act it repeals where one of the two is (an act loses force by its own body's act), else
    the requisites' body."""
    said = meta.repeal or (meta.repealer.ref if meta.repealer else None) if meta is not None else None
    own = doc.act.ref.issuer if doc.act is not None else None
    if said is None or not (said.number and said.date and said.issuer) or own is None:
        return
    other = {a.amending for a in doc.amendments if a.effect == "Repeal" and not a.path and a.target_act == doc.act.ref
             and a.amending.number == said.number and a.amending.date == said.date and a.amending.issuer is not None
             and a.amending.issuer.key != said.issuer.key}
    if len(other) != 1:
        return
    note = other.pop()
    keep, drop = (note, said) if note.issuer.key == own.key else (said, note)
    _refs_rewritten(doc, lambda r: keep if r.ident == drop.ident else r)


def _dedupe_notes(amendments: list, units: list = ()) -> tuple[list, list[str]]:
    """A header line and an "Ескерту" note (or the requisites and a note) often record the same repeal: keep one
    event, the one read at a line of the text, with the day it takes effect whichever of them gives it. A note copied
    under another unit from the one above, its number left as it was, is that unit's (`units`: the document's).
    With the events, the words of the notes whose event another line gave in other words: the act's notes, as
    written (no text of the document is lost)."""
    seen: dict = {}
    out: list = []
    notes: list[str] = []

    def key_of(am: Amendment):
        # (two words replaced by one act are two events: 'слова "X" заменены …;' / 'слова "Y" заменены …')
        return (am.amending.ident, am.target_act.ident, am.path, am.effect, am.old_words, am.new_words) \
            if am.from_note else id(am)

    for am in amendments:
        key = key_of(am)
        if key in seen and (own := _copied_note_stands_under(units, out[seen[key]], am)):
            am = replace(am, path=own)
            key = key_of(am)
        if key not in seen:
            seen[key] = len(out)
            out.append(am)
            continue
        kept = out[seen[key]]
        if kept.loc is None and am.loc is not None:  # the requisites' repeal, and the note that states it
            kept, am = am, kept
        out[seen[key]] = replace(kept, since=kept.since or am.since, in_force_rule=kept.in_force_rule or am.in_force_rule)
        if am.from_note and am.loc is not None and am.instruction != kept.instruction:
            notes.append(am.instruction)
    return out, notes


def _copied_note_stands_under(units: list, kept: Amendment, am: Amendment) -> Path | None:
    """The unit a note stands under when it repeats word for word a note read under another unit of its kind: under
    point 8, "Ескерту. 5-тармақ жаңа редакцияда - ҚР Әділет министрінің 30.05.2026 № 510 … бұйрығымен." as under point 5
    (MinJust 2020 № 354, whose Russian note says "Пункт 8"); None when it stands under the unit it names."""
    if not (am.from_note and am.path and kept.loc and am.loc and kept.loc.line != am.loc.line):
        return None
    above = [u for u in units if u.loc and u.loc.line < am.loc.line and u.path]
    if not above:
        return None
    last = max(above, key=lambda u: u.loc.line).path  # the unit the note stands under, or one of its parts
    kind = am.path[-1][0]
    at = next((k for k in range(len(last), 0, -1) if last[k - 1][0] == kind), None)
    own = last[:at] if at else None
    return own if own and own != am.path and own[0] == am.path[0] else None


_NUMBERED = re.compile(r"(?:№|(?<![\w.])N)\s*\d")  # an act's number in a stamp


def _stamps(ctx: Ctx, start: int, first: list[tuple[int, int, Path]] | None = None) -> list[tuple[int, int, Path]]:
    """(first line, last line, path) of each attachment stamp, in order (after `first`: an attachment found
    with no stamp, whose appendices the stamps read are).

    A Kazakh stamp ends with its marker ('... № 129 бұйрығымен бекітілген'), so it is
    read backwards; a Russian one starts with it ('Утверждены приказом ... № 400'),
    so it is read forwards.
    """
    out: list[tuple[int, int, Path]] = list(first or [])
    count = len(out)
    unnumbered = False  # the act's one appendix so far is stamped with no number ("Утверждены приказом …")
    anew: Path | None = None  # the last appendix of the attached rules numbered anew under stamps of the act's own
    j = first[0][0] + 1 if first else start
    while j < len(ctx.lines):
        t = ctx.text(j)
        joined = (ctx.text(j - 1) + " " + t) if j > start else t  # "№ 25 бұйрығымен" / "бекітілген"
        approved = marker("approved_stamp_end").search(t) and marker("approved_by_order").search(joined)
        if approved and ctx.lines[j].quoted and not _NUMBERED.search(joined) and any(
                ctx.lines[x].quoted and marker("approved_stamp_end").search(ctx.text(x)) and _NUMBERED.search(ctx.text(x))
                for x in range(j + 1, min(len(ctx.lines), j + 4))):
            approved = None  # the stamp says "approved" twice and goes on to its number, in one quote ("… вице-министр
            # бұйрығымен" / "бекітілген" / "2006 жылғы 28 маусымдағы" / "N 116 бұйрығымен бекітілген", MVD 2006 № 116)
        # markdown keeps a stamp's lines apart: "№ 19-42-3.3.17 бұйрығына" / "1-қосымша"
        appendix = marker("appendix_stamp").search(t) or (marker("appendix_alone").match(t)
                                                  and marker("appendix_stamp").search(joined))
        following = ctx.text(j + 1) if j + 1 < len(ctx.lines) else ""
        alone = bool(marker("appendix_alone_ru").match(t))
        # "Приложение N 1" on its own line, in an attachment already open: an appendix of it, the line alone
        # … or, in an older text, "Приложение 1" right above the attachment's title heading ("## Эскиз личной печати")
        heading_next = j + 1 < len(ctx.lines) and ctx.lines[j + 1].level > 0 and not is_structural(following)
        # (or "Приложение" alone over the title of an example in the attached standard: "Пример письма-представления")
        # (… or, numbered, over the title of the first appendix of rules published alone, however long: "Приложение 1" /
        # "Перечень видов экспертиз, производимых в Центре судебной экспертизы …")
        first_of_rules = (not out and bool(re.search(r"\d", t))
                          and not (start > 0 and marker("ordering").search(ctx.text(start - 1))))
        titled_next = ((bool(out) or first_of_rules)
                       and j + 1 < len(ctx.lines) and 3 < len(following) < (300 if first_of_rules else 100)
                       and following[:1].isupper()
                       and not re.search(r"[.;:,]$", following) and not is_structural(following)
                       and not ctx.lines[j + 1].block)
        # (… or, numbered, right over a drawn form, the first appendix of rules published alone: "Приложение N 1" /
        # "____ наименование органа, осуществляющего …")
        form_next = (bool(out) or first_of_rules) and j + 1 < len(ctx.lines) and ctx.lines[j + 1].block == "form"
        # (the stamp going on under the form's number: "Приложение N 2" / "Форма N 453" / "Утверждена приказом …")
        form_then_stamp = (bool(marker("form_heading").match(following)) and j + 2 < len(ctx.lines)
                           and bool(marker("ru_stamp").match(ctx.text(j + 2))))
        bare = (alone and (bool(out) and bool(re.search(r"\d", t)) or heading_next or titled_next or form_next)
                and not marker("ru_stamp_tail").search(following)
                and not following.lower().startswith("к ") and not marker("ru_stamp").match(t + " " + following)
                and not marker("appendix_stamp").match(t + " " + following)  # ("Приложение 1" / "Правил выдачи …")
                and not marker("stamp_to_end_ru").search(t)  # ("Приложение к" / "Типовым правилам …": to what)
                # (… not when the stamp goes on under it: "Приложение N 2" / "Утверждено" / "решением Алматинского" / …,
                # or under the form's number, MinFin 2000)
                and not marker("ru_stamp").match(following) and not form_then_stamp)
        is_ru = ((marker("ru_stamp").match(t) or bare or (alone and (
            marker("ru_stamp").match(t + " " + following)  # "Приложение 1" / "к приказу …"
            or marker("appendix_stamp").search(t + " " + following)  # "Приложение" / "к профессиональному стандарту"
            or marker("ru_stamp").match(following) or form_then_stamp))  # "Приложение N 1" / "Утверждено" / …
                  ) and not t.startswith('"')) or bool(marker("approval_and_stamp").match(t))
        # an older Kazakh text's "1-қосымша" on its own under the signature or the attachment before: the whole stamp
        kk_bare = (not (approved or appendix or is_ru) and not ctx.lines[j].block
                   and bool(marker("appendix_alone").match(t)) and bool(re.search(r"\d", t)))
        # (a heading right under a stamp is its appendix's title, even one that ends with "қосымша": "Нұсқаулыққа № 2-қосымша"
        # / "нысан" / "## №_____БІЛІКТІЛІК КУӘЛІГІНЕ ҚОСЫМША", the form of an appendix to a certificate)
        titled = bool(out) and ctx.lines[j].level > 0 and j - out[-1][1] <= 2 and not re.search(r"\d", t)
        if (approved or appendix or is_ru or kk_bare) and len(t) < 300 and not _ends_instructing(t) and not titled:
            first = last = j
            if not is_ru and not kk_bare:
                # a table or a fenced block (a form's template) before the stamp is not part of it
                floor = out[-1][1] + 1 if out else start  # not back into the stamp before
                if marker("appendix_stamp").match(t):
                    # a Russian stamp of the rules' appendix names the rules over lines: "Приложение к Правилам" /
                    # "оказания государственной услуги" / "«Выдача проездного документа»"
                    # (… over as many as its blockquote holds: "Приложение к Правилам" / "предоставления в органы
                    # юстиции" / … eleven lines, MinJust 2011 № 321)
                    while last + 1 < len(ctx.lines) and (last - j < 6 or last - j < 16 and ctx.lines[j].quoted
                                                         and ctx.lines[last + 1].quoted) \
                            and _rules_name_goes_on(ctx, last + 1, _quote_open(ctx, j, last)):
                        last += 1
                    last = _own_requisites_under(ctx, last)
                    # … and, naming the order that approved them, goes on to its number, the order's title quoted
                    # before it ('"Учет и отчетность субъектов' / 'малого предпринимательства",' / "утвержденному
                    # приказом" / "и.о. Министра финансов" / "Республики Казахстан" / '"Об утверждении стандарта' / … /
                    # "от 20 февраля 2004 г. N 84"): a whole stamp, from its first word to the number; nothing above
                    # it is its
                    if marker("approved_by_order").search(" ".join(ctx.text(x) for x in range(j, last + 1))):
                        while (last + 1 < len(ctx.lines) and last - j < 14 and _stamp_open(ctx, j, last)
                               and _stamp_tail(ctx, last + 1)):
                            last += 1
                        last = _quoted_title_after(ctx, last)
                        floor = j if not _stamp_open(ctx, j, last) else floor
                    elif marker("appendix_head_ru").match(t):
                        floor = j  # its first words open it: nothing above is its (a signature right above, in a fence)
                # (a stamp that quotes the order's title runs over more lines: '"Хабарлама нысандарын және' / … /
                # 'Ережелерін бекіту туралы"' / "Қазақстан Республикасы Әділет" / … / "бекітілген")
                # (… or names the rules over more short lines, wrapped narrow: "Салық салу саласындағы құқықтарды" /
                # "бұзғаны үшін әкімшілік жаза" / … / "шотынан есептен шығару ережелеріне" / "1-қосымша")
                while (first - 1 >= floor and (j - first < 6 or j - first < 12 and _quote_open(ctx, first, j)
                                               or j - first < 10 and len(ctx.text(first - 1)) < 45
                                               and not ctx.text(first - 1)[:1].isdigit())
                       and (_stamp_line(ctx.text(first - 1), ctx.text(first), _quote_open(ctx, first, j))
                            # (… or, in the stamp's blockquote, its first line the act's own day and number: "> *2017
                            # жылғы 15 қараша № 1433*" / "> *Қазақстан Республикасы*" / … / "> *бұйрығымен бекітілген*")
                            or ctx.lines[first - 1].quoted and ctx.lines[first].quoted and ctx.doc.act is not None
                            and _names_number(ctx.text(first - 1), ctx.doc.act.ref.number)
                            and bool(find_dates(ctx.text(first - 1))))
                       and not ctx.lines[first - 1].block
                       # (not out of its blockquote: the signature right above it, "*Қаржы министрінің*" / "*бірінші
                       # орынбасары*" over "> *Қазақстан Республикасы*" / "> *Қаржы министрлігінің*" / …, MinFin 1999)
                       and not (ctx.lines[first].quoted and not ctx.lines[first - 1].quoted)):
                    first -= 1
                    if marker("approval_and_stamp").match(ctx.text(first)):
                        break  # an approval beside the stamp: its first line is theirs both
            elif is_ru and not bare:
                joint = bool(marker("approval_and_stamp").match(t))  # its lines hold an approval's words too
                # the stamp of an appendix of the rules names no number to end at: it ends with the rules' name ("Приложение
                # 1" / "к Инструкции о выдаче …" / "Заявление-анкета": the form's name is the appendix's title)
                of_rules = bool(marker("appendix_stamp").search(t + " " + following)) \
                    and not marker("act_kind_word").search(t + " " + following)
                # (… the stamp under the form's number read from its first word: "Приложение N 2" / "Форма N 453" /
                # "Утверждена приказом" / … / "N 195")
                opened = last = j + 2 if form_then_stamp else j
                if (of_rules and marker("stamp_to_end_ru").search(t) and last + 1 < len(ctx.lines)
                        and not ctx.lines[last + 1].level and not ctx.lines[last + 1].block):
                    # the rules it is an appendix to on the lines after its preposition ("Приложение к" / "Типовым
                    # правилам проведения" / "внешнего контроля качества" / …): no title of the appendix's
                    last += 1
                    while last + 1 < len(ctx.lines) and last - j < 10 and _rules_name_goes_on(ctx, last + 1,
                                                                                               _quote_open(ctx, j, last)):
                        last += 1
                # (… not into the corner where a form of the rules is approved: "Приложение 3" / "к Правилам посещения" /
                # "«УТВЕРЖДЕН»" / "Начальник специального учебного заведения …", MVD 2023 № 955)
                while last + 1 < len(ctx.lines) and last - j < 8 and _stamp_open(ctx, opened, last) \
                        and not _next_stamp(ctx, last + 1) and (
                        _stamp_tail(ctx, last + 1) and not (of_rules and (_names_form(ctx.text(last + 1))
                                                                          or marker("approval_corner").match(ctx.text(last + 1))))
                        or joint and not ctx.lines[last + 1].level
                        and not ctx.lines[last + 1].block and len(ctx.text(last + 1)) < 300):
                    last += 1  # up to the order's number ("Приложение N 1" is not it)
                last = _joint_stamp_on(ctx, j, last)
                if (last + 1 < len(ctx.lines) and marker("stamp_from_end_ru").search(ctx.text(last))
                        and not ctx.lines[last + 1].level and _starts_with_a_day(ctx.text(last + 1), 0)):
                    # the day on the line after "от" ("маслихата N 28-171 от" / '14 февраля 2014 года "Об' / …), the
                    # act's title quoted after it to its closing quote ("утверждении Регламента" / … / 'маслихата"')
                    last += 1
                    while (_quote_open(ctx, j, last) and last + 1 < len(ctx.lines) and last - j < 14
                           and not ctx.lines[last + 1].level and not ctx.lines[last + 1].block
                           and len(ctx.text(last + 1)) < 90):
                        last += 1
                last = _quoted_title_after(ctx, last)
                if last + 1 < len(ctx.lines) and _stamp_day(ctx, last + 1):
                    last += 1  # … and the day after it ("Алматинской области N 1-9" / "от 14 января 1999 г.")
                last = _title_quoted_on(ctx, j, last)
                if joint and last + 1 < len(ctx.lines) and len(ctx.text(last + 1)) < 40 and (
                        _BLANK_DATE.search(ctx.text(last + 1)) or marker("approval_date_line").match(ctx.text(last + 1))):
                    last += 1  # the approval's day, left blank or written ("24.08.2000 ж."), its last line
            elif kk_bare and ctx.doc.act:
                first = _kk_stamp_above(ctx, j, out[-1][1] + 1 if out else start, ctx.doc.act.ref)
            if approved and out:
                # the order's words name the document it approved, the appendix of which this is ("… N 259 бұйрығымен
                # бекiтiлген" / "Жекеше нотариустың бос орнына" / … / "жөнiнде нұсқаулыққа" / "қосымша"): one stamp
                # (… over as many quoted lines as the stamp's quote holds: "… N 114 бұйрығымен бекітілген" /
                # "Республикалық және жергілікті" / … seven lines of the rules' name … / "жөніндегі Ережеге" /
                # "1-қосымша", MinFin 2004)
                reach = 13 if ctx.lines[last].quoted else 7
                tail = next((x for x in range(last + 1, min(len(ctx.lines), last + reach))
                             if marker("appendix_stamp").search(ctx.text(x - 1) + " " + ctx.text(x))), None)
                if tail is not None and all(_short_plain(ctx, x, 80) and (x - last < 7 or ctx.lines[x].quoted)
                                            for x in range(last + 1, tail + 1)):
                    last = tail
            if not approved and not is_ru and marker("appendix_alone").match(t) and re.search(r"\d", t):
                # the appendix's number over the stamp of the act that approved it ("N 1 қосымша" / "Қазақстан
                # Республикасы" / "Қаржы министрлігінің" / … / "N 437 бұйрығымен бекітілді", MinFin 2004 № 437): one
                # stamp
                end_at = next((x for x in range(j + 1, min(len(ctx.lines), j + 7))
                               if marker("approved_stamp_end").search(ctx.text(x))
                               and marker("approved_by_order").search(ctx.text(x - 1) + " " + ctx.text(x))), None)
                if end_at is not None and all(_short_plain(ctx, x, 80) for x in range(j + 1, end_at + 1)):
                    last = end_at
            if approved and last + 1 < len(ctx.lines) and marker("appendix_alone").match(ctx.text(last + 1)) \
                    and not marker("appendix_alone").match(ctx.text(last)):
                last += 1  # "… № 11-54 шешімімен бекітілген" / "1-қосымша": the appendix's number ends the stamp
                # (… one number: a stamp over the appendices a note deleted lists them, "4-қосымша" / "5-қосымша" / …,
                # each the next one's stamp)
            last = _kk_day_under(ctx, last)  # (a Russian stamp ends with no Kazakh "approved")
            last = _stamp_amended_note(ctx, last)
            outside = next((x for x in range(j + 1, last + 1) if not ctx.lines[x].quoted), None) \
                if ctx.lines[j].quoted else None
            if outside is not None and not marker("form_heading").match(ctx.text(outside)):
                # a stamp set in a blockquote ends with it, however open its words leave it: the short line under the
                # quote is the appendix's own ("> *Приложение 1*" / "> *к Регламенту государственной услуги*" / … /
                # "Таблица 1. Описание действий СФЕ." over its table, a regulation of MVD 2011 № 502); the word "форма"
                # alone stays the stamp's, over the form's name drawn in its table ("СЕРТИФИКАТ", MinJust 2011 № 319)
                last = outside - 1
            text = " ".join(ctx.text(x) for x in range(first, last + 1))
            if marker("stamp_template").search(text) and first > start and ctx.text(first - 1).rstrip(" *_").endswith(":"):
                # a stamp's pattern quoted as an example in the text, its day and number blanks ("… в правом верхнем
                # углу приложения пишется:" / "Утверждено (а)" / "нормативным правовым актом" / "от ______ 1998 года
                # N_____"): the point's words, no appendix
                j = last + 1
                continue
            if out and ctx.doc.act and _names_another_act(text, ctx.doc.act.ref, _acts_said_before(ctx, first)):
                if _reproduced_by(ctx, out[-1], first, text):
                    # the appendix reproduces another act whole, and this is that act's own stamp ("Приложение N 2" /
                    # "Постановление Правительства … от 30 мая 1996 г. N 665" / … / "УТВЕРЖДЕНО постановлением
                    # Правительства … от 30 мая 1996 г. N 665" / "ПОЛОЖЕНИЕ …"): an appendix of that appendix
                    parent = out[-1][2]
                    n = 1 + sum(1 for _, _, p in out if p[:-1] == parent)
                    out.append((first, last, parent + (("appendix", str(n)),)))
                    j = last + 1
                    continue
                # the stamp of another act's appendix right under this act's ("… № 568 бұйрығына 4-қосымша"): the
                # new wording that this act's appendix gives, its heading (a stamp with this act's number or day,
                # a typo in the other, stays this act's)
                j = last + 1
                continue
            _stamp_differs(ctx, text, first)
            n = marker("appendix_number").search(text)
            # (a Russian stamp of an appendix to the attached rules names the order only as theirs: "Приложение 1
            # к СБУ 23 …, утвержденному приказом …")
            # (… its first line alone: "Приложение 1" / "к Стандарту оказания государственной услуги …")
            of_the_act = bool(marker("act_kind_word").search(text)) and not (
                marker("appendix_head_ru").match(t) and marker("appendix_stamp").search(t + " " + following if alone else t))
            kk = marker("appendix_stamp").search(text)
            if kk and kk.group("n2") is None and not marker("appendix_head_ru").match(t) and kk.start() + 2 <= len(text):
                # a Kazakh stamp says whose appendix it is in the word before the number ("… № 662 бұйрығына 4-1-қосымша";
                # "… қаулы бойынша … шығару ережелеріне 1-қосымша": the rules', whatever act it names before)
                # (… or names it the act's own in the genitive: "… № 40-221 шешімнің қосымшасы")
                whose = kk.group("whose") or text[:kk.start() + 2].split()[-1]
                of_the_act = bool(marker("act_kind_word").search(whose))
            num = next((g for g in n.group("n", "n2", "n3", "n4") if g), None) if n else None
            # (… and so does a Kazakh one that is its whole stamp, "2 қосымша" under the drawn form of appendix 1)
            whole_kk = first == last and bool(marker("appendix_alone").match(t))
            if whole_kk and num is None and (digits := re.search(r"\d+(?:-\d+)*", t)):
                num = digits.group(0)
            if (bare or kk_bare or whole_kk) and num and num.isdigit():
                # a bare "Приложение 2" / "2-қосымша" names no act: the act's next appendix, unless it goes on the
                # numbering of the attached rules' own appendices (or starts it); one that goes back on it, a number of
                # theirs already read, is the act's ("2 Қосымша", the list of repealed orders, under the rules'
                # appendices 1 to 4, MinJust 2021 № 386)
                theirs = [int(p[-1][1]) for _, _, p in out if len(p) > 1 and p[-1][1].isdigit()]
                of_the_act = int(num) == count + 1 and (not theirs or int(num) <= theirs[-1])
            if of_the_act and num and num.isdigit() and (
                    anew is not None and int(num) == int(anew[-1][1]) + 1 or unnumbered and count == 1 and num == "1") \
                    and (marker("approved_by_order").search(text) or _rules_give(ctx, out[0][1] + 1, first, num)):
                # the act's one appendix stamped with no number, then stamps numbered from 1 that say the order
                # approved them too ("Утверждены приказом …" over the rules; "Приложение N 1" / "Утверждена Приказом
                # …" over the register book the rules' point 3 gives "согласно приложению N 1", "N 1 қосымша" / "…
                # бұйрығымен бекітілді", MinFin 2004 № 437), or that the rules give forms by ("Приложение 1" / "к
                # приказу Министра финансов …", the application of the rules' point 4, "по форме согласно приложению
                # 1", MinFin 2004 № 114): the rules' appendices
                anew = (("appendix", "1"), ("appendix", num))
                out.append((first, last, anew))
            elif (of_the_act or not out) and _next_page(ctx, out, first, last, (("appendix", num or str(count + 1)),)):
                ctx.head_read.update(range(first, last + 1))  # (read as no text: the appendix goes on under it)
                ctx.take_range(first, last + 1)
            elif of_the_act or not out:
                count += 1
                unnumbered = count == 1 and num is None
                out.append((first, last, _numbered_apart((("appendix", num or str(count)),), out)))
            else:  # an appendix of the attached rules: "... қағидаларына қосымша"
                out.append((first, last, _numbered_apart(_appended_to(ctx, text, out) + (("appendix", num or "1"),), out)))
            j = last + 1
            continue
        if j > start and marker("reproduced_act_head_kk").match(t) and j + 1 < len(ctx.lines) and ctx.doc.act:
            # another act reproduced whole under the order's signature, with no stamp ("Қазақстан Республикасы
            # Үкiметiнiң қаулысы" / "1996 жылғы 30 мамырдағы N 665"): an attachment, its head the act's kind, day and
            # number, when the order names that act above
            said = _acts_said_before(ctx, j) - {ctx.doc.act.ref.number}
            if find_dates(following) and any(n in said for n in _NUMBER_AFTER_SIGN.findall(following)):
                count += 1
                out.append((j, j + 1, (("appendix", str(count)),)))
                j += 2
                continue
        day = _approved_by_official(ctx, j)
        if day is not None:  # '"БЕКІТІЛГЕН"' / "Қазақстан Республикасының" / "Әділет министрі" / "2001 жылғы 11 желтоқсан"
            count += 1
            out.append((j, day, (("appendix", str(count)),)))
            j = day + 1
            continue
        j += 1
    return out


def _appended_to(ctx: Ctx, stamp: str, out: list[tuple[int, int, Path]]) -> Path:
    """The attachment a stamp of an appendix of attached rules names by its title's first words ("Приложение" / "к
    Инструкции по проведению экспертизы …" under the form attached after that instruction): that one, an appendix of
    the rules itself when the stamp names it by its kind's word too ("Приложение" / "к Уведомлению о выплате
    вознаграждения …" under the notice the rules' appendix 1 is, "… хабарламаға қосымша" under the "… ХАБАРЛАМА",
    MinJust 2026 № 99; not a form's agreement "… көрсету туралы келісім" by the words of the rules it is an appendix
    of, "… көмегін көрсетуге қатысу қағидаларына № 2 қосымша"); else the last attachment."""
    stems = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", stamp.lower())}
    scores = []
    for first, last, path in out:
        # (its title under the form's word, when the stamp leaves that out: "Приложение 1 к Правилам …" / "Форма" /
        # "## УВЕДОМЛЕНИЕ о выплате …")
        under = last + 1 + (last + 2 < len(ctx.lines) and bool(marker("form_heading").match(ctx.text(last + 1))))
        if under >= len(ctx.lines):
            continue
        title = [w[:5] for w in re.findall(r"[^\W\d_]{4,}", ctx.text(under).lower())]
        if len(path) > 1 and title and title[-1 if ctx.doc.lang == "kk" else 0] not in stems:
            continue  # (an appendix's own appendix: its kind named too, the title's first word, the last in Kazakh)
        if len(title) >= 3:  # the share of the title's words the stamp names (a Kazakh title's kind comes last)
            scores.append((sum(w in stems for w in title) / len(title), path))
    scores.sort(reverse=True)
    if scores and scores[0][0] >= 0.6 and (len(scores) == 1 or scores[0][0] - scores[1][0] >= 0.15):
        return scores[0][1]
    return out[-1][2][:1]


def _approved_by_official(ctx: Ctx, j: int) -> int | None:
    """The last line of a stamp that an official signed, naming no order (an instruction of 2001: '"БЕКІТІЛГЕН"' /
    "Қазақстан Республикасының" / "Әділет министрі" / "2001 жылғы 11 желтоқсан" over the instruction's title
    heading): its day's line, or None. The stamp's word alone opens it; the day closes it, a heading under it."""
    t = ctx.text(j)
    if ctx.lines[j].level or len(t) > 20 or not marker("stamp_word").fullmatch(t.strip(" *_")):
        return None
    for x in range(j + 1, min(len(ctx.lines) - 1, j + 5)):
        if ctx.lines[x].level:
            return None
        if find_dates(ctx.text(x)) and len(ctx.text(x)) < 40:
            return x if ctx.lines[x + 1].level else None
    return None


def _quote_open(ctx: Ctx, first: int, last: int) -> bool:
    """Do lines first..last close a quotation opened above them (an odd number of quotation marks)?"""
    return sum(ctx.text(x).count('"') for x in range(first, last + 1)) % 2 == 1


def _names_number(text: str, number: str) -> bool:
    """Does a line name this number after its sign ("N 263", "№ 217"), no longer number that starts so?"""
    return bool(re.search(r"(?:№|\bN)\s*" + re.escape(number) + r"(?![\w-])", text))


def _own_requisites_under(ctx: Ctx, last: int) -> int:
    """The last line of a stamp of the rules' appendix that goes on with the act's own day and number, the order's
    stamp run into it ("Приложение к правилам" / "Министра юстиции" / "Республики Казахстан" / "от 14 сентября 2020
    года" / "№ 354", MinJust 2020): the number's line; `last` when the lines under it name no such thing."""
    act = ctx.doc.act
    if act is None or not act.ref.number or not act.ref.date:
        return last
    for k in range(last + 1, min(len(ctx.lines), last + 6)):
        line = ctx.lines[k]
        if line.level or line.block or len(line.text) > 60:
            break
        text = " ".join(ctx.text(x) for x in range(last + 1, k + 1))
        if _names_number(line.text, act.ref.number):
            return k if act.ref.date in {d for d, _, _ in find_dates(text)} else last
    return last


def _quoted_above(ctx: Ctx, k: int, floor: int) -> bool:
    """Is the line above line `k` (not under `floor`) a line of the blockquote `k` stands in?"""
    return (k - 1 >= floor and ctx.lines[k].quoted and ctx.lines[k - 1].quoted
            and ctx.lines[k - 1].last + 1 == ctx.lines[k].first)


def _kk_stamp_above(ctx: Ctx, j: int, floor: int, own: ActRef) -> int:
    """The first line of an older Kazakh stamp that names the body and the order's day and number above the
    appendix's number ("Қазақстан Республикасы IIМ" / "1995 жылғы 20 қараша N 263" / "N 1 қосымша"); else `j`. In a
    blockquote, the stamp's lines above it in that blockquote, when they name the order's day and number, however many
    lines they are set on with no word for the order ("> *Қазақстан Республикасы*" / "> *Әділет министрінің*" / "> *2021
    жылғы 12 мамырдағы*" / "> *№ 386*" / "> *1 қосымша*", MinJust 2021 № 386), or the act's own title."""
    if j - 1 < floor or ctx.lines[j - 1].block:
        return j
    if ctx.lines[j].quoted and ctx.doc.act and ctx.doc.act.title:
        # (… or the act's own title, its kind and number unsaid: "> *Этникалық қазақтар мен*" / … / "> *мерзімдерін
        # бекіту туралы*" / "> *1-қосымша*", MVD 2011 № 570 in Kazakh, the Russian "Приложение 1 к Правилам …")
        title, top = title_stems(ctx.doc.act.title), j
        while j - top < 16 and _quoted_above(ctx, top, floor):
            top -= 1
            if title_stems(" ".join(ctx.text(x) for x in range(top, j))) == title:
                return top
    top = j
    while j - top < 8 and _quoted_above(ctx, top, floor) and len(ctx.text(top - 1)) < 80:
        top -= 1
    if top < j - 1:
        said = " ".join(ctx.text(x) for x in range(top, j))
        if _names_number(said, own.number) and find_dates(said):
            return top
    above = ctx.text(j - 1)
    if not (_names_number(above, own.number) and find_dates(above)
            and len(above) < 80):
        return j
    if (j - 2 >= floor and not ctx.lines[j - 2].block and marker("country_line").match(ctx.text(j - 2))
            and len(ctx.text(j - 2)) < 80 and not marker("signatory_role_end").search(ctx.text(j - 2))):
        return j - 2
    return j - 1


def _unstamped(ctx: Ctx, start: int) -> list[tuple[int, int, Path]]:
    """An attached document an older text gives with no stamp, its title a heading under the signature ("## Түзеу
    мекемелерінің ішкі тәртіп Ережелері"): appendix 1 from that heading (no stamp line of its own)."""
    seen_point = False
    for j in range(start, len(ctx.lines)):
        t = ctx.text(j)
        seen_point = seen_point or bool(re.match(r"^\d+\.\s", t))
        # (in a fence, no heading: the title right under the signature, "Первый вице-Министр финансов" / "Правила …",
        # or under the body and day that issue it, "Министерство финансов Республики Казахстан" / "3 августа 1994 г.")
        # (a Kazakh title may give its kind on the next line: "Орталық аттестациялау комиссия туралы" / "Ереже")
        # (… or a Russian one the act it changes, "Изменения и дополнения" / 'к Инструкции "Об объеме и формах годовой,')
        titled = bool(marker("attached_title").search(t))
        below = not titled and j + 1 < len(ctx.lines) and not ctx.lines[j + 1].level \
            and (len(ctx.text(j + 1)) < 30 or len(t) < 40 and ctx.text(j + 1)[:1].islower()) \
            and bool(marker("attached_title").search(f"{t} {ctx.text(j + 1)}"))
        if not (titled or below):
            continue  # no title here: nothing above it to look at
        head = _issued_above(ctx, start, j)
        signed_above = head is not None
        kind_below = signed_above and below
        if (seen_point or signed_above) and (ctx.lines[j].level or signed_above) \
                and not is_structural(t) and (titled or kind_below):
            own = _own_requisites_above(ctx, start, j)
            return [(head if head is not None else j, own[1] if own else j - 1, (("appendix", "1"),))]
    return _untitled_under_signature(ctx, start)


def _untitled_under_signature(ctx: Ctx, start: int) -> list[tuple[int, int, Path]]:
    """An attached document with no title of its own under the order's signature, its divisions and its points
    numbered from 1 again a few lines down (the Kazakh text of the MVD's fire service charter of 1993, titled as the
    charter: "2. … күшi жойылды деп есептелсiн." / "МИНИСТР iшкi қызмет генерал-майоры" / "Өрт күзетiнiң жауынгерлiк
    жарғысы … белгiлейдi." / "I бөлiм" / … / "I тарау" / "ЖАЛПЫ ЕРЕЖЕЛЕР" / "1. …"): appendix 1 from the line under
    the signature."""
    seen_point = False
    for j in range(start, len(ctx.lines)):
        t = ctx.text(j)
        if re.match(r"^\d+\.\s", t):
            if seen_point and t.startswith("1. "):
                return []  # (points numbered anew with no signature over them: nothing to tell here)
            seen_point = True
            continue
        if not seen_point or not _signature_start(t):
            continue
        heading = next((h for h in range(j + 1, min(len(ctx.lines), j + 7)) if match_heading(ctx.text(h))), None)
        if heading is not None and any(ctx.text(p).startswith("1. ")
                                       for p in range(heading + 1, min(len(ctx.lines), heading + 8))):
            ctx.memo.setdefault("untitled", set()).add(j + 1)  # (no line under it its title: `_attachments`)
            return [(j + 1, j, (("appendix", "1"),))]
        return []
    return []


def _own_requisites_above(ctx: Ctx, start: int, j: int) -> tuple[int, int] | None:
    """(first, last) of the order's own kind, day and number printed over the title of what it approves, the title
    over up to three lines above line j ("БҰЙРЫҚ" / "15.05. 98 г. N 217" / "Мемлекеттiк мекемелердiң … туралы" /
    "Нұсқаулық"); None when there are none."""
    own = ctx.doc.act.ref.number if ctx.doc.act else None
    for n in range(j - 1, max(start, j - 4) - 1, -1):
        t = ctx.text(n)
        if (own and n == j - 1 and ctx.lines[n].quoted and len(t) < 150 and _names_number(t, own)
                and ctx.doc.act.ref.date and ctx.doc.act.ref.date[:4] in t and names_one(t)):
            # (a stamp cut short over the title, its body, day and number but no word of what it appends: "> *Алматы
            # облыстық мәслихатының 2023 жылғы 14 қыркүйектегі № 6-38*" / "# Алматы облысында … тізбесі", 2023)
            return n, n
        if own and len(t) < 40 and re.search(r"\d\.\s?\d", t) and _names_number(t, own):
            kind = n - 1 >= start and ctx.text(n - 1).isupper() and len(ctx.text(n - 1)) < 20
            first = n - 1 if kind else n
            # … under the body that issues it, over one line or two ("Қазақстан Республикасы" / "Қаржы министрлігі" /
            # "БҰЙРЫҚ" / "15.05. 98 г. N 217"): the signature's last line is above them
            for above in (2, 1):
                body = " ".join(ctx.text(x) for x in range(first - above, first))
                if kind and first - above >= start and len(body) < 80 and names_one(body) \
                        and canonical(body) == ctx.doc.act.ref.issuer:
                    return first - above, n
            return first, n
        if re.search(r"[.;:]$", t):
            break
    return None


def _issued_above(ctx: Ctx, start: int, j: int) -> int | None:
    """Where the lines above line j begin that stand between a signature and an attached document's title: j itself
    right under the signature, or the line of the body that issues it with its day ("Министерство финансов
    Республики Казахстан" / "3 августа 1994 г."); None when no signature is right above."""
    if j > start and _signature_start(ctx.text(j - 1)):
        return j
    if (own := _own_requisites_above(ctx, start, j)) is not None:
        return own[0]
    if j - 3 >= start and marker("approval_date_line").match(ctx.text(j - 1)) and names_one(ctx.text(j - 2)) \
            and _signature_start(ctx.text(j - 3)) and not marker("signatory_role").search(ctx.text(j - 2)) \
            and not any(marker("approval").search(ctx.text(x)) for x in range(max(start, j - 6), j - 1)):
        return j - 2  # (not an approval's body and day: '"Келісілген"' / "Қазақстан Республикасының" / "Бас …")
    return None


_NUMBER_SIGN = re.compile(r"№|(?<![\w.])N\s?(?:\d|[^\W\d_]{1,3}-\d)")  # "N 173", "N Л-164" (a letter before it)
_NUMBER_AFTER_SIGN = re.compile(r"(?:№|(?<![\w.])N)\s?(\d[\w-]*)")  # "1996 жылғы 30 мамырдағы N 665": "665"


def _stamp_differs(ctx: Ctx, text: str, first: int) -> None:
    """Report, once, a stamp of this act's appendix that names the act otherwise than its requisites do: its day
    ("Утверждены приказом … от 14 августа 2014 года № 511" under requisites of 15 August, MVD 2014 № 511) or, on the
    act's own day, its number ("2006 жылғы 4 қазанындағы N 31-229" / "… шешіміне" / "қосымша" under requisites of
    № 31-239, the Almaty oblast maslikhat 2006 in Kazakh): the requisites' stand, the text's is worth a look."""
    own = ctx.doc.act.ref if ctx.doc.act else None
    if own is None or not own.date or "stamp_said" in ctx.memo:
        return
    refs = [ref for ref, _, _ in find_act_refs(text)]
    if any(ref.number == own.number and ref.date in (None, own.date) for ref in refs):
        return
    for ref in refs:
        if ref.number == own.number and ref.date:
            said, was = f"dates the act {ref.date}", own.date
        elif ref.date == own.date and ref.number:
            said, was = f"numbers the act № {ref.number}", f"№ {own.number}"
        else:
            continue
        ctx.memo["stamp_said"] = True
        ctx.doc.warnings.append(f"{ctx.file}:{ctx.lines[first].first}: the stamp {said}, its requisites {was}: the "
                                f"requisites'")
        return


def _names_another_act(text: str, own: ActRef, said: frozenset[str]) -> bool:
    """Does a stamp name an act, and not this one (neither its number nor its day), one the act's own text names (the
    act whose appendix an amending act gives anew; `said`: the numbers of the acts it names)? A stamp naming an act
    the text never named is this act's, its requisites mistyped ("… 2003 жылғы 24 қаңтардағы" / "№4 қаулысына" / "№ 3
    қосымша" under appendices "№1-13 қаулысына")."""
    named = [r for r, _, _ in find_act_refs(text)]
    return (bool(named) and not any(r.number == own.number or r.date == own.date for r in named)
            and any(r.number in said for r in named))


def _reproduced_by(ctx: Ctx, stamp: tuple[int, int, Path], first: int, text: str) -> bool:
    """Does the attachment under `stamp` reproduce the act the stamp at `first` names, its title the act's requisites
    ("Приложение N 2" / "к приказу МВД …" / "Постановление" / "Правительства Республики Казахстан" / "от 30 мая 1996
    г. N 665")? Then that stamp is the reproduced act's own, its appendix inside the attachment."""
    # (… or, in Kazakh with no stamp, the act's kind over its day and number: "Қазақстан Республикасы Үкiметiнiң
    # қаулысы" / "1996 жылғы 30 мамырдағы N 665")
    above = stamp[0] if marker("reproduced_act_head_kk").match(ctx.text(stamp[0])) else stamp[1] + 1
    head = " ".join(ctx.text(x) for x in range(above, min(stamp[1] + 4, first)))[:300]
    own = ctx.doc.act.ref.number if ctx.doc.act else None
    reproduced = set(_NUMBER_AFTER_SIGN.findall(head)) - {own}
    return bool(reproduced & {r.number for r, _, _ in find_act_refs(text)})


def _acts_said_before(ctx: Ctx, j: int) -> frozenset[str]:
    """The numbers of the acts the text above line j names (an act's own text, and its attachments above it)."""
    if "acts_said" not in ctx.memo:  # (each line's, once for the text)
        ctx.memo["acts_said"] = [(i, r.number) for i in range(len(ctx.lines)) if not ctx.lines[i].block
                                 for r, _, _ in find_act_refs(ctx.text(i)) if r.number]
    return frozenset(n for i, n in ctx.memo["acts_said"] if i < j)


def _ends_instructing(text: str) -> bool:
    """Does a line end with an amending verb (an instruction about an appendix, not a stamp: "приложение к Инструкции
    Форму № 8 МБ "…" исключить;")?"""
    found = effect_of(text)
    return bool(found) and found[1].end() >= len(strip_quoted(text).rstrip(" ;.")) - 1


def _stamp_open(ctx: Ctx, first: int, last: int) -> bool:
    """Does a Russian stamp read so far go on: no act's number yet ("Приложение N 1" is not it), or the title
    quoted after the number not closed ("№11-54 «Об областном бюджете" / "Алматинской области на 2017-2019 годы»")?"""
    text = marker("appendix_head_ru").sub("", " ".join(ctx.text(x) for x in range(first, last + 1)), count=1)
    sign = _NUMBER_SIGN.search(text)
    return not sign or text.count('"', sign.start()) % 2 == 1


def _title_quoted_on(ctx: Ctx, first: int, last: int) -> int:
    """The last line of a Russian stamp whose last line so far opens the quotation of the act's title ('от 28 июня 2013
    года "Об' / "утверждении границ охранных" / … / '"Городище Карамерген"'): the line that closes it, or the last
    one above the appendix's title heading (a title quoting names inside it may leave its own quotation unclosed);
    else `last` as it is."""
    if not marker("title_quote_opens_ru").search(ctx.text(last)) or not _quote_open(ctx, first, last):
        return last
    k, closed = last, None
    while k + 1 < len(ctx.lines) and k - first < 14 and not ctx.lines[k + 1].level and not ctx.lines[k + 1].block \
            and len(ctx.text(k + 1)) < 90:
        k += 1
        if closed is None and not _quote_open(ctx, first, k):
            closed = k  # (quotes inside the title close early: '… наследия "Городище' / 'Талгар", "Городище Каялык",')
    if k + 1 < len(ctx.lines) and ctx.lines[k + 1].level:
        return k
    return last if closed is None else closed


def _quoted_title_after(ctx: Ctx, last: int) -> int:
    """The last line of a Russian stamp that quotes the order's title after its number, over lines ("от 21 октября
    2004 года N 305" / '"Об утверждении Инструкции об' / … / 'Республики Казахстан"'), the attachment's own title a
    heading under it; else `last` as it is."""
    k = last + 1
    if k >= len(ctx.lines) or not ctx.text(k).startswith('"') or ctx.lines[k].level:
        return last
    quotes = 0
    while k < len(ctx.lines) and k - last <= 8 and not ctx.lines[k].level:
        quotes += ctx.text(k).count('"')
        if quotes % 2 == 0:
            after = k + 1
            while after < len(ctx.lines) and marker("history_note").search(ctx.text(after)):
                after += 1  # the appendix's note between the stamp and its title heading
            # … or the order's own title, whatever comes under it ('"Об уплате некоторых обязательных' / 'платежей в
            # бюджет наличными деньгами"' over a drawn form)
            own = ctx.doc.act and ctx.doc.act.title and key(
                " ".join(ctx.text(x) for x in range(last + 1, k + 1))) == key(ctx.doc.act.title)
            return k if own or after < len(ctx.lines) and ctx.lines[after].level else last
        k += 1
    return last


def _rules_name_goes_on(ctx: Ctx, i: int, quoted: bool = False) -> bool:
    """Does this line go on with the name of the rules a Russian stamp's appendix is of: in lower case, or the
    quoted name of a service ('"Выдача проездного документа"'), or the country's name in it ("систему органов
    юстиции" / "Республики Казахстан"), the rules' day and number after it ("к Инструкции Главной" / "налоговой
    инспекции Минфина" / "Республики Казахстан от 26 августа 1996 г. N 193"); no form's blank ('"___" ________ 20__
    года')? (`quoted`: the lines above opened a quotation not closed yet, a service's name the line goes on with:
    'государственной услуги "Выдача дубликата' / "Свидетельства о регистрации залога" / …, MinJust 2008 № 325)"""
    t, line = ctx.text(i), ctx.lines[i]
    country = marker("country_line").match(t)
    return (line.level == 0 and not line.block and len(t) < 150
            and (t[:1].islower() or bool(re.match(r'"[^\W\d_]', t)) or quoted and len(t) < 90
                 or bool(country) and len(t) < 40 and not re.search(r"\d", t)
                 # (… or the country's name, the rules' name going on in lower case: "Республики Казахстан и" /
                 # "организации работы с ним", joined)
                 or bool(country) and t[country.end():].strip()[:1].islower() and not re.search(r"\d", t)
                 or bool(country) and len(t) < 70 and _starts_with_a_day(t[country.end():].strip(), 4))
            and not is_structural(t) and not marker("history_note").search(t))


def _names_form(text: str) -> bool:
    """Is this line a form's name or the word "Форма" above it, not the rest of a stamp?"""
    return bool(marker("form_name_head").match(text) or marker("form_heading").match(text))


def _closing_signature(ctx: Ctx, start: int, end: int, path: Path) -> tuple[int, Signatory] | None:
    """(first line, signatory) of the signature an attachment ends with, the official who signs it ("Руководитель
    аппарата Акима области" / "С.Жусупова"), after its last sentence; None when it ends otherwise."""
    last = end - 1
    if last - 1 <= start or ctx.lines[last].level or ctx.lines[last].block:
        return None
    name = signed_name(ctx.text(last))
    role = ctx.text(last - 1)
    alone = ctx.text(last)
    if not name and len(alone) < 40 and alone[:1].isupper() and marker("signatory_role").match(alone) \
            and not re.search(r"[\d.;:,]", alone) and re.search(r"[.;:]\"?$", role) and not ctx.lines[last - 1].block:
        # the official's role alone under the attachment's last sentence, no name ("… на соответствующем заседании." /
        # "Министр")
        ctx.take(last)
        return last, Signatory(alone, None, ctx.loc(last), path)
    for first in (last - 1, last - 2):
        # … or that role broken over two or three short lines, no name ("… в установленном законодательством порядке."
        # / "Заместитель начальника" / "Главной налоговой инспекции" / "Минфина Республики Казахстан")
        lines = range(first, last + 1)
        if not name and first - 1 > start and marker("signatory_role").search(ctx.text(first)) \
                and ctx.text(first)[:1].isupper() and re.search(r"[.;:]\"?$", ctx.text(first - 1)) \
                and all(len(ctx.text(x)) < 50 and not re.search(r"[\d.;:,]|_{3}|^\(", ctx.text(x)) and not ctx.lines[x].level
                        and not ctx.lines[x].block for x in lines):
            # (not a form's blanks to sign: "Руководитель финансовой службы ____" / "____" / "(расшифровка подписи)")
            ctx.take(*lines)
            return first, Signatory(" ".join(ctx.text(x) for x in lines), None, ctx.loc(first, last), path)
    first = last - 1
    while (name and (not marker("signatory_role").search(role) or role[:1].islower()) and last - first < 4
           and first - 1 > start and len(ctx.text(first - 1)) < 50 and not re.search(r"[\d.;:]", ctx.text(first - 1))
           and not ctx.lines[first - 1].level and not ctx.lines[first - 1].block):
        # a role broken over short lines ("Начальник областного" / "управления по миграции" / "и демографии"; the
        # body's name may hold a comma, "Начальник управления труда," / "занятости и социальной" / …, "Алматы облыстық
        # еңбек, жұмыспен" / "қамту және халықты әлеуметтік" / "қорғау басқармасының бастығы")
        first -= 1
        role = f"{ctx.text(first)} {role}"
    def ended(at: int) -> bool:
        # (the attachment's last sentence ends it, its full stop left out at times when a long one: "13. Контроль за
        # освоением … осуществляет администратор и уполномоченные государственные органы" / "Руководитель аппарата
        # Акима области" / "Н. Сулейменов"; a line that leads in a list, ending with a colon, does not; or its table
        # does, or a quoted line over a signature not quoted: "> *(ф.и.о., телефон)*" under a form's blanks)
        above = ctx.text(at - 1)
        return bool(re.search(r"[.;:]\"?$", above) or len(above) > 80 and not re.search(r"[:,]\"?$", above)
                    or ctx.lines[at - 1].block == "table" or ctx.lines[at - 1].quoted and not ctx.lines[at].quoted)

    while (name and not ended(first) and last - first < 4 and first - 1 > start and len(ctx.text(first - 1)) < 50
           and not re.search(r"[\d.;:]", ctx.text(first - 1)) and not ctx.lines[first - 1].level
           and not ctx.lines[first - 1].block and marker("signatory_role").search(role)):
        # the body's name broken before a word in capitals, its first line above the last sentence or table ("Алматы
        # облыстық" / "Күші және демография" / "жөніндегі басқарманың бастығы" / "Б. Сабанчиев", under a table)
        first -= 1
        role = f"{ctx.text(first)} {role}"
    if not name or signed_name(role) or not (len(role) < 120 and marker("signatory_role").search(role)
                                             and not re.search(r"[.;:,]$", role) and not ctx.lines[first].block
                                             and ended(first)):
        return None
    ctx.take(*range(first, last + 1))
    return first, Signatory(role, name, ctx.loc(first, last), path)


def _stamp_day(ctx: Ctx, i: int) -> bool:
    """Is a line the day of the act a Russian stamp has named by its number on the line above ("от 14 января
    1999 г."), the stamp's last line?"""
    t = ctx.text(i)
    return _short_plain(ctx, i) and bool(marker("stamp_day_ru").match(t)) and _starts_with_a_day(t, 4)


def _next_stamp(ctx: Ctx, i: int) -> bool:
    """Does line `i` open a stamp of its own, a numbered appendix's first line in a blockquote apart from the line above
    (the stamp of an appendix of the rules whose drawing the text lost, "Приложение 4" / "к Регламенту электронной" /
    … / 'фамилии, имени, отчества"', right over "Приложение 5" / "к Регламенту …", MinJust 2011 № 236)?"""
    line = ctx.lines[i]
    return (line.quoted and line.first > ctx.lines[i - 1].last + 1 and bool(re.search(r"\d", line.text))
            and bool(marker("appendix_alone_ru").match(ctx.text(i))))


def _kk_day_under(ctx: Ctx, last: int) -> int:
    """The last line of a Kazakh stamp that writes the act's day and number under its word "approved" ("№ 1 қосымша" /
    "Алматы облыстық Мәслихатының" / "шешімімен бекітілген" / "1998 жылғы 24 шілдедегі" / "№ 21-170", a maslikhat's
    decision of 1998): the day's line and the number's after it; else `last`."""
    if not marker("approved_stamp_end").search(ctx.text(last)):
        return last
    if last + 1 < len(ctx.lines) and _short_plain(ctx, last + 1) and _starts_with_a_day(ctx.text(last + 1), 0):
        last += 1
        if last + 1 < len(ctx.lines) and _short_plain(ctx, last + 1) and _NUMBER_ALONE.match(ctx.text(last + 1)):
            last += 1
    return last


def _short_plain(ctx: Ctx, i: int, under: int = 40) -> bool:
    """Is a line short and plain, as a stamp's lines are (no heading, no block, under `under` characters)?"""
    return not ctx.lines[i].level and not ctx.lines[i].block and len(ctx.text(i)) < under


_NUMBER_ALONE = re.compile(r"(?:№|N)\s*\d[\w/-]*\s*$")  # an act's number alone on a stamp's line: "№ 21-170"


def _starts_with_a_day(text: str, within: int) -> bool:
    """Does the first day a line names begin within its first `within` characters ("от 14 января 1999 г.")?"""
    dates = find_dates(text)
    return bool(dates) and dates[0][1] <= within


def _joint_stamp_on(ctx: Ctx, first: int, last: int) -> int:
    """The last line of a Russian stamp of a joint act, read up to its first body's number: the next bodies' lines too,
    each up to its number ("Совместному приказу" / "Министра экономики и" / … / "от 24 февраля 2010 года № 93" / "и
    Министра юстиции" / "Республики Казахстан" / "от 18 февраля 2010 года № 50", MinJust 2010 № 50); else `last`."""
    if not marker("joint_act").search(" ".join(ctx.text(x) for x in range(first, last + 1))):
        return last
    while last + 1 < len(ctx.lines) and marker("joint_stamp_next_ru").match(ctx.text(last + 1)):
        k = last + 1
        while not _NUMBER_SIGN.search(ctx.text(k)) and k + 1 < len(ctx.lines) and k - last < 4 and _stamp_tail(ctx, k + 1):
            k += 1
        if not _NUMBER_SIGN.search(ctx.text(k)):
            break
        last = k
    return last


def _stamp_tail(ctx: Ctx, i: int) -> bool:
    """Can this line, read forwards from a Russian stamp's first words, still belong to the stamp?"""
    t, line = ctx.text(i), ctx.lines[i]
    if line.level and _NUMBER_BLANK.search(t):
        return False  # a form's name set as a heading, the blank for its number beside it ("## Разрешение №_____")
    if marker("ru_stamp_tail").search(t):
        return True
    # (a longer line in the stamp's blockquote goes on from a preposition the line above ends with: "к Правилам
    # рассмотрения заявки на" / "товарный знак в соответствии с" / "Мадридским соглашением о международной регистрации
    # знаков и Протоколом к Мадридскому соглашению …", MinJust 2018 № 1350)
    wrapped = line.quoted and ctx.lines[i - 1].quoted and bool(marker("hanging_word").search(ctx.text(i - 1)))
    return (line.level == 0 and not line.block and (len(t) < 90 or wrapped and len(t) < 250) and not is_structural(t)
            and not marker("history_note").search(t) and not marker("approval").search(t))


def _signed_with_role(text: str) -> bool:
    """A signature on one line, the official's role and name ("Министр Б. Жәмішев")."""
    m = _ROLE_AND_NAME.match(text)
    return bool(m and marker("signatory_role").search(m.group("role")))


def _stamp_amended_note(ctx: Ctx, last: int) -> int:
    """The stamp's last line, with its own note in brackets under it when it gives one ("(с изменениями в соответствии с
    приказом" / "МВД РК от 27 сентября 2000 г. N 519)"; Kazakh "(ҚР Iшкiiсминiнiң" / … / "сәйкес өзгертулермен)"): the
    note's closing line."""
    k = last + 1
    if k >= len(ctx.lines) or ctx.lines[k].level or ctx.lines[k].block:
        return last
    joined = ctx.text(k)
    if not marker("stamp_amended_note").match(joined) and not (joined.startswith("(") and any(
            marker("stamp_amended_note").match("(" + ctx.text(x)) for x in range(k + 1, min(len(ctx.lines), k + 4)))):
        return last
    for x in range(k, min(len(ctx.lines), k + 6)):
        if x > k:
            joined += " " + ctx.text(x)
        if ctx.lines[x].level or ctx.lines[x].block or len(ctx.text(x)) > 80:
            return last
        if joined.count("(") <= joined.count(")"):
            return x
    return last


def _stamp_line(text: str, after: str, quoted: bool = False) -> bool:
    """Can this line, read backwards from a stamp's marker, still belong to the stamp (`after`: the line
    after it, already read)? Not the end of a signature's role followed by the stamp's own first line, the
    country's name ("Ішкі істер министрі" / "Қазақстан Республикасы" / "Ішкіісминінің" / "… N 1 қосымша");
    a stamp may name the minister so itself ("… қорғау министрі" / "2026 жылғы 10 сәуірдегі" / "№ 129")."""
    # (an organisation's last word whose line goes on in lower case is a word of the stamp's title: "құқық беретін сот" /
    # "сарапшысының біліктілік", a court expert's)
    return not (marker("org_name_end").search(text) and not after[:1].islower() or marker("approval").search(text)
                # a form's field ("Таныстым, көлік құралының иесі(қолы)______"), or a sentence's last line, its verb
                # last ("белгісінің өзгергені туралы жазылады"), above the stamp of the next appendix
                or "_" * 16 in text or marker("sentence_verb_end").search(text)
                or re.search(r"[.;:]\"?$", text) and not marker("acting_abbreviation").search(text)
                and not marker("year_abbreviation_end").search(text)
                or re.match(r"\d+(?:-\d+)*[.)]\s|\d+(?:\.\d+)+\s", text)  # a numbered point ("4. Аудармашы", "24.13 …")
                or "\t" in text or signed_name(text) or _signed_with_role(text)
                # a remark closing a line of a list above ("палатаның төрайымы (келiсiм бойынша)"), not a line of the
                # title the stamp quotes (`quoted`: its quotation open below: "… бойынша сыртқы (көрнекі)")
                or text.endswith(")") and not quoted
                or marker("rank_line").match(text)  # "генерал-лейтенант": a signature's last line
                # an approval's day, not the stamp's own day right above its number ("2015 жылғы 24 ақпан" / "№ 110 бұйрығымен")
                or marker("approval_date_line").match(text) and not marker("stamp_number_kk").match(after)
                or marker("signatory_role_end").search(text) and marker("country_line").match(after)
                # (… or any first line of the stamp but its day or number: the body's name in the genitive,
                # "Облыстық мәслихаттың хатшысы" / "Алматы облыстық мәслихатының" / '2008 жылғы "17" қаңтарындағы №N
                # 6-35' / …, or the title it quotes, "Министр" / '№"Орталық және жергілікті' / …)
                # (… unless the line below goes on in lower case: the role names whose order it is, "… жөніндегі комитеті
                # төрағасы" / "вице-министр бұйрығымен" / "бекітілген", MVD 2006 № 116)
                or marker("signatory_role_end").search(text) and not find_dates(after) and not after[:1].islower()
                and not re.search(r"(?:№|\bN)\s*\d", after) and not marker("acting_below").match(after)
                # a day, a year or a blank above the country's name is the approval's, above the stamp ("2016 жылғы 28
                # қантар", "_________________ 2015 жылғы")
                # (… not a joint act's stamp, its first body's number and "and" above the next body's country: "№ 93
                # және" / "Қазақстан Республикасы")
                or marker("country_line").match(after) and re.search(r"\d|__", text)
                and not marker("joint_stamp_and").search(text)
                # a name closing a signature whose role began on the line above ("атқарушы Д. Құсдәулетов")
                or marker("country_line").match(after) and bool(_ROLE_AND_NAME.match(text)))


def _units_until(ctx: Ctx, i: int, act: ActRef) -> list[Amendment]:
    """A paragraph of the act's own operative point that says units of its appendices apply up to a day ("При этом
    установить, что пункты 20, 22, 35 и 37 Приложения 1 к настоящему приказу, пункт 8 Приложения 2 … действуют по 31
    декабря 2025 года включительно.", MinFin 2025 № 325): an Expiry of each unit, its last day that one."""
    text = ctx.text(i)
    m = marker("own_units_until").search(text)
    if not m:
        return []
    kk = m.group("units_kk") is not None
    until = (find_dates(text[m.end("units_kk"):]) or [(None,)])[0][0] if kk else until_date(text[m.end("units"):])
    paths = [p for p in unit_paths(unit_refs(m.group("units_kk") if kk else m.group("units")), "kk" if kk else "ru") if p]
    if until is None:
        return []
    return [Amendment(act, act, path, "Expiry", text, until=until, loc=ctx.loc(i)) for path in paths]


def _operative_end(ctx: Ctx, start: int, stop: int) -> int:
    """The operative part ends after the entry-into-force point, at the first line that is no point."""
    seen_force = seen_point = False
    j = start
    while j < stop:
        t = ctx.text(j)
        if re.match(r"^\d+\.\s", t) and in_force_of(t, None) is not None and not is_opener(t) \
                and not marker("deleted_in_place").match(t):
            # (a point kept as the record of its deletion names the day of the act that deleted it: "10. Исключен
            # решением маслихата … от 22.02.2013 № 14-83 (вводится в действие с 1 января 2013 года).")
            seen_force = True
        elif seen_force and not re.match(r"^\d+[.)]\s", t) and not marker("history_note").search(t) \
                and not (ctx.lines[j].indented and not _signature_start(t) and not signed_name(t)) \
                and (re.search(r"[.;:!?)\"*]\s*$", ctx.text(j - 1)) or len(t) < 80 and _signed_with_role(t)
                     # … or a role over the country's name, after a last point whose stop is missing ("… юстиции
                     # Республики Казахстан" / "Министр юстиции" / "Республики Казахстан")
                     or j + 1 < stop and _signature_start(t) and marker("signatory_role").match(t)
                     and marker("country_line").match(ctx.text(j + 1)) and len(ctx.text(j + 1)) < 40
                     # … or a role on a line of its own, the name alone on the next ("… және ресми жариялануы тиіс" /
                     # "Қазақстан Республикасы Ішкі істер Министрі" / "Е. Тургумбаев", MVD 2021 № 134)
                     or j + 1 < stop and _signature_start(t) and bool(signed_name(ctx.text(j + 1)))
                     # … or a role broken over short lines ("… қолданысқа енгізіледі" / "*Облыстық мәслихат*" /
                     # "*сессиясының төрағасы*", Almaty oblast maslikhat 2006 № 34-257)
                     or _role_broken(ctx, j, stop)):
            # (a history note of a point after it does not end them: "Ескерту: 3-тармағындағы …"; nor the end of
            # its sentence wrapped onto a paragraph of its own: "… в Министерстве юстиции" / "Республики Казахстан."; a
            # name alone, indented under the point, does: the signature with no role, "   **К. Байгоджаев**", Almaty
            # oblast maslikhat 2024 № 27-145;
            # an official's role and name do, after a point whose last stop is missing: "… опубликования" /
            # "Министр Б. Имашев")
            return j
        elif (seen_point or j > start or j > 0 and marker("ordering").search(ctx.text(j - 1))) \
                and _signature_opens(ctx, j, stop) and (re.search(r"[.;)]\"?$", ctx.text(j - 1))
                                                         or j + 1 < stop and _signature_start(t)
                                                         and bool(signed_name(ctx.text(j + 1)))):
            # an older order names no day of entry into force: its points (or its one sentence, no point: "В
            # соответствии с … утвердить прилагаемые …", its ordering line itself) end where the signature starts
            # (after a point that ends with the name of the official in charge in brackets, its stop left out: "…
            # (Улдарбеков Б.)"; after any point whose stop is missing when a role stands on its line and a name on the
            # next: "… согласно приложений № 1, № 2 ,№ 3" / "**Председатель сессии Областного маслихата**" / "**С.
            # Ашенов**", the Almaty oblast maslikhat 2001 № 17-113)
            return j
        seen_point = seen_point or bool(re.match(r"^\d+\.\s", t))
        if t.startswith('"') and (t.count('"') % 2 or re.search(r'"\s*[;.,]?\s*$', t)) \
                and not (effect_of(t) and re.search(r"[;.]$", t) and not re.search(r'"\s*[;.,]?\s*$', t)):
            # a new wording, quoted over lines (not an instruction that opens with a quoted name:
            # '"… орналасуы" деген N 4 қосымша … редакцияда жазылсын;', its quotes odd for a stray one: '"I. Түсiмдер
            # барлығы" деген жол бойынша«21042606 саны 22149126 санына ауыстырылсын;')
            from .amend import read_block

            _, j = read_block(ctx, j, stop)
            continue
        j += 1
    return stop


def _signature_start(text: str) -> bool:
    """Is a line the first of a signature: an official's role or the country's name, short, not a sentence?"""
    return (len(text) < 120 and not re.match(r"^(?:\d+[.)]|\")", text) and not re.search(r"[.;:,]\"?$", text)
            and bool(marker("signatory_role").search(text) or marker("country_line").match(text)
                     or marker("signature_placeholder").match(text))
            and not marker("history_note").search(text))  # a note broken before its act ("… Әділет министрлігінің")


# a signatory's initials and surname closing the line of their role
_TRAILING_NAME = re.compile(r"\s+(?:[А-ЯӘІҢҒҮҰҚӨҺЁ]\.\s?){1,2}[А-ЯӘІҢҒҮҰҚӨҺЁ][\w'’-]+$")


def _role_broken(ctx: Ctx, j: int, stop: int) -> bool:
    """Is line j the first of a few short lines an official's role is broken over, its role word on the line after
    or the one after that ("Алматы облыстық" / "Мәслихаты сессиясының" / "төрағасы", a signature with no name)?"""
    near = [_TRAILING_NAME.sub("", ctx.text(k)) for k in range(j, min(stop, j + 3))]  # ("сессиясының төрағасы А.Зияданов")
    if len(near) < 2 or any(len(x) >= 50 or re.search(r"[\d.;:,\"]", x) for x in near[:2]):
        return False
    return bool(marker("signatory_role").search(near[1]) or len(near) == 3 and marker("signatory_role").search(near[2]))


def _signature_opens(ctx: Ctx, j: int, stop: int) -> bool:
    """Does a signature start at line j: its role's first line, or the first of the lines a role is broken over when
    what follows the role is no text of the act (its end, a heading, a name, or another role)?"""
    if _signature_start(ctx.text(j)):
        return True
    if marker("signatory_role").search(ctx.text(j)) or not _role_broken(ctx, j, stop):
        return False
    k = j + 1 if marker("signatory_role").search(ctx.text(j + 1)) else j + 2
    after = k + 1
    return (after >= stop or bool(ctx.lines[after].level) or _signature_start(ctx.text(after))
            or _role_broken(ctx, after, stop) or bool(signed_name(ctx.text(after))))


def _standing_under(current: Path | None) -> Path | None:
    """The unit a note under `current` (the unit last read) is about: its point, or the paragraph itself."""
    if not current:
        return None
    at = next((k for k, step in enumerate(current) if step[0] == "point"), None)
    return current[:at + 1] if at is not None else current


def _list_signature(ctx: Ctx, start: int, end: int) -> int:
    """The lines of the signature under a list of changes (0: none): its last line an official's role, with the
    line of rank above it where the role runs over two ("Салық қызметінің II дәрежелі" / "Мемлекеттік кеңесшісі")."""
    if end <= start or not _signature_start(ctx.text(end - 1)):
        return 0
    above = ctx.text(end - 2) if end - 2 > start else ""
    rank = len(above) < 60 and re.search(r"\b[IVX]+\b", above) and not re.search(r"[.;:,\"]$", above) \
        and not re.match(r"^\d+[.)]", above)
    return 2 if rank else 1


def _contents_end(ctx: Ctx, j: int, end: int) -> int:
    """The end of a table of contents opening at line j: headings alone, one after another, the division the first
    names named again after at least three of them, its text under it this time ("### 1-БӨЛІМ" / "#### 1-ТАРАУ. Жалпы
    ережелер" / "### 2-БӨЛІМ" / … / "### 1-БӨЛІМ 1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР" / "1. Осы Нұсқаулық …", MinJust 1998 N 539):
    the line where the divisions begin; j itself when no table of contents opens there."""
    first = match_heading(ctx.text(j)) if ctx.lines[j].level else None
    if not first:
        return j
    k = j + 1
    while k < min(end, j + 300) and ctx.lines[k].level and (again := match_heading(ctx.text(k))):  # (a contents' length)
        if again[:2] == first[:2]:
            # (its text under it, or under the heading or two that follow it: "### 1-БӨЛІМ 1-ТАРАУ. …" splits in two)
            text_under = any(not ctx.lines[x].level for x in range(k + 1, min(end, k + 4)))
            return k if k - j >= 3 and text_under else j
        k += 1
    return j


def _region(ctx: Ctx, act_ref: ActRef, start: int, end: int, base: Path, act=None,
            title: str | None = None, alone: bool = False) -> tuple[Found, Act | None]:
    """Read operative points or an attachment (`title`: its title; `alone`: the points of a text published alone,
    no order's): structure, amendments, notes; with the act (its entry into force, when a point of the operative
    part states it)."""
    b = Builder(act_ref, base, operative=not base and not alone,
                listed=bool(title and marker("positions_list_title").search(title)))
    out = Found()
    doc_act = ctx.doc.act.ref
    # a list of changes to one act, named in its title (the act's own, or the attachment's): its points amend that act
    first_point = next((x for x in range(start, min(end, start + 8)) if re.match(r"^\d+\.\s", ctx.text(x))), start)
    changes = change_list_target((title if base else ctx.doc.act.title) or "", doc_act.issuer,
                                 [ctx.text(x) for x in range(max(0, start - 3), first_point)])
    if changes is not None and not base:
        ctx.take(*range(start, first_point))  # the list's preamble, naming the act it amends, and its title again
    # the list of changes signed under its last point
    signed = _list_signature(ctx, start, end) if changes is not None else 0
    headings = _numbered_headings(ctx, start, end) if base and b.listed is None else set()
    legends = _legends(ctx, start, end) if base else set()
    j = start
    while j < end:
        t = ctx.text(j)
        if j in ctx.head_read or j in ctx.understood and not is_structural(t) and (
                ctx.lines[j].level or j > start and marker("form_name_head").match(t)
                and bool(marker("history_note").search(ctx.text(j - 1)))):
            # a title heading read already (an attachment's, under its note), not a division to enter (or a form's
            # name in a paragraph under the note: "Реестр разрешений N ___")
            j += 1
            continue
        if j in ctx.wording:  # a quoted wording of another act's units ("«12. …»"): its lines are its point's text
            b.quoted(t, ctx.loc(j))
            j += 1
            continue
        if (contents := _contents_end(ctx, j, end)) > j:
            ctx.take(*range(j, contents))  # the table of contents: headings that come again over their text
            j = contents
            continue
        if marker("editors").match(t):
            j = _editors(ctx, j, end)
            continue
        if marker("zqai_note").match(t) and len(t) < 40:
            j = _editor_note(ctx, j, end, out)
            continue
        if _other_language_note(ctx, j):
            j += 1
            continue
        if marker("history_note").search(t):
            found = read_note(ctx, j, act_ref, base, ReadSoFar(ctx.doc.units, out.units, b), _standing_under(b.current))
            if found:
                out.amendments += found[0]
                out.acts += found[1]
                j = max(j, ctx.note_end)  # a note broken over two lines: both read
                if ctx.text(j).rstrip(" *_").endswith(";"):  # records under it, the acts named after them
                    more, acts, after = note_records(ctx, j + 1, act_ref, base, ReadSoFar(ctx.doc.units, out.units, b))
                    out.amendments += more
                    out.acts += acts
                    j = after - 1
            elif cross := _cross_referenced_note(ctx, j, act_ref, base):
                out.amendments += cross
            elif not find_act_refs(t) and (b.current or b.intro and b.path == b.base and not effect_of(t, "note")
                                           or not marker("history_note").sub("", t, count=1).strip(" *_")) \
                    and b.feed(t, ctx.loc(j)):
                # a footnote that names no act ("Сноска. В дальнейшем именуются владельцами."), or the bare label of a
                # form's own footnotes ("Ескерту:" / "* тәуекелдерді басқару жүйесінің нәтижесі бойынша …"): text; so
                # is a form's remark among the attachment's own paragraphs ("Ескерту: акті 3 данада жасалады, …", the
                # Russian "Примечание: акт составляется в 3-х экземплярах …", MinJust 2001 № 148 in Kazakh)
                ctx.take(j)
            j += 1
            continue
        if not base and re.match(r"^\d+\.\s", t):
            found = suspended(ctx, j, end, doc_act)
            out.amendments += found[0] or interim_point(ctx, j, end, doc_act, out)
            out.acts += found[1]
        if is_opener(t):
            if re.match(r"^\d+\.\s", t) and not base:
                b.feed(t, ctx.loc(j))
            j = parse_amending(ctx, j, end, doc_act, out)
            continue
        said = parse_said_act(ctx, j, end, doc_act, out) if not base and re.match(r"^\d+\.\s", t) else None
        if said is not None:  # "2. Көрсетiлген шешiмiнiң N 1 қосымшасы … жаңа редакцияда баяндалсын."
            b.feed(t, ctx.loc(j))
            j = said
            continue
        if signed and j == end - signed:
            out.signatories.append(Signatory(" ".join(ctx.text(k) for k in range(j, end)), None, ctx.loc(j, end - 1)))
            ctx.take(*range(j, end))
            j = end
            continue
        if changes is not None and (re.match(r"^\d+\.\s", t) or effect_of(t) and unit_refs(t)):
            # (an older list gives its instructions unnumbered: "Пункт 2 дополнить текстом следующего содержания:")
            if re.match(r"^\d+\.\s", t):
                b.feed(t, ctx.loc(j))
                if broken_instruction(ctx, j, end - signed, re.sub(r"^\d+\.\s+", "", t)):
                    b.feed(ctx.text(j + 1), ctx.loc(j + 1))  # the point's sentence goes on in the next paragraph
            j = parse_change_point(ctx, j, end - signed, doc_act, changes, out)
            continue
        if act is not None and re.match(r"^\d+\.\s", t) and not marker("deleted_in_place").match(t):
            f = in_force_of(t, act.ref.date, act.ref.registration_date)
            if f:
                # "... қолданысқа енгізіледі және 2023 жылғы 31 желтоқсанға дейін қолданылады": the act's last
                # day (a sentence that names a point of its own is that point's, read from its note)
                until = in_force_until(t)
                until = None if until and unit_refs(t) else until
                act = replace(act, in_force=act.in_force or f[0], in_force_rule=act.in_force_rule or f[1],
                              until=act.until or until, applies_from=act.applies_from or applies_from(t),
                              not_before=act.not_before or in_force_not_before(t))
        if not base and (later := deferred_wording(ctx, j, end, doc_act) or _units_until(ctx, j, doc_act)):
            out.amendments += later  # (its line the point's text, a quote under it too: the wording's own lines)
        if not base:
            _repeal_lead(ctx, j, end)
        if repeal_listed(ctx, j, doc_act, out):
            ctx.take(j)
        if _FOOTER.search(t) or marker("form_heading").match(t):
            ctx.take(j)
        elif b.feed(t, ctx.loc(j), ctx.lines[j].block,
                    ctx.lines[j].level or (2 if j in headings else 1 if j in legends
                                           else int(_unnumbered_heading(ctx, j, end))),
                    ctx.lines[j].opens, ctx.lines[j].indented, ctx.lines[j].item):
            ctx.take(j)
            gone = deleted_in_place(ctx, j, b.current or (), act_ref)
            if gone:  # its own words are not the unit's text: only the record that it was deleted
                out.amendments += gone
                out.acts += [Act(g.amending, None, in_force_rule=g.in_force_rule, loc=g.loc) for g in gone]
                b.forget_text(b.current)
            if (repeals_here(t) or not base and re.match(r"^\d+\.\s", t) and strikes_elsewhere(t, doc_act)) \
                    and ctx.lines[j].block != "form":
                # (not a form's template: "… отменить распоряжение № ____ от «_____» 20____ года о приостановлении …",
                # the blanks a body fills when it cancels its own order)
                from .amend import Amending

                Amending(ctx, doc_act, act_ref, out).instruction(j, t, end)
        j += 1
    if not base:  # the operative sub-points a note or an exception from the entry into force names are units (the
        # others stay their point's text: "… за исключением подпункта 3) пункта 1 настоящего приказа, который вводится
        # в действие с 1 июля 2026 года")
        excepted = {((("point", p[1]),), sub[1])
                    for _, _, refs, own in _in_force_exceptions(act.in_force_rule if act is not None else None)
                    if own and len(refs) == 2 for p in refs[0] if p[0] == "point" for sub in refs[1] if sub[0] == "subpoint"}
        b.items_as_units({(a.path[:1], a.path[1][1]) for a in out.amendments if a.target_act == act_ref
                          and len(a.path) > 1 and a.path[0][0] == "point" and a.path[1][0] == "subpoint"} | excepted)
    units, positions, entries = b.result()
    for loc, kind, given, read in b.renumbered:
        ctx.doc.warnings.append(f"{ctx.file}:{loc.line}: {kind} {given} again, under another heading: read as {kind} "
                                f"{read}, and the {kind}s after it one number on")
    out.units += units
    out.positions += positions
    out.index_entries += entries
    return out, act


def _addressee_quoted(ctx: Ctx, k: int) -> bool:
    """Is a line of a form's addressee in its corner, quoted, a heading right under the corner ("> *Председателю
    конкурсной комиссии*" / "> *____области*" / "> *от____*" / … / "## Заявление")?"""
    def corner(x: int) -> bool:
        return ctx.lines[x].quoted and not ctx.lines[x].level and not ctx.lines[x].block \
            and not marker("history_note").search(ctx.text(x))

    if not corner(k):
        return False
    first, last = k, k
    while first > 0 and corner(first - 1):
        first -= 1
    while last + 1 < len(ctx.lines) and corner(last + 1):
        last += 1
    return (last - first < 8 and last + 1 < len(ctx.lines) and bool(ctx.lines[last + 1].level)
            and bool(marker("form_addressee").match(ctx.text(first))))


def _numbered_headings(ctx: Ctx, start: int, end: int) -> set[int]:
    """The lines of an attachment that are its divisions' numbered headings in plain paragraphs: the attachment numbers
    its top lines 1, 2, 3 … once through, and at least half of them are short names, no sentence nor verb, a paragraph
    (no numbered one, none going on in lower case) under each (a regional programme of 1999: "1. Пайдалы тамақтануға
    көмектесу стратегиясы" / "Мақсаты - …" / "- …" / "## … шараларының жоспары" / its table / "2. Дене тәрбиесі мен
    спортты дамыту стратегиясы"):
    each a chapter's heading, what follows it the chapter's. Points numbered with decimals, or anew, are read as they
    are (their headings are found by the points under them)."""
    numbered, named = [], []
    for j in range(start, end):
        line = ctx.lines[j]
        if line.block or line.level:
            continue
        t = ctx.text(j)
        if re.match(r"^\d+\.\d", t):
            return set()
        m = re.match(r"^(\d+)\.\s+(\S.*)$", t)
        if not m:
            continue
        numbered.append(int(m.group(1)))
        name = m.group(2)
        if (len(name) <= 120 and name[:1].isupper() and not re.search(r"[.;:,]\W*$", name)
                and not marker("finite_verb").search(name) and j + 1 < end and not ctx.lines[j + 1].level
                and not re.match(r"^\d+[.)]", ctx.text(j + 1))
                # (a line going on in lower case is a sentence wrapped over paragraphs: "1. Осы куәлік төменде
                # көрсетілген көлік құралының, жол" / "қозғалысының Ережелеріндегі, …", MVD 2003 № 87's form)
                and not ctx.text(j + 1)[:1].islower()
                # (… nor a short piece of a table's row, no sentence: a list of licensed firms whose columns the
                # portal ran together, "1. Закрытое акционерное общество г. Алматы "Артур Андерсен" лицензия серии"
                # / "МФЮ N 0000002", MinFin 2001 № 173)
                and (ctx.lines[j + 1].block or len(ctx.text(j + 1)) >= 40 or re.search(r"[.;:]$", ctx.text(j + 1)))):
            named.append(j)
    if numbered != list(range(1, len(numbered) + 1)) or len(named) < 2 or 2 * len(named) < len(numbered):
        return set()
    return set(named)


def _legends(ctx: Ctx, start: int, end: int) -> set[int]:
    """The lines of an attachment that head a legend of abbreviations, a line of it under each ("Ескертпе:" / "ЖШС –
    жауапкершілігі шектеулі серіктестігі.", the Almaty Region Maslikhat's list of 2023), and a note closing the
    attachment, no point after it ("Примечание: конкурс на занятие вакантных должностей … не проводится.", the
    Kazakh "Ескертпе: …", under the last point of the MVD's list of positions of 2016; or its word alone over its
    sentences, "Примечание:" / "…"): fed as headings, so that the legend or the note is the attachment's own
    paragraphs, no part of the point above it."""
    def last(j: int) -> bool:
        return not any(_NUMBERED_POINT.match(ctx.text(x)) or re.match(r"^\d+\)\s", ctx.text(x)) or ctx.lines[x].level
                       for x in range(j + 1, end))
    return {j for j in range(start, end) if not ctx.lines[j].block and not ctx.lines[j].level
            and (j + 1 < end and marker("legend_heading").match(ctx.text(j))
                 and (marker("abbreviation_defined").match(ctx.text(j + 1)) or last(j))
                 or marker("closing_note").match(ctx.text(j)) and last(j))}


def _unnumbered_heading(ctx: Ctx, j: int, end: int) -> bool:
    """Is a line a heading with no number among the points, in plain paragraphs: short, capitalised, no sentence's
    end, after a sentence that ended and over a numbered point (an audit standard of 1999: "Изучение" / "20. Изучение
    заключается в проверке записей …")? It is then read as a heading: a paragraph of the division, no part of the
    point above it."""
    t = ctx.text(j)
    if ctx.lines[j].level or ctx.lines[j].block or not 0 < j < end - 1 or len(t) > 80 or "\t" in t:
        return False
    if not t[:1].isupper() or re.search(r"[.;:,!?)]\W*$", t) or not _NUMBERED_POINT.match(ctx.text(j + 1)):
        return False
    return bool(re.search(r"[.;:]\W*$", ctx.text(j - 1))) and not ctx.lines[j - 1].level


def _extract(ctx: Ctx, k: int) -> tuple[int, Found] | None:
    """An extract of another act the editors put above this act's own text ("Извлечение из приказа" / "Министра
    юстиции … от 16.10.2003г. N 218" / its preamble and points / its signature), this act's own preamble and ordering
    word below: (the index of this act's ordering word, the extract's events: what its points do, by that act)."""
    head = next((i for i in range(k) if marker("extract_head").match(ctx.text(i))), None)
    if head is None:
        return None  # (no extract: the rest of the text is not searched for a second ordering word)
    after = next((i for i in range(k + 1, len(ctx.lines)) if marker("ordering").search(ctx.text(i))), None)
    if after is None:
        return None
    refs = find_act_refs(" ".join(ctx.text(i) for i in range(head, k)))
    if not refs:
        return None
    extract_act, out = refs[0][0], Found()
    out.acts.append(Act(extract_act, loc=ctx.loc(head, k - 1)))
    from .amend import Amending, suspended

    for i in range(k + 1, after):
        t = ctx.text(i)
        found = suspended(ctx, i, after, extract_act) if re.match(r"^\d+\.\s", t) else ([], [])
        out.amendments += found[0]
        out.acts += found[1]
        if not found[0] and repeals_here(t):
            Amending(ctx, extract_act, extract_act, out).instruction(i, t, after)
    out.amendments = [replace(ev, from_note=True) for ev in out.amendments]  # an editors' insert, as a note is
    # its words as written, the act's editors' note: the extract's preamble and points say more than its events (its
    # own entry into force, "2. Настоящий Приказ вводится в действие с момента его подписания.")
    ctx.editor_notes.append(" ".join(ctx.text(i) for i in range(head, after) if ctx.text(i).strip()))
    ctx.take_range(head, after)
    return after, out


def _repeal_lead(ctx: Ctx, j: int, end: int) -> None:
    """A point that leads in to a list whose last item ends with the repeal ("2. Мыналардың:" / … / "2) … күші жойылды
    деп танылсын."): the items before it are the acts it repeals, read as a list announced. A lead-in that names the
    acts' body ("3. Қазақстан Республикасы Ішкі істер министрінің:", its items a title, day and number each) gives
    the items that body, when a register knows it."""
    body = None
    if not marker("repeal_lead").match(ctx.text(j)):
        m = marker("repeal_lead_body").match(ctx.text(j))
        body = canonical(m.group("body")) if m else None
        if body is None or not body.en:
            return
    k = j + 1
    while k < end and not re.match(r"^\d+\.\s", ctx.text(k)) and not ctx.lines[k].level:
        k += 1
    if k - 1 > j and repeals_here(ctx.text(k - 1)):
        ctx.pending_repeal = ctx.text(k - 1)
        ctx.repeal_body = (j + 1, k, body) if body else None
        ctx.repeal_lead_at = j  # (its items may be the point's paragraphs, unnumbered: "2. Мыналардың:" / "… № 41 …
        # бұйрығы (…);" / "… № 210 … бұйрығы (…) күші жойылды деп танылсын.", MinJust 2015 № 296)


def _editor_note(ctx: Ctx, j: int, end: int, out: Found) -> int:
    """The portal's editors' note inside the text ("Примечание РЦПИ!" / "Приказ … N 105 утратил силу приказом … N 46."):
    a note of the act, not its words; the line after it. A note that an act lost force by another (most often an
    order that amended this text) records that act's repeal in `out`."""
    ctx.take(j)
    note = ctx.text(j)
    k = j + 1
    if k < end and not ctx.lines[k].level and not ctx.lines[k].block and not re.match(r"^\d+[.)]\s", ctx.text(k)) \
            and not marker("history_note").search(ctx.text(k)) and not is_structural(ctx.text(k)):
        note = f"{note} {ctx.text(k)}"
        ctx.take(k)
        refs = find_act_refs(ctx.text(k))
        if len(refs) == 2 and marker("repealed_by").fullmatch(ctx.text(k)[refs[0][2]:refs[1][1]].strip(" -–,")):
            (target, _, _), (amending, _, _) = refs
            out.amendments.append(Amendment(amending, target, (), "Repeal", ctx.text(k), from_note=True, loc=ctx.loc(k)))
            out.acts += [Act(target, loc=ctx.loc(k)), Act(amending, loc=ctx.loc(k))]
        k += 1
        # its sentence broken into a paragraph more ("Графическая форма к Правилам …" / "и уплате косвенных налогов в
        # Базе данных не приводятся, …"): the line that goes on in lower case is the note's too
        while k < end and not note.rstrip(" *_").endswith((".", "!", "?")) and ctx.text(k)[:1].islower() \
                and not ctx.lines[k].level and not ctx.lines[k].block:
            note = f"{note} {ctx.text(k)}"
            ctx.take(k)
            k += 1
    ctx.editor_notes.append(note)
    return k


def _cross_referenced_note(ctx: Ctx, j: int, act_ref: ActRef, base: Path) -> list[Amendment]:
    """A note that records its event by pointing at the act's own points, whose notes name the act that made it
    ("Сноска. Инструкция отменена (см. выше п.2 приказа N 263).", "Ескерту: Нұсқаудың қолданылуы тоқтатылды - N 263
    бұйрықтың 1-4-тармақтарын қараңыз.", over the instruction points 1-4 had approved): that act's event of the unit the
    note stands in, with the note's effect (a unit that loses force is deleted); [] when the points' notes name no one
    act."""
    t = ctx.text(j)
    m = marker("note_cross_reference").search(t)
    if not m or normalise_number(m.group("num") or m.group("num_kk")) != act_ref.number:
        return []
    wanted = {ref for refs in unit_refs(m.group(0)) for ref in refs if ref[0] == "point"}  # ("point", "2"), …
    by = {(a.amending.number, a.amending.date): a.amending for a in ctx.doc.amendments
          if a.from_note and a.target_act == act_ref and len(a.path) == 1 and a.path[0] in wanted}
    eff = effect_of(marker("history_note").sub("", t, count=1), "note")
    if len(by) != 1 or not eff:
        return []
    ctx.take(j)
    effect = "Deletion" if effect_table(eff[0]).ends_act else eff[0]
    return [Amendment(next(iter(by.values())), act_ref, base, effect, t, from_note=True, loc=ctx.loc(j))]


def _other_language_note(ctx: Ctx, j: int) -> bool:
    """Is line `j` the editors' note that a part of the act is printed in the other language only ("Ескерту: Бұйрықтың
    қосымшасын орыс тіліндегі мәтіннен қараңыз.", "РҚАО-ның ескерту: 10-косымшаның … аудармасы болмағандықтан мәтінді
    орыс тілдегі нұсқадан қараңыз.")? Then it is taken as the act's note, no change of it."""
    t = ctx.text(j)
    if not ((marker("history_note").search(t) or marker("zqai_note").search(t))
            and marker("other_language_text").search(t)):
        return False
    ctx.take(j)
    ctx.editor_notes.append(t)
    return True


def _editors(ctx: Ctx, j: int, end: int) -> int:
    """The portal's editors named under an older text ("Мамандар:" / "Омарбекова А.Т." / "Икебаева Ә.Ж."): not
    the act's words, taken to the last name; the line after them."""
    ctx.take(j)
    j += 1
    while j < end and (NAME_RE.match(ctx.text(j).strip("(),. ")) or _NAMES.fullmatch(ctx.text(j))):
        ctx.take(j)
        j += 1
    return j


def _two_columns(ctx: Ctx, j: int, end: int) -> tuple[str, str] | None:
    """Two roles with no names set side by side, their columns merged line by line ("Облыстық мәслихат Облыстық
    мәслихатының" / "сессиясының төрағасы хатшысы"): the left role and the right one (the lines taken: 1 or 2);
    else None. The first line splits where its first word comes again, the second before its last role word; the two
    lines read as one (the second begins in lower case) split the first as two halves of as many words."""
    words = ctx.text(j).split()
    again = next((k for k in range(1, len(words)) if words[k] == words[0]), None)
    if again is None or len(ctx.text(j)) > 160:
        return None
    if j + 1 < end and len(ctx.text(j + 1)) <= 100 and not marker("signatory_role_end").search(words[-1]):
        top, bottom = words, ctx.text(j + 1).split()
    elif len(words) > 2 * again + 1:
        top, bottom = words[:2 * again], words[2 * again:]
    else:
        return None
    if (len(bottom) < 2 or not marker("signatory_role_end").search(bottom[-1])
            or not marker("signatory_role_end").search(" ".join(bottom[:-1]))):
        return None
    return " ".join(top[:again] + bottom[:-1]), " ".join(top[again:] + bottom[-1:])


def _signature(ctx: Ctx, start: int, end: int) -> Found:
    out = Found()
    role: list[str] = []
    first = start
    skip = start
    for j in range(start, end):
        t = ctx.text(j)
        if j < skip:
            continue
        if marker("editors").match(t):
            skip = _editors(ctx, j, end)
            continue
        if _other_language_note(ctx, j):
            continue
        if not role and marker("submitted_by").match(t):
            # "Вносит:" and the official who submitted the draft, no signatory: left unread, reported with the
            # office's other marks
            skip = next((k + 1 for k in range(j + 1, min(end, j + 8)) if signed_name(ctx.text(k))), j + 1)
            ctx.doc.warnings.append(f"{ctx.file}:{ctx.lines[j].first}: \"{t}\" names who submitted the draft: no "
                                    "signatory read")
            first = skip
            continue
        if not role and marker("signature_placeholder").match(t):
            ctx.take(j)  # "Должность" / "ФИО": the portal's placeholders, no signatory
            ctx.doc.warnings.append(f"{ctx.file}:{ctx.lines[j].first}: \"{t}\" is the portal's placeholder for a "
                                    "signatory: no signatory read")
            first = j + 1
            continue
        columns = None if role else _two_columns(ctx, j, end)
        if columns:
            lines = 1 if marker("signatory_role_end").search(t) else 2  # (the two lines read as one)
            # (and their names so merged on the line under them: "А.Әбіжанов А.Сыдық", Almaty oblast maslikhat 2008)
            names = two_names(ctx.text(j + lines)) if j + lines < end else None
            lines += bool(names)
            at = ctx.loc(j, j + lines - 1)
            out.signatories += [Signatory(r, n, at) for r, n in zip(columns, names or (None, None))]
            ctx.take(*range(j, j + lines))
            skip = first = j + lines
            continue
        name = signed_name(t)
        if role and not name and marker("signatory_role_end").search(role[-1]) and _role_broken(ctx, j, end) \
                and not marker("signatory_role").search(t) and not marker("country_line").match(t) \
                and not any(x.isupper() for x in (t, role[-1])) and t[:1].isupper():
            # a role complete with no name under it, the next one broken over lines as it was ("Алматы облыстық" /
            # "Мәслихаты сессиясының" / "төрағасы" / "Алматы облыстық" / "Мәслихатының хатшысы"): two signatories
            out.signatories.append(Signatory(" ".join(role), None, ctx.loc(first, j - 1)))
            role, first = [], j
        elif role and not name and marker("signatory_role_end").search(role[-1]) and len(t) < 80 \
                and marker("secretary_role").search(t) and not _ROLE_AND_NAME.match(t):
            # a role complete with no name under it, then the secretary's whole on its line ("Облыстық мәслихат" /
            # "сессиясының төрағасы" / "Облыстық мәслихаттың хатшысы"): two signatories (an official's second office
            # is his: "Ішкі істер министрі" / "Ішкі әскерлер қолбасшысы" / "генерал-майор")
            out.signatories.append(Signatory(" ".join(role), None, ctx.loc(first, j - 1)))
            role, first = [], j
        if name and not marker("signatory_role").search(t):  # "И.О. Министра" is a role, no name
            out.signatories.append(Signatory(" ".join(role) or None, name, ctx.loc(first, j)))
            role, first = [], j + 1
        elif _signed_with_role(t) or role and len(t) < 80 and _ROLE_AND_NAME.match(t):
            # "Министр Б. Жәмішев"; or the role's last words before the name ("Министрдің міндетін" / "атқарушы Д. Құсдәулетов")
            one_line = _ROLE_AND_NAME.match(t)
            out.signatories.append(Signatory(" ".join([*role, one_line.group("role")]), person_name(one_line.group("name")),
                                                 ctx.loc(first, j)))
            role, first = [], j + 1
        elif (marker("signatory_role").search(t) or marker("country_line").match(t)
              or role and role[-1].endswith(("-", "–")) and len(t) < 80  # "Ішкі істер министрі -" / "Ішкі әскерлерінің"
              or role and len(t) < 80 and marker("signatory_role_end").search(t)  # "Министрдің" / "міндетін атқарушы"
              # the rest of the role in lower case on a line of its own ("Министр" / "внутренних дел")
              or role and len(t) < 40 and t[:1].islower() and not re.search(r"[\d.;:,]", t)
              # the country's name broken over two lines ("Председатель Государственного" / "налогового комитета
              # Республики" / "Казахстан")
              or role and len(t) < 40 and marker("country_line").match(f"{role[-1].split()[-1]} {t}")
              # a rank's first words on a line of their own, its head word on the next ("МИНИСТР" / "ІШКІ ҚЫЗМЕТ" /
              # "ГЕНЕРАЛ-МАЙОРЫ"), or the role's first word so ("Заместитель" / "Премьер-Министра -" / "Министр финансов")
              or (role or j == first) and len(t) < 40 and not re.search(r"[\d.;:,]", t) and j + 1 < end
              and bool(marker("signatory_role").search(ctx.text(j + 1)))
              # a line inside a role broken over three, its role word or the official's name on the next ("Председатель
              # сессии" / "Алматинского областного" / "маслихата С. Чурегеев"), or two lines down
              or (role or j == first) and _role_broken(ctx, j, end)
              or role and len(t) < 50 and not re.search(r"[\d.;:,]", t) and j + 1 < end
              and bool(_ROLE_AND_NAME.match(ctx.text(j + 1)))):
            role.append(" ".join(t.split()))  # (a role in a table's cell: "Министр" | "", no tab of it)
        else:
            continue
        ctx.take(j)
    if role:
        out.signatories.append(Signatory(" ".join(role), None, ctx.loc(first, end - 1)))
    return out


_ORG_LINES, _ORG_CHARS = 6, 400
_ROLE_CHARS = 80  # (a line of an official's role; the office's list of addressees after the visas is longer)


def _approving_body_before(ctx: Ctx, start: int, at: int) -> int:
    """Where the approvals begin when the first names its body before its word ("Қазақстан Республикасының" / "…
    аэроғарыш өнеркәсібі министрлігімен" / "«КЕЛІСІЛДІ»"): at the body's first line, else at the word."""
    if at >= len(ctx.lines) or at - 1 < start or not marker("approval_with").search(ctx.text(at - 1)):
        return at
    first = at - 1
    while first - 1 > start and at - first < _ORG_LINES and len(ctx.text(first - 1)) < 80 \
            and not signed_name(ctx.text(first - 1)) and not _signed_with_role(ctx.text(first - 1)) \
            and not re.match(r"^\d+[.)]\s", ctx.text(first - 1)) and not ctx.lines[first - 1].level:
        first -= 1
    return first


def _approvals_on_top(ctx: Ctx, k: int | None) -> Found:
    """An agreement set under the title, above the preamble (older orders of the Ministry of Finance: "Келісілді" /
    "Қазақстан Республикасының" / … / "істер министрі" / "2002 жылғы _______ N ___")."""
    for i in range(1, min(k or 0, 4)):
        # (two words side by side are two approvals' heads, no approval of one line: "Согласовано Согласовано" /
        # "Вице-Министр иностранных Министр государственных" / …)
        one = None if _approval_mark(ctx.text(i)) else _one_line_approval(ctx, i)
        if one is not None:
            return Found(approvals=[one])
        if _approval_mark(ctx.text(i)) and not ctx.lines[i].level:
            end = next((x for x in range(i + 1, k) if len(ctx.text(x)) > 120 or ctx.lines[x].level
                        or marker("preamble_opening").match(ctx.text(x))), k)
            return _approvals(ctx, i, end)
    return Found()


def _one_line_approval(ctx: Ctx, i: int) -> Approval | None:
    """An approval whole on one line, set as a heading ('## "Согласовано" Генеральный Прокурор Республики Казахстан 6
    июня 2003 года'; '## «СОГЛАСОВАНО» Министр транспорта и коммуникаций Республики Казахстан _______________ А.
    Жумагалиев «___» _________ 2012 года'): the body up to its day or the blank left for the signature, the official's
    name after that blank; else None."""
    one = marker("approval_one_line").match(ctx.text(i))
    if not one or ctx.lines[i].block:
        return None
    ctx.take(i)
    return _approval_said(ctx, one.group("body"), ctx.loc(i))


def _approval_mark(text: str) -> bool:
    """Does a line open an approval block ("КЕЛІСІЛДІ", or two set side by side)?"""
    return bool(marker("approval").search(text) or marker("approvals_side_by_side").match(text))


def _approval_cells(ctx: Ctx, j: int) -> list[list[str]]:
    """The cells of table row `j` that each hold an approval whole, its word on the cell's first line (agreements set
    in a table under the signature, two to a row: "СОГЛАСОВАНО" / "Министр национальной экономики" / "Республики
    Казахстан" / "__________ Е. Досаев" / "12 января 2015 года" | "СОГЛАСОВАНО" / …, MVD 2014 № 943): each one's
    lines after its word; none for any other row (a cell with no approval's word, an empty one apart)."""
    if ctx.lines[j].block != "table":
        return []
    said = [[x.strip() for x in c.strip().split("\n")] for c in ctx.text(j).split("\t") if c.strip()]
    if not said or not all(len(c) > 1 and marker("approval").match(c[0]) for c in said):
        return []
    return [c[1:] for c in said]


def _approvals_in_cell(ctx: Ctx, j: int) -> list[Approval]:
    """The approvals one table cell lists one under another under the word above the table, each next one's word
    after the day of the one before ('"КЕЛІСІЛДІ"' / a cell of "Қазақстан Республикасының" / "Мәдениет министрі 2003 ж.
    30 қазан "КЕЛІСІЛДІ"" / "Қазақстан Республикасының" / "Денсаулық сақтау министрі 2003 ж. 21 қазан" / …, then the
    attachment's stamp under the last day, "… N 619 бұйрығымен бекітілген", MVD 2003 № 619): each one's approval; none
    when the table is not one such cell, or an approval in it gives no day, or what follows the last day is no stamp."""
    if ctx.lines[j].block != "table":
        return []
    cells = [c for c in ctx.text(j).split("\t") if c.strip()]
    if len(cells) != 1:
        return []
    said: list[list[str]] = [[]]
    for x in cells[0].split("\n"):
        word = marker("approval_ending").search(x)
        if line := (x[:word.start()] if word else x).strip():
            said[-1].append(line)
        if word:
            said.append([])
    at = next((n for n, x in enumerate(said[-1]) if find_dates(x)), None)
    if at is None or said[-1][at + 1:] and not marker("approved_by_order").search(" ".join(said[-1][at + 1:])):
        return []
    said[-1] = said[-1][:at + 1]
    if not all(find_dates(" ".join(c)) for c in said):
        return []
    ctx.take(j)
    return [_approval_in_cell(ctx, lines, ctx.loc(j)) for lines in said]


def _approval_in_cell(ctx: Ctx, lines: list[str], loc: Loc) -> Approval:
    """The approval a table cell's lines after its word say: the official's name on a line of its own, or before the
    day (the Kazakh text's "Е. Досаев 2015 жылғы 12 қаңтар" under "Ұлттық экономика министрі"), the rest as one run of
    words (`_approval_said`)."""
    person, said = None, []
    for x in lines:
        if person is None and (name := _name_before_day(x)):
            person, x = name, x[days[0][1]:] if (days := find_dates(x)) else ""
        said.append(x)
    found = _approval_said(ctx, " ".join(" ".join(said).split()), loc)
    return replace(found, person=found.person or person)


def _name_before_day(text: str) -> str | None:
    """The official's name a line gives, alone or before a day ("Е. Досаев 12 января 2015 года", "Е. Досаев 2015 жылғы
    12 қаңтар"); None for any other line."""
    days = find_dates(text)
    return signed_name(text[:days[0][1]].strip() if days else text)


def _approval_said(ctx: Ctx, body: str, loc: Loc) -> Approval:
    """An approval whose body, official and day are said in one run of words after its word (a heading's, a table
    cell's): the body up to its day or the blank left for the signature, the official's name after that blank."""
    days = find_dates(body)
    parts = [p.strip(' "«»') for p in re.split(r"_{3,}", body)]
    person = next((name for p in parts[1:] if (name := _name_before_day(p))), None)
    org = parts[0] if len(parts) > 1 else (body[:days[0][1]] if days else body)
    return _approval(ctx, [org], person, bool(_BLANK_DATE.search(body)) and not days, loc, days[0][0] if days else None)


# the most ways to split an agreement's lines into two columns that are tried (a block of a few short lines has
# hundreds; a longer one is left to its text), and the most such blocks read in one document
_SPLITS_MAX = 1200
_SIDE_BY_SIDE_MAX = 4


def _side_by_side(ctx: Ctx, j: int, stop: int) -> list[Approval]:
    """Two agreements printed side by side, their columns merged line by line ('"Согласовано" "Согласовано"' /
    "Председатель Комитета Министр обороны" / "Национальной безопасности Республики Казахстан" / "Республики
    Казахстан" / "11 марта 2003 г. 27 марта 2003 г."): the split of each line into a left and a right part under
    which both columns name a known organisation; their days when a line gives two. None read: no approval."""
    lines, days, last, dated = [], [], j, False
    sided: list[tuple[str, int | None]] = []  # (a day alone on its line or beside the other column's words, its side)
    fixed: dict[int, int] = {}  # (a line of one column's words beside the other's day: which day's side)
    for x in range(j + 1, stop):
        t = ctx.text(x)
        if ctx.lines[x].level or len(t) > 200:
            break
        found = find_dates(t)
        if dated and not found:
            # the days under both columns end them: the line after is the text's ("Келісілді Келісілді" / … / "2002
            # жылғы 9 шілде" / '"Салық … туралы" … Кодексін (Салық Кодексі) іске асыру мақсатында', MinFin 2002 № 323)
            break
        dated = bool(found) and len(re.sub(r"[\W\d_]", "", t)) < 40
        if dated:  # a line of days
            days.append([d for d, _, _ in found])
            if len(found) == 1:
                # (… or of one day and the other column's words, the day first: "6.05.2002 г. Республики Казахстан",
                # the left column's day beside the right one's words; the words before it: the right column's day)
                before, after = t[:found[0][1]].strip(), marker("year_word_after").sub("", t[found[0][2]:]).strip()
                # (years alone before it are the other column's day left unfinished: "2002 жылғы 2002 жылғы 2002 жылғы
                # 9 шілде", no words of a column)
                before = "" if marker("years_alone").fullmatch(before) else before
                side = 0 if re.search(r"[^\W\d_]", after) and not before else 1 \
                    if re.search(r"[^\W\d_]", before) and not after else None
                sided.append((found[0][0], side))
                if side is not None:  # (those words all in the other column: the line's cut fixed)
                    fixed[len(lines)] = side
                    lines.append((after if side == 0 else before).split())
        else:
            lines.append(t.split())
        last = x
    if not lines:
        return []
    # each column opens with its official's role ("Председатель Комитета" | "Министр обороны"): the first line's cuts
    def opens(column: str) -> bool:
        return bool(marker("signatory_role").search(column) or marker("approval_column_head").match(column))

    def cuts(k: int, w: list[str], free) -> list[int]:
        """Where line `k` may be cut: where `free` says, but at its start or end when its words are one column's."""
        return [0 if fixed[k] == 0 else len(w)] if k in fixed else list(free)

    options = [[c for c in range(1, len(lines[0])) if opens(" ".join(lines[0][:c])) and opens(" ".join(lines[0][c:]))]
               ] + [cuts(k, w, range(len(w) + 1)) for k, w in enumerate(lines[1:], 1)]
    # (the cuts whose right column opens with a role's word, when there are any: "Заместитель Генерального" |
    # "Заместитель директора", not "Заместитель" | "Генерального Заместитель директора"; with no role on it, a first
    # line that is the same words twice, the country's name over both columns: "Қазақстан Республикасы Қазақстан
    # Республикасы" / "Бас прокуратурасы Әділет Министрлігі")
    # (… the second time in another case: "Қазақстан Республикасы Қазақстан Республикасының", MVD 2000 № 304)
    options[0] = [c for c in options[0] if marker("approval_column_head").match(" ".join(lines[0][c:]))] or options[0] \
        or [c for c in range(1, len(lines[0])) if 2 * c == len(lines[0]) and all(
            a.startswith(b) or b.startswith(a) for a, b in zip(lines[0][:c], lines[0][c:]))]
    if math.prod(len(o) for o in options) > _SPLITS_MAX:
        # too many ways: a column's line, but for its first, is cut only before a word in capitals ("Прокурора
        # Республики Казахстан - Пограничной службы" / "Председатель Комитета по правовой Комитета Национальной")
        options[1:] = [cuts(k, w, (c for c in range(len(w) + 1) if c in (0, len(w)) or w[c][:1].isupper()))
                       for k, w in enumerate(lines[1:], 1)]
    if not options[0] or math.prod(len(o) for o in options) > _SPLITS_MAX:
        return []
    best, best_rank = None, (0, 0, 0)
    for cut in itertools.product(*options):
        left = " ".join(" ".join(" ".join(w[:c]) for w, c in zip(lines, cut)).split())
        first = canonical(left) if left and names_one(left) else None
        if first is None or not first.en:
            continue  # both columns must name a known body: the left one first
        right = " ".join(" ".join(" ".join(w[c:]) for w, c in zip(lines, cut)).split())
        orgs = [first, canonical(right) if right and names_one(right) else None]
        score = sum(1 for o in orgs if o is not None and o.en)
        # (of the splits naming two bodies, the one whose columns repeat no word: "Республики Казахстан Республики
        # Казахстан" is a line of both)
        repeats = sum(len(x.split()) - len(set(x.split())) for x in (left, right))
        # (… then the one whose columns each open with a role: "Заместитель Генерального" | "Заместитель директора")
        heads = sum(1 for x in (left, right) if marker("approval_column_head").match(x))
        if (score, -repeats, heads) > best_rank:
            best, best_rank = (left, right, orgs, cut), (score, -repeats, heads)
    if best_rank[0] < 2:
        return []
    ctx.take_range(j, last + 1)
    left, right, orgs, cut = best
    pair = next((d for d in days if len(d) == 2), [None, None])
    one = next((d[0] for d in days if len(d) == 1), None)
    if one and pair == [None, None] and len(sided) == 1 and sided[0][1] is None and len(lines) > 1 \
            and cut[-1] in (0, len(lines[-1])):
        # one day under the column that runs a line longer ("… по чрезвычайным ситуациям" / "19 марта 2003 года")
        pair = [None, one] if cut[-1] == 0 else [one, None]
    elif pair == [None, None] and len(sided) == 2:
        # two days each on a line of its own, or one beside the other column's words: each its side's, else the
        # left column's first ("Генеральный прокурор И.о. Министра транспорта" / … / "6.05.2002 г. Республики
        # Казахстан" / "26.04.2002 г.", MVD 2002 № 387)
        for day, side in sorted(sided, key=lambda d: d[1] is None):
            pair[side if side is not None and pair[side] is None else pair.index(None)] = day
    own = ctx.doc.act.ref.issuer if ctx.doc.act else None
    # (a column of the act's own body is its signing, set beside the agreement: "Әділет Министрлігі" / "2001 ж. 11
    # желтоқсан" under an order of the Ministry of Justice; no approval)
    return [Approval(org, text, None, False, ctx.loc(j, last), day) for org, text, day in zip(orgs, (left, right), pair)
            if not (own is not None and org is not None and org.key == own.key)]


def _approvals_under_stamp(ctx: Ctx, last: int) -> Found:
    """The approval set right under the first stamp, before the attachment's title, its lines a block of their own (a
    fence, its lines one under another: "N 630 бұйрығына" / "N қосымша" / '"Келісілді"' / "Қазақстан Республикасы" /
    "Бас прокурорының орынбасары" / …, MVD 1999 № 630); none when no approval's word opens the line under the stamp.
    (The block ends where its lines do: the title's lines under it stay the attachment's.)"""
    j = last + 1
    if j >= len(ctx.lines) or not _approval_mark(ctx.text(j)):
        return Found()
    k = j
    while k + 1 < len(ctx.lines) and not ctx.lines[k + 1].level and (
            ctx.lines[k + 1].first == ctx.lines[k].last + 1 and not _two_days(ctx.text(k))
            # (… and on across a blank line, to an approval's day in a block of its own ("Бас прокуроры" / "" /
            # "2000 ж. 25.02"), the next approval's word ("" / "Келісілген Келісілген") and the block under it, MVD
            # 2000 № 304: the block of two approvals side by side ends with their two days)
            or bool(_approval_days(ctx.text(k + 1))) or _approval_mark(ctx.text(k + 1)) or _approval_mark(ctx.text(k))):
        k += 1
    return _approvals(ctx, j, k + 1) if k > j else Found()


def _approval_days(text: str) -> list:
    """The days of a line that is approvals' days alone ("2000 ж. 25.02"; two side by side, "2000 ж. 15.03 2000 ж.
    07.04"), else none."""
    if len(text) > 60 or len(re.sub(r"[\W\d_]", "", text)) >= 40:
        return []
    return find_dates(text)


def _two_days(text: str) -> bool:
    """Is a line the days of two approvals side by side ("2000 ж. 15.03 2000 ж. 07.04")?"""
    return len(_approval_days(text)) == 2


def _approvals(ctx: Ctx, start: int, end: int) -> Found:
    out = Found()
    in_cells = {j: cells for j in range(start, end) if (cells := _approval_cells(ctx, j))}
    marks = [j for j in range(start, end) if j in in_cells or _approval_mark(ctx.text(j))
             or marker("approval_one_line").match(ctx.text(j))]
    side_by_side = 0
    for n, j in enumerate(marks):
        stop = marks[n + 1] if n + 1 < len(marks) else end
        if cells := in_cells.get(j):
            ctx.take(j)
            out.approvals += [_approval_in_cell(ctx, lines, ctx.loc(j)) for lines in cells]
            continue
        one = None if _approval_mark(ctx.text(j)) else _one_line_approval(ctx, j)
        if one is not None:
            out.approvals.append(one)
            continue
        if marker("approvals_side_by_side").match(ctx.text(j)):
            side_by_side += 1
            if side_by_side <= _SIDE_BY_SIDE_MAX:
                out.approvals += _side_by_side(ctx, j, stop)
            continue
        if j + 1 < stop and (listed := _approvals_in_cell(ctx, j + 1)):
            ctx.take(j)
            out.approvals += listed
            continue
        org_lines, person, blank, last, day, head = [], None, False, j, None, j
        # one word over two columns ('"СОГЛАСОВАНО"' / "Генеральный Прокурор Председатель Верховного" / … / "15 октября
        # 2002 г. 18 августа 2002 г."): the two approvals side by side, then whatever approvals stand under them
        paired = next((x for x in range(j + 1, min(stop, j + 5)) if len(find_dates(ctx.text(x))) == 2
                       and len(re.sub(r"[\W\d_]", "", ctx.text(x))) < 40), None)
        # (… or their days on lines of their own, the second under the first, the words of no one body known above
        # them: "Согласовано:" / "Генеральный прокурор И.о. Министра транспорта" / "Республики Казахстан и
        # коммуникаций" / "6.05.2002 г. Республики Казахстан" / "26.04.2002 г.", MVD 2002 № 387)
        if paired is None and (dated := _two_days_below(ctx, j, stop)) is not None:
            paired = dated
        two = _side_by_side(ctx, j, paired + 1) if paired is not None else []
        if two:
            out.approvals += two
            j = last = head = paired
        if n == 0 and start < j and marker("approval_with").search(ctx.text(j - 1)):
            org_lines = [ctx.text(x) for x in range(start, j)]  # the body named before the word ("… министрлігімен")
            ctx.take_range(start, j)
            head = start
        for x in range(j + 1, stop):
            t = ctx.text(x)
            if day and org_lines and marker("stamp_word").match(t):
                break  # the attachment's stamp after the last approval's day ('"БЕКІТІЛГЕН"' / "… Әділет министрі")
            if marker("distribution_list").match(t):
                break  # the office's list of addressees after the visas ("Разослать: …" / "Разослано: «__»…")
            if org_lines and ctx.lines[x].quoted and not ctx.lines[x - 1].quoted and not ctx.lines[j].quoted:
                break  # the attachment's stamp quoted under an approval read unquoted ("*Келісілді:*" / "*… Ауыл
                # шаруашылық министрі*" / "*2006 жылғы*" / "> *Қазақстан Республикасы*" / "> *Ішкі Істер Министрлігінің*"
                # / …); not an approval's own lines quoted under its word ("«СОГЛАСОВАН»" / "> *Министр по …*" / …)
            name = signed_name(t)  # on its signature's line: "Р.Т. Түсіпбеков __________"
            # a second approving body under the same word, after the first one's day ("Бас прокуроры" / "2002 жылғы 15
            # қазан" / "Қазақстан Республикасы" / "Жоғарғы сотының төрағасы" / "2002 жылғы 18 қыркүйек" / …)
            next_body = day and org_lines and not _BLANK_DATE.search(t) and not find_dates(t) and len(t) <= _ORG_CHARS \
                and not marker("approved_by_order").search(t) and names_one(t + " " + " ".join(
                    ctx.text(y) for y in range(x + 1, min(stop, x + 3))))
            # … or the next official's visa, each a role and a name ("Согласовано:" / "Первый заместитель Акима
            # Алматинской области" / "В. Долженков" / "Начальник Облфинуправления" / "М. Саткалиев" / …, the Almaty
            # oblast maslikhat 2001 № 17-113)
            next_visa = person and org_lines and not name and not day and not find_dates(t) and len(t) <= _ROLE_CHARS \
                and not _BLANK_DATE.search(t) and marker("signatory_role").search(" ".join(
                    ctx.text(y) for y in range(x, min(stop, x + 2))))
            # … or the next blockquote under the same word naming a body kzlex knows, the lines before naming one
            # ("> *Келісілді:*" / "> *Қазақстан Республикасы*" / "> *Бас Прокуроры*" / … / "" / "> *Қазақстан
            # Республикасының*" / "> *Денсаулық сақтау министрі*" / "> *25.04.2002 ж.*", MVD 2002 № 385)
            next_quote = org_lines and _new_quote(ctx, x) and not find_dates(t) and not _BLANK_DATE.search(t) \
                and _known_body(" ".join(org_lines)) and _known_body(_quote_block(ctx, x, stop))
            if next_body or next_visa or next_quote:
                out.approvals.append(_approval(ctx, org_lines, person, blank and not day, ctx.loc(head, last), day))
                org_lines, person, blank, day, head = [], None, False, None, x
            titled = None if name or person else _ROLE_AND_NAME.match(t)
            if name:
                person = name
            elif titled and marker("signatory_role_end").search(titled.group("role")):
                # the official's title and name on one line ("… Көлік және коммуникация" / "министрі Ә. Құсайынов")
                org_lines.append(titled.group("role"))
                person = person_name(titled.group("name"))
            elif _BLANK_DATE.search(t) or marker("year_line").match(t) or marker("approval_date_line").match(t):
                blank = blank or bool(_BLANK_DATE.search(t))
                day = day or next((d for d, _, _ in find_dates(t)), None)  # "2016 жылғы 28 қаңтар"
            elif person is None and len(org_lines) < _ORG_LINES and len(t) <= _ORG_CHARS:
                org_lines.append(t)  # an organisation's name: a few short lines, never a page
            else:
                continue
            last = x
            ctx.take(x)
        ctx.take(j)
        if org_lines or person or not two:
            out.approvals.append(_approval(ctx, org_lines, person, blank and not day, ctx.loc(head, last), day))
    return out


def _two_days_below(ctx: Ctx, j: int, stop: int) -> int | None:
    """The line of the second of two days, each on a line of its own (with another column's words, or alone), within
    a few lines under an approval's word at `j`, the words above them naming no one body kzlex knows (two bodies' words
    merged line by line); else None."""
    dated = [x for x in range(j + 1, min(stop, j + 7)) if len(find_dates(ctx.text(x))) == 1
             and len(re.sub(r"[\W\d_]", "", ctx.text(x))) < 40]
    if len(dated) != 2 or dated[1] != dated[0] + 1 or dated[0] <= j + 1:
        return None
    words = " ".join(ctx.text(x) for x in range(j + 1, dated[0]))
    return None if _known_body(words) else dated[1]


def _new_quote(ctx: Ctx, x: int) -> bool:
    """Does line `x` open a blockquote of its own right after another, a blank line between ("> *…*" / "" / "> *…*")?"""
    return x > 0 and ctx.lines[x].quoted and ctx.lines[x - 1].quoted and ctx.lines[x].first > ctx.lines[x - 1].last + 1


def _known_body(text: str) -> bool:
    """Do the words name a body kzlex knows (organisations.yaml), not only words it keeps as a name?"""
    return names_one(text) and canonical(text).en is not None


def _quote_block(ctx: Ctx, x: int, stop: int) -> str:
    """The words of the blockquote line `x` opens, up to `stop`, but its dates."""
    out = [ctx.text(x)]
    for y in range(x + 1, stop):
        if _new_quote(ctx, y) or not ctx.lines[y].quoted:
            break
        if not find_dates(ctx.text(y)):
            out.append(ctx.text(y))
    return " ".join(out)


def _approval(ctx: Ctx, org_lines: list[str], person: str | None, blank: bool, loc: Loc, day: str | None) -> Approval:
    """An approval of the body its lines name (none when they name no one body). The official's full name may end
    them ("… басқармасының бастығы Әлиев Бағдат Байшалұлы"): the person's, not the body's; a department named
    without its place ("управления сельского хозяйства") is one of the place of the body whose act it is."""
    text = " ".join(org_lines).strip()
    body = text
    named = marker("full_name_end").search(text)
    if named:
        body, person = text[:named.start()], person or named.group("name")
    own = ctx.doc.act.ref.issuer if ctx.doc.act else None
    return Approval(canonical(body, own) if body and names_one(body) else None, text, person, blank, loc, day)


def _beside_stamp(ctx: Ctx, first: int, last: int) -> Approval | None:
    """An approval set beside the attachment's stamp, the two columns merged line by line in an older text
    ('"Согласовано" "Утверждены"' / "Первый вице-Министр Приказом Министра внутренних дел" / …): the approving
    body is what the lines say once this act's words (its reference, issuer, day and number) are taken out; the
    approval's blank day may end the stamp."""
    if not marker("approval_and_stamp").match(ctx.text(first)):
        return None
    blank = bool(_BLANK_DATE.search(ctx.text(last))) and len(ctx.text(last)) < 40
    # the approval's word and the stamp's, quoted or not ('"Согласовано" Утверждены', "Согласовано Утверждена")
    head = marker("stamp_word").sub(" ", re.sub(r'"[^"]*"', " ", ctx.text(first)))
    head = " ".join(w for w in head.split() if not marker("approval").match(w))
    words = " ".join([head] + [ctx.text(k) for k in range(first + 1, last + 1 - blank)])
    own = ctx.doc.act.ref.issuer if ctx.doc.act else None
    # this act's kind and issuer first: a reference read over the merged lines would take the approving body's
    # words between them for the issuer's ("Приказом Министра внутренних дел" + "образования и науки")
    if own is not None and own.ru:  # "Приказом Министра внутренних дел": the act's kind and issuer, in any case
        tail = re.escape(own.ru.split(" ", 1)[-1])
        words, n = re.subn(marker("stamp_kind_issuer").pattern + tail, " ", words, flags=re.I)
        if not n and marker("stamp_kind_alone").match(head.strip()):
            # the kind alone on the first line, the official and issuer inside the approval's next line
            # ("Согласовано Утверждена приказом" / "Заместитель Генерального Министра юстиции" / "прокурора …")
            words = re.sub(r"\S+\s+" + tail + r"\b", " ", words.replace(head.strip(), " ", 1), count=1, flags=re.I)
    if own is not None and own.kk and " " in own.kk:  # "Ішкі істер министрінің": the issuer's words, in any case
        words = re.sub(re.escape(own.kk.rsplit(" ", 1)[0]) + r"\s+\S+", " ", words, count=1, flags=re.I)
    words = marker("stamp_to_kind_short").sub(" ", words)  # "Генеральная прокуратура к приказу МВД"
    for short in short_forms(own) if own is not None else ():  # … or its short form: "Ішкіісминінің", "МВД"
        words = short.sub(" ", words, count=1)
    # (the act's day twice, the columns merged: "от 8 августа 2002 г. от 8 августа 2002 года N 536", the approval's
    # and the stamp's)
    own_day = ctx.doc.act.ref.date if ctx.doc.act else None
    own_days = sum(1 for d, _, _ in find_dates(words) if d == own_day) if own_day else 0
    for _, start, end in reversed(find_act_refs(words)):
        words = words[:start] + " " + words[end:]
    words = marker("stamp_number_kk").sub(" ", marker("stamp_column").sub(" ", words))
    day = None
    for found, start, end in reversed(find_dates(words)):  # this act's day, as the stamp gives it; another is theirs
        day = found if found != own_day else day
        words = words[:start] + " " + marker("year_word_after").sub("", words[end:])  # "24.08.2000 г."
    if day is None and own_days > 1:  # the act's day twice: the approval's too
        day = own_day
    for country in ("country_kk", "country_ru"):
        words = re.sub(phrases()["words"][country]["pattern"], " ", words)
    words = re.sub(r"\s+", " ", words).strip()
    org = canonical(words) if words and names_one(words) else None
    return Approval(org, words, None, blank, ctx.loc(first, last), day)


# the blank for a form's number beside its name ("ОРДЕР № _____", "№_____ ОРДЕР")
_NUMBER_BLANK = re.compile(r"^(?:№|N)\s*_+\s*(?=[^\W\d_])|(?<=[^\W\d_])\s+(?:№|N)\s*_+$")


def _form_name(block: str) -> str | None:
    """The name a drawn form gives itself: the line that opens with the kind of document it is and the lines in
    lower case that go on with it, no blank in them ("Наименование регистрирующего органа" / "Заявление" / "о
    государственной регистрации" / "юридического лица" → "Заявление о государственной регистрации юридического
    лица")."""
    # (its kind letter-spaced, "Қ О Р Ы Т Ы Н Д Ы"; the blank for its number beside it, "О Р Д Е Р № _____", "№_____ О
    # Р Д Е Р", MinJust 2011 № 165)
    lines = [_NUMBER_BLANK.sub("", despace(x.strip())) for x in block.split("\n")]
    for k, x in enumerate(lines[:8]):
        # (a Kazakh kind alone under the words it ends, "… тіркеу туралы" / "ҚОРЫТЫНДЫ": the Kazakh way, below)
        kk_last = k > 0 and bool(lines[k - 1]) and bool(marker("form_name_end_kk").search(x))
        if marker("form_name_head").match(x) and "_" not in x and not kk_last:
            name = [x]
            for y in lines[k + 1:k + 4]:
                if not y[:1].islower() and not y.startswith("(") or "_" in y or len(y) > 100:
                    break
                name.append(y)
            # (no footnote's mark, no preposition its blank was to go on from: "Справка-обоснование* к" / "____")
            return marker("hanging_word").sub("", re.sub(r"\*+(?=\s|$)", "", " ".join(name))).strip()
        if marker("form_name_end_kk").search(x) and "_" not in x and len(x) < 100:
            # a Kazakh name ends with the kind, its first words on the lines right above ("Жекеше нотариустың" /
            # "Жеке сауал-сұрағы")
            # (the first may open with the blank for the document's number, taken off above: "№____қажет етпеген … қаруды
            # жою" / "А К Т І")
            above = 0
            while above < 4 and k - above > 0 and (y := lines[k - above - 1]) and "_" not in y and len(y) < 60 \
                    and not re.search(r"[.;:,]$", y) and not re.search(r"^[^(]+\)$", y):
                # (nor the end of a blank's caption wrapped over lines: "(заң консультациясының …" / "… аты-жөні)")
                above += 1
            # (not a blank's caption among them: "бойынша … бағалау жөніндегі" / "(мемлекеттік органның атауы)" /
            # "қорытынды")
            return " ".join(y for y in lines[k - above:k + 1] if not re.fullmatch(r"\([^()]*\)", y))
    return None


def _drawn(ctx: Ctx, j: int, end: int) -> bool:
    """Is line `j` a form drawn in a fence? (One whose name's lines are set apart in columns is read as a table, a
    table of one line: "№____қажет етпеген … қаруды жою" / "                А К Т І".)"""
    return j < end and (ctx.lines[j].block == "form" or ctx.lines[j].block == "table" and "\n" in ctx.text(j)
                        and "\t" not in ctx.text(j))


def _spanning_caption(ctx: Ctx, j: int, end: int) -> str | None:
    """The words of a table's first row when they are one cell spanning the table, over a row of several cells, and a
    name (letters, a few words, no blank to fill, no lead-in): the table's caption."""
    cells = ctx.lines[j].text.split("\t")
    words = cells[0].strip()
    if not ctx.lines[j].opens or len(cells) < 2 or any(c.strip() for c in cells[1:]) or j + 1 >= end \
            or ctx.lines[j + 1].block != "table" or sum(1 for c in ctx.lines[j + 1].text.split("\t") if c.strip()) < 2:
        return None
    return words if (re.match(r"[^\W\d_]", words) and len(words.split()) >= 2 and len(words) <= 250
                     and "___" not in words and not words.endswith(":")) else None


def _name_in_capitals(text: str) -> bool:
    """Is a line a document's name set in capitals, two words at least and no blank to fill ("ЗАКЛЮЧЕНИЕ АУДИТА В
    ОБЛАСТИ ПОЖАРНОЙ БЕЗОПАСНОСТИ"; not "УТВЕРЖДАЮ", not the addressee in a form's corner)?"""
    return (text.isupper() and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2 and "_" not in text and len(text) <= 200
            and not marker("form_addressee").fullmatch(text))


def _numbered_as_appendix(ctx: Ctx, j: int, end: int, path: Path) -> str | None:
    """The title of an appendix set as a heading numbered with the appendix's own number, an older local act's way of
    heading the rates each appendix sets ("Приложение N 2" / "2. Ставки платы за использование …", "шешіміне N 3
    қосымша" / "3. Сыртқы жарнамаларды орналастыруға …"); None for any other line, a first chapter's heading among
    them: general provisions ("1. Общие положения"), or one the appendix's next heading goes on from ("2. …")."""
    m = re.match(r"(\d+)\.\s+(\S.*)", ctx.text(j))
    if not m or path[-1:] != (("appendix", m.group(1)),) or marker("general_provisions").match(m.group(2)):
        return None
    after = f"{int(m.group(1)) + 1}."
    if any(ctx.lines[k].level and ctx.text(k).startswith(after) for k in range(j + 1, end)):
        return None
    return m.group(2)


def _certificate_name(ctx: Ctx, k: int, end: int) -> list[str] | None:
    """The name of a certificate whose head is set as headings, the heading at `k` the body issuing it, its blank day
    and number next, then the name ("## Министерство юстиции Республики Казахстан" / '## "___"____20___ года № ____' /
    "## СВИДЕТЕЛЬСТВО" / "об аккредитации …", MinJust 2020 N 32; '## 20___ жылғы "___"____ № ____' / "## … аккредиттеу
    туралы" / "## КУӘЛІГІ"): the name's lines, read (the text under them does not read them again); None for any
    other heading."""
    d = k + 1
    if not (d + 1 < end and ctx.lines[d].level and marker("blank_date_field").match(ctx.text(d))
            and ctx.lines[d + 1].level and not is_structural(ctx.text(d + 1)) and "___" not in ctx.text(d + 1)):
        return None
    x = d + 2
    while x < end and x - d < 4 and not ctx.lines[x].block and not is_structural(ctx.text(x)) and (
            ctx.lines[x].level and "___" not in ctx.text(x)
            or not ctx.lines[x].level and ctx.text(x)[:1].islower() and len(ctx.text(x)) < 150):
        x += 1
    ctx.take(*range(d, x))
    ctx.head_read.update(range(d, x))
    return [ctx.text(i) for i in range(d + 1, x)]


# a blank to fill, its caption beside it, above a form's name ("____ Наименование государственного органа")
_BLANK_ABOVE = re.compile(r"_{5,} +[^\W\d_]")
_CAPTION = re.compile(r"\([^()]*\)")  # a blank's caption, a bracket alone on its line ("(мемлекеттік мекеменің атауы)")


def _rules_give(ctx: Ctx, start: int, end: int, num: str) -> bool:
    """Do lines `start`..`end` (the rules the act approved) give something by their appendix `num`, naming no other
    act ("по форме согласно приложению 1")?"""
    return any(num in m.group("n", "k") for x in range(start, end)
               for m in marker("form_per_appendix").finditer(ctx.text(x)))


def _next_page(ctx: Ctx, stamps: list[tuple[int, int, Path]], first: int, last: int, path: Path) -> bool:
    """Does the stamp at lines first..last repeat the one before word for word over the same appendix's next point,
    with no title of its own ("Приложение 2" / "к приказу Министра финансов" / … over "1. Форма предоставления сведений
    Министерством энергетики …", and again over "2. Формы предоставления сведений Министерством индустрии …", MinFin
    2004 № 80)? The appendix's next page, then, not another appendix (one with a title of its own is: `_numbered_apart`)."""
    if not stamps or stamps[-1][2] != path or last + 1 >= len(ctx.lines) or ctx.lines[last + 1].level:
        return False
    said = [" ".join(ctx.text(x) for x in range(a, b + 1)) for a, b in ((stamps[-1][0], stamps[-1][1]), (first, last))]
    point = re.match(r"(\d+)\.\s", ctx.text(last + 1))
    return said[0] == said[1] and point is not None and int(point.group(1)) > 1


def _numbered_apart(path: Path, stamps: list[tuple[int, int, Path]]) -> Path:
    """`path`, or, when an earlier stamp gave it already, its parent's next appendix number that none has: a text
    numbering two appendices alike ("… қағидаларына 1-қосымша" over the attestation sheet and again over the assessment
    sheet, the Presidential Affairs Administration's 2016 № 13/11 in Kazakh) has two appendices, not one holding both.

    >>> _numbered_apart((("appendix", "1"), ("appendix", "1")), [(0, 3, (("appendix", "1"),)),
    ...                                                          (9, 12, (("appendix", "1"), ("appendix", "1")))])
    (('appendix', '1'), ('appendix', '2'))
    >>> _numbered_apart((("appendix", "2"),), [(0, 3, (("appendix", "1"),))])
    (('appendix', '2'),)
    """
    taken = {p for _, _, p in stamps}
    if path not in taken:
        return path
    n = 1 + max(int(p[-1][1]) if p[-1][1].isdigit() else 0 for p in taken if p[:-1] == path[:-1])
    while path[:-1] + (("appendix", str(n)),) in taken:
        n += 1
    return path[:-1] + (("appendix", str(n)),)


def _listing_appendix(ctx: Ctx, stamps: list[tuple[int, int, Path]]) -> Path | None:
    """The appendix that lists the acts the operative part repeals: the one its instruction numbers. One it does not
    number ("Осы бұйрықтың қосымшасына сәйкес … кейбір бұйрықтарының күші жойылды деп танылсын", "… согласно
    приложению к настоящему приказу") is one of the order's own appendices, not an attachment the order approves ("…
    № 911 бұйрығымен бекітілген" / "## … Комитеті туралы ереже", then "… № 911 бұйрығына қосымша" / "## … кейбір
    бұйрықтарының күші жойылған тізбесі", MinFin 2019 № 911): the one its stamp leaves unnumbered too, else the first
    ("… N 469 бұйрығына қосымша" after "… бұйрығына 1-қосымша" and "… 2-қосымша", the rules' forms stamped as the
    order's, MinFin 2004 № 469); none when every attachment is a document the order approved."""
    if not ctx.repeal_appendix:
        return None
    if ctx.repeal_appendix[0]:
        return (("appendix", ctx.repeal_appendix[0]),)
    own: list[tuple[Path, bool]] = []  # (the order's own appendix, its stamp numbers it)
    for first, last, path in stamps:
        stamp = " ".join(ctx.text(k) for k in range(first, last + 1))
        if len(path) == 1 and not marker("approved_by_order").search(stamp):
            own.append((path, bool(marker("stamp_numbered").search(stamp))))
    ranked = sorted(own, key=lambda p: p[1])  # (unnumbered first; the sort is stable: in the text's order)
    # (none when every attachment is a document the order approved: the list was left out of the text, and the rules'
    # points are no acts repealed, "Признать утратившими силу некоторые нормативные правовые акты согласно приложению к
    # настоящему приказу" over the rules alone, MinFin 2004 № 424)
    return ranked[0][0] if ranked else None if stamps else (("appendix", "1"),)


def _attachments(ctx: Ctx, act, stamps: list[tuple[int, int, Path]]) -> Found:
    out = Found()
    listing = _listing_appendix(ctx, stamps)
    for n, (first, last, path) in enumerate(stamps):
        ctx.take_range(first, last + 1)
        end = stamps[n + 1][0] if n + 1 < len(stamps) else len(ctx.lines)
        j = last + 1
        while j < end and j in ctx.understood:  # (an approval read under the stamp: no words of the title)
            j += 1
        title: list[str] = []
        form: list[str] | None = None  # after "Нысан": the form's template (blanks, "(қолы)"), its text
        drawn_head: list[str] = []  # a drawn form's head above its name
        coded: str | None = None  # a typical form's code over its template ("N НҚ-1 үлгілік нысаны"): its name if no other
        headed = False  # the title is a markdown heading's
        cornered = False  # in the corner where the form is approved, on the headings right under its word
        untitled = first in ctx.memo.get("untitled", ())
        if untitled and marker("attached_title").search(ctx.text(0)) and ctx.lines[0].level == 1:
            title = [ctx.text(0)]  # (given with no title under the signature: the text's own, naming what it is)
        # a title runs over at most four lines; a line in lower case goes on with the one before (older
        # titles wrap over paragraphs: "О порядке реализации" / "в личную собственность" / …)
        while j < end and not untitled and (form is not None or sum(1 for x in title if not x[:1].islower()) < 4
                           or ctx.text(j)[:1].islower()):
            t = ctx.text(j)
            cornered = cornered and ctx.lines[j].level > 0
            if title and form is None and (marker("figure_caption").match(t) or ctx.lines[j].level and j + 1 < end
                                           and marker("figure_caption").match(ctx.text(j + 1))):
                # (a figure's number, or the heading it captions right above it, ends the title: "## Образцы форменной
                # одежды …" / "## Летняя (мужская) форменная одежда …" / "рисунок 1", MinJust 2011 № 942)
                break
            if title and form is None and ctx.lines[j].level and marker("step_heading").match(t):
                # (… or the heading of a step the appendix shows: "### Экранные формы …" / "### Шаг 1. Авторизация
                # пользователя" / "### Шаг 2. …", the screens of an e-service, MinJust 2011 № 236)
                break
            if title and form is None and ctx.lines[j].level and t[:1].isupper() and marker("description_heading").search(t):
                # (… and so does the heading of the description of the sample it names: "## Образец удостоверения …" /
                # "## Описание удостоверения …", MinJust 2011 № 296)
                break
            if marker("zqai_note").match(t) and len(t) < 40:  # the editors' note under the stamp: no title
                j = _editor_note(ctx, j, end, out)
                continue
            if (title and form is None and not ctx.lines[j].block and not ctx.lines[j].level
                    and (marker("title_hanging").search(title[-1]) or marker("hanging_word").search(title[-1]))
                    and not is_structural(t) and not marker("history_note").search(t)):
                # a title broken after a word of what follows it goes on in the next paragraph, whatever that holds
                # ("## Бюджеттік сыныптама жөніндегі" / "200__ж._________________ арналған" / "шығыстар бойынша
                # жиынтық есеп", MinFin 2004 N 424: a blank year, no blank field of the form)
                title.append(t)
                ctx.take(j)
                j += 1
                continue
            if not title and form is None and ctx.lines[j].block == "form":
                if _form_name(t):
                    title = [_form_name(t)]  # a drawn form with no title of its own: the name written in it
                    break
                name_at = next((k for k in range(j + 1, min(end, j + 4)) if ctx.lines[k].block != "form"), None)
                if name_at is not None and marker("form_name_head").match(ctx.text(name_at)):
                    # the form's head drawn above its name ("____" / "Наименование регистрирующего органа" /
                    # "Заявление" / "о регистрации ликвидации …"), in one block or a few ("____" / "есептік тіркеуді
                    # жүзеге" / "____" / "асыратын органның атауы" / … / "Өтініш")
                    drawn_head.append(t)
                    ctx.take(j)
                    j += 1
                    continue
            if headed and title and form is None and (named := _certificate_name(ctx, j - 1, end)):
                drawn_head += title + [t]  # (a certificate's head: the body issuing it, its blank day; then its name)
                title = named
                j += len(named) + 1
                continue
            if (len(title) == 1 and not form and ctx.lines[j].level and ctx.lines[j - 1].level
                    and not is_structural(t) and len(title[0].split()) >= 3
                    and len(title[0]) < 100 and names_one(title[0]) and bool(canonical(title[0]).en)):
                # the body issuing a certificate set as a heading over its name ("## МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ
                # КАЗАХСТАН" / "## КВАЛИФИКАЦИОННОЕ СВИДЕТЕЛЬСТВО …", MinJust 2011 № 113), or over a form's name
                # ("## Комитет казначейства Министерства финансов …" / "## Заявление на открытие аккредитива",
                # "## Қазақстан Республикасы Қаржы министрлігінің Қазынашылық комитеті" / "## Аккредитивті ашуға
                # өтініш …", MinFin 2004 № 114): the form's head, no title
                drawn_head += title
                title = [t]
                ctx.take(j)
                j += 1
                continue
            if marker("form_heading").match(t):
                form = []
                coded = coded or (t if marker("typical_form_code").match(t) else None)
                ctx.take(j)
            elif not title and not form and marker("approval_corner").match(t):
                # the corner where the form is approved ("«БЕКІТЕМІН»" / "____" / "(… төрағасы)"), under the word "форма"
                # too: the form's, and so are the lines right under it that the markdown set as headings ("### УТВЕРЖДАЮ" /
                # "## Главнокомандующий Внутренними войсками МВД …" / "## ____" / "(подпись, Ф.И.О.)", MVD 2013 № 339)
                form, cornered = (form or []) + [t], True
                ctx.take(j)
            elif not title and form is None and ctx.lines[j].level and (own := _numbered_as_appendix(ctx, j, end, path)):
                title, headed = [own], True  # "Приложение N 2" / "## 2. Ставки платы за …": the appendix's title
                ctx.take(j)
            elif not title and not ctx.lines[j].block and _CAPTION.fullmatch(t) and t[1:2].islower():
                # the caption of a blank at the form's top, before its name (the blank a line of its own the text drops:
                # "____" / "(мемлекеттік мекеменің атауы)" / "____ ашылған аккредитив бойынша карточка", MinFin 2004 №
                # 114): the form's, no title
                form = (form or []) + [t]
                ctx.take(j)
            elif not title and not ctx.lines[j].block and _BLANK_ABOVE.match(t):
                # a blank to fill above the form's name ("____ Наименование государственного органа"): the form's
                form = (form or []) + [t]
                ctx.take(j)
            elif form is not None and marker("history_note").search(t):  # a note on the form: its event
                found = read_note(ctx, j, act.ref, path, ctx.doc.units + out.units)
                if found:
                    out.amendments += found[0]
                    out.acts += found[1]
            elif (is_structural(t) or marker("history_note").search(t) or is_opener(t) or marker("footnote").match(t)
                  or marker("numbered_position").match(t)  # a position's heading over its criteria table
                  # a sentence: the attachment's text begins (not the subject after a kind's word alone, "Инструкция" /
                  # "О порядке учета, оценки и реализации … камней.")
                  # (… under a form's name, its first sentence: "Заявление" / "Прошу произвести учетную регистрацию …")
                  or title and _names_form(title[0]) and t.endswith(".") and len(t) > 40 and t[:1].isupper()
                  or (title and len(t) > 120 and t.endswith(".")
                      and not (len(title) == 1 and len(title[0]) < 20 and marker("attached_title").match(title[0])))
                  # a form's first field ("Вид аттестации:"), a lead-in: no title ends so (a heading may: "## О
                  # внесении изменений и дополнений в Инструкцию …, утвержденную … N 41:", "## Минимальное количество
                  # нотариусов в нотариальном округе:")
                  or t.endswith((":", ";")) and not (ctx.lines[j].level and not title)
                  or ((form is not None or title) and ctx.lines[j].block)
                  # a form drawn in text under its name, opening with a blank ("Заявление-анкета" / "______ фамилия, …")
                  # … or with its blank date field ('"____" _________ 20__ г. № ____', '20__ж. "___"_________ № _____')
                  or title and bool(marker("blank_date_field").match(t))
                  # … or with the caption of a blank drawn under it ("(салық басқармасының, департаментінің атауы)";
                  # a bracket the title goes on after in lower case is its words: "(в т.ч. зарегистрировавших …)" / "в
                  # период с 1 апреля 1997 года …")
                  or title and bool(_CAPTION.fullmatch(t)) and t[1:2].islower()
                  and not (j + 1 < end and ctx.text(j + 1)[:1].islower() and not ctx.lines[j + 1].block)
                  or title and marker("introduction_heading").match(t)  # "Введение": the standard's first division
                  or title and marker("paper_version").match(t)  # "(см. бумажный вариант)": the drawing's place
                  or title and ctx.lines[j].level and marker("general_provisions").match(t)  # "## Общие положения"
                  # the caption under a blank below a form's name set as a heading ("## Заявление" / "____" / "фамилия,
                  # имя, отчество …"), no words of the name
                  or headed and title and not ctx.lines[j].level and t[:1].islower() and _names_form(title[-1])
                  or title and marker("measure_caption").search(t)  # "ед. изм. долл. США": the table's, under the title
                  or title and bool(marker("table_caption").match(t))  # "## Таблица 1. Описание действий СФЕ": the table's
                  # … under the word "Форма" alone, the first of the form's tables ("Форма" / "## Таблица 1 «О работе
                  # частных судебных исполнителей …»" / its table / … / "## Таблица 2 «…»", MinJust 2011 № 16): no title
                  or form is not None and not form and not title and bool(ctx.lines[j].level)
                  and bool(marker("table_caption").match(t))
                  # a heading of the title's level under a whole title that names the document's kind: the first
                  # division of its text ("## Перечень должностей …, замещаемых на конкурсной основе" / "## Должности
                  # центрального аппарата и подразделений …", MVD 2013 № 522)
                  or headed and len(title) == 1 and ctx.lines[j].level and ctx.lines[j].level == ctx.lines[j - 1].level
                  and t[:1].isupper() and not t.isupper() and len(title[0].split()) > 2
                  and bool(marker("attached_title").search(title[0])) and not marker("country_line").match(t)
                  and not marker("hanging_word").search(title[0])
                  and not marker("attached_title").search(t)
                  # a paragraph in capitals under a title set as a heading: the attachment's text ("## г. Астана" / "РЭО
                  # УДП ДВД г. Астана, Алматинский район, …", the addresses a standard's appendix lists)
                  or headed and form is None and not ctx.lines[j].level and not ctx.lines[j].block and t[:1].isupper()
                  # a form drawn in a fence with no name above it ("СЕРИЯ___ N___ КОРЕШОК К ЖАЛОБЕ" / "Ф.И.О.
                  # заявителя____" / …): the appendix's text; its name is not all of it
                  or not title and ctx.lines[j].block and "___" in t and (t.count("\n") >= 2 or len(t) > 200)):  # a table or fenced block: the builder's
                k, formed = j, form is not None
                corner: list[int] = []  # the addressee's lines under the word "Форма", the form's text
                records = False  # under a note that ends with a colon, its records, each ending with ";" but its last
                while not title and k < end and k - j < 24 and (
                        # (the addressee's corner in a blockquote under the note, with no word "Форма" above it, its
                        # blanks run together: "Сноска. Приложение с изменениями - …" / "> *Председателю конкурсной
                        # комиссии*" / "> *____области*" / … / "## Заявление", MinJust 2003 № 259)
                        (addressed := k > j and _addressee_quoted(ctx, k))
                        or marker("history_note").search(ctx.text(k))
                        # (… over paragraphs: "Сноска. По тексту:" / 'аббревиатура "ГУВД-УВД" заменена аббревиатурой
                        # "ДВД";' / … / 'слова "…" заменена словами "…" - приказом … N 541 (…).', MVD 2003 № 280)
                        or records and not ctx.lines[k].level and not ctx.lines[k].block and not is_structural(ctx.text(k))
                        # a note that ends with a colon goes on under it ("Сноска. По всему тексту Инструкции:" / 'слова
                        # "…" заменены словами "…" - приказом …')
                        or k > j and not ctx.lines[k].level and marker("history_note").search(ctx.text(k - 1))
                        and ctx.text(k - 1).rstrip(" *_").endswith(":")
                        # … or one broken after the issuer, its act in the next paragraph ("Ескерту: Қосымша жаңа
                        # редакцияда жазылды - Ішкі істер" / "министрінің 2005 жылғы 17 қарашадағы N 639 … бұйрығымен .")
                        or k > j and not ctx.lines[k].level and marker("history_note").search(ctx.text(k - 1))
                        and not find_note_acts(ctx.text(k - 1)) and bool(find_note_acts(f"{ctx.text(k - 1)} {ctx.text(k)}"))
                        or k > j and marker("form_heading").match(ctx.text(k))
                        # the form's addressee in its top right corner ("Председателю Комитета" / "_____")
                        or formed and k > j and not ctx.lines[k].level and not ctx.lines[k].block
                        and len(ctx.text(k)) < 60 and not re.search(r"[.;:]$", ctx.text(k))
                        and not is_structural(ctx.text(k))):
                    if (formed or addressed) and not marker("history_note").search(ctx.text(k)) \
                            and not marker("form_heading").match(ctx.text(k)):
                        corner.append(k)
                    formed = formed or bool(marker("form_heading").match(ctx.text(k)))
                    records = (ctx.text(k).rstrip(" *_").endswith(":") and bool(marker("history_note").search(ctx.text(k)))
                               or records and ctx.text(k).rstrip(" *_").endswith(";"))
                    k += 1  # the appendix's note (and the word "нысан"), then its title heading: the title is the heading's
                if (k > j and k < end and not title and not ctx.lines[k].level and not ctx.lines[k].block
                        and (marker("form_name_head").match(ctx.text(k))
                             or ctx.text(k)[:1].isupper() and k + 1 < end and ctx.lines[k + 1].block == "form")
                        and len(ctx.text(k)) < 100 and not re.search(r"[.;:]$", ctx.text(k))):
                    # the appendix's note, then the name of the form it gives in a paragraph of its own, a number to
                    # fill ("Сноска. Приложение 3 дополнено - …" / "Реестр разрешений N ___" / '### от "__" ___ 200_г.',
                    # MinFin 2004 N 469), or right over the form drawn in text ("Ескерту. 2-қосымша жаңа редакцияда …"
                    # / "Көлік оқиғасының сызбасы" / its fenced form, MVD 2011 № 52): the title (its blank day under it
                    # is the form's)
                    title.append(ctx.text(k))
                    ctx.take(k)
                    ctx.head_read.add(k)
                elif k > j and k < end and ctx.lines[k].level and not is_structural(ctx.text(k)):
                    if _BLANK_ABOVE.match(ctx.text(k)) and k + 1 < end and ctx.lines[k + 1].level \
                            and not is_structural(ctx.text(k + 1)):
                        form = (form or []) + [ctx.text(k)]  # "## ____ Наименование государственного органа"
                        ctx.take(k)
                        k += 1
                    title.append(ctx.text(k))
                    ctx.take(k)
                    if named := _certificate_name(ctx, k, end):
                        drawn_head += title + [ctx.text(k + 1)]
                        title = named
                if title and corner:
                    # (the addressee in the form's corner under "Форма", a note above it: "Сноска. Приложение 1 в
                    # редакции …" / "Форма" / "Министерство юстиции" / … / "## Заявление, …", MinJust 2020 N 32)
                    form = (form or []) + [ctx.text(x) for x in corner]
                    ctx.take(*corner)
                    ctx.head_read.update(corner)
                elif k > j and k < end and not title and ctx.lines[k].block == "form":
                    # the appendix's note, then its drawn form: the name written in it ("Жекеше нотариустың" / "Жеке
                    # сауал-сұрағы" / …), or the name under the form's head drawn in blocks ("____" / "асыратын органның
                    # атауы" / … / "Өтініш")
                    name_at = next((x for x in range(k, min(end, k + 4)) if ctx.lines[x].block != "form"), None)
                    if _form_name(ctx.text(k)):
                        title.append(_form_name(ctx.text(k)))
                    elif name_at is not None and marker("form_name_head").match(ctx.text(name_at)) \
                            and len(ctx.text(name_at)) < 100:
                        title.append(ctx.text(name_at))
                        ctx.take(name_at)
                break
            else:
                if title and not headed and form is None and ctx.lines[j].level and (
                        any("___" in x for x in title) or title[0][:1].islower()
                        # … or a remark above it, a sentence wrapped over paragraphs ("Копия свидетельства, полученная
                        # с оригинала" / "ксерографическим или аналогичным способом," / … / "## СВИДЕТЕЛЬСТВО о
                        # согласовании …", MVD 2003 № 87)
                        or len(title) >= 3 and all(x[:1].islower() for x in title[1:]) and t[:1].isupper()
                        and len(" ".join(title)) > 100):
                    # the form's head written above its name set as a heading ("Министерство юстиции Республики
                    # Казахстан" / "Управление юстиции______" / "## Свидетельство о …"; the captions of its blanks,
                    # "наименование органа, осуществляющего" / "регистрацию избирательного фонда" / "## Заявление"): the
                    # form's, not the title's
                    drawn_head += title
                    title = []
                # (… and, under the word over a form, so is the kind of the document in capitals set as a heading of its
                # own right under the title's, the Kazakh way of naming it last: "## Уақытша орналастыру орталығына …
                # алғашқы қоныстандыруды тiркеу" / "## ЖУРНАЛЫ", MVD 2011 № 570; the Russian "## ЖУРНАЛ регистрации …")
                kind_below = (len(title) == 1 and ctx.lines[j].level > 0 and ctx.lines[j - 1].level > 0
                              and t.isupper() and len(t.split()) <= 2 and "_" not in t and not re.search(r"[\d.;:]", t))
                (title if form is None or (ctx.lines[j].level and not title and not cornered) or kind_below
                 else form).append(t)
                headed = headed or form is None and not ctx.lines[j].block and ctx.lines[j].level > 0
                ctx.take(j)
            j += 1
        if not title and form:
            # the form's name: its first line when that is a name, no field ("Заң консультантымен … көрсету туралы
            # келісім" under "Нысан"), or the name a form of administrative data gives in its head ("Әкімшілік
            # нысанның атауы: …")
            head = form[0]
            # (not the addressee in the form's corner: "Қазақстан Республикасы" / "Президенті Әкімшілігінің" /
            # "Басшысына" / "(Т.А.Ә.)", no name of the form)
            # (… its number left blank at its end: "Дополнение к квалификационному свидетельству № _____")
            named = re.sub(r"\s*(?:№|\bN)\s*_+$", "", head)
            if re.match(r"[^\W\d_]", head) and head[:1].isupper() and 10 <= len(head) <= 250 \
                    and not re.search(r"[_:]|[.;]$", named) and not is_structural(head) \
                    and not any(marker("form_addressee").fullmatch(x) and not x.startswith("(") for x in form[:6]):
                # (… the caption of a blank for a name alone is no addressee: "Выдано ____" / "(Ф.И.О.)")
                title, form = [head], form[1:]
            else:
                named = next((m for m in map(marker("administrative_form_name").match, form) if m), None)
                # (… or, under the form's corner, its name in capitals: "Утверждаю" / "Руководитель экспертной" / … /
                # "подпись, дата, печать" / "ЗАКЛЮЧЕНИЕ АУДИТА В ОБЛАСТИ ПОЖАРНОЙ БЕЗОПАСНОСТИ", MVD 2017 № 240)
                caps = next((x for x in form[1:12] if _name_in_capitals(x)), None) if not named else None
                title = [named.group("t").strip()] if named else [caps] if caps else title
                form = [x for x in form if x is not caps]
        if not title and form is not None and _drawn(ctx, j, end) and (drawn := _form_name(ctx.text(j))):
            # … or the name written in the form drawn under the word "Нысан" (and the corner where it is approved:
            # "«Б Е К І Т Е М І Н»" / … / "(қол қойылған күн)" / "Нормативтік құқықтық актіні мемлекеттік тіркеу
            # туралы / Қ О Р Ы Т Ы Н Д Ы", MinJust 2016; "форма" / "Справка-обоснование* к", MinJust 2016 № 912)
            title = [drawn]
        if not title and form is not None and j < end and ctx.lines[j].block == "table":
            # … or the name in capitals set as a heading under the blanks drawn in a table at the form's top ("Форма" /
            # "____ | ____" / "Наименование суда, вынесшего решение" / "## ИСПОЛНИТЕЛЬНЫЙ ЛИСТ", MinJust 2019 № 550)
            k = j
            while k < end and k - j < 4 and ctx.lines[k].block == "table":
                k += 1
            if k < end and k > j and ctx.lines[k].level and _name_in_capitals(ctx.text(k)) \
                    and any("___" in ctx.text(x) for x in range(j, k)):
                title = [ctx.text(k)]
                ctx.take(k)
        if not title and j < end and ctx.lines[j].block == "table" and (caption := _spanning_caption(ctx, j, end)):
            # … or the caption in the first row of the table the appendix opens with, one cell across it ("КАРТОЧКА
            # ПРОФЕССИИ «Инженер-эксперт по проведению экспертизы …»" over "Код профессии | -", MinJust 2015 № 58)
            title = [caption]
        if not title and coded:
            title = [coded]  # a typical form whose name is drawn in its template ("___ АКТІСІ (ЖҮКҚҰЖАТ) ___"): its code
        title = [x for x in title if x.strip()]  # (a line left empty by a link code read away: no word of the title)
        if title and (blank := marker("blank_date_tail").search(title[-1])) and blank.start() > 0:
            title[-1] = title[-1][:blank.start()]  # (a form's blank day on the line of its name: no words of it)
        if title and (blank := marker("blank_caption_tail").search(title[-1])) and blank.start() > 0 \
                and not marker("hanging_word").search(name := title[-1][:blank.start()]) \
                and not marker("title_hanging").search(name):
            # a blank to fill and its caption on the line of the form's name, after it ("## Нормативтік құқықтық актіге
            # анықтама-негіздеменің нысаны ____ (нысаны, қабылданған күні, тіркеу нөмірі …)", MinJust 2006 № 240 in
            # Kazakh, where the Russian sets them apart): the form's text, no words of the name
            title[-1], form = name, [title[-1][blank.start():].strip()] + (form or [])
        out.units.append(Unit(act.ref, path, " ".join(title) or None, "\n".join(drawn_head + (form or [])) or None,
                              ctx.loc(first, max(first, j - 1))))
        if ctx.repeal_appendix:  # the operative part repeals the acts one appendix lists: that one, no other
            ctx.pending_repeal = ctx.repeal_appendix[1] if path == listing else None
        elif ctx.pending_repeal and not marker("list_attached").search(ctx.pending_repeal):
            # a repeal whose acts were listed right below it ("… мына нормативтік актілердің күші жойылды деп
            # есептелсін:"): the attachment's points are no items of that list (its first, citing a decree, had been
            # read as the decree repealed)
            ctx.pending_repeal = None
        signed = _closing_signature(ctx, j, end, path)
        if signed:  # the attachment signed at its end ("Руководитель аппарата Акима области" / "С.Жусупова")
            end = signed[0]
            out.signatories.append(signed[1])
        out.add(_region(ctx, act.ref, j, end, path, title=" ".join(title))[0])
        ctx.pending_repeal = None
    return out
