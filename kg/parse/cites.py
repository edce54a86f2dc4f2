"""The acts a text's units cite in their words: after the whole text is read, each unit of the act whose words name a
law or code (by title or name), or an act by its day and number, with the units cited of it ("в соответствии со
статьей 46 Закона Республики Казахстан «Об авторском праве и смежных правах»": the law's article 46). The same
reading as a preamble's legal basis (`header.basis_of`), so a unit cites what a preamble would stand on; a law cited
by a title enacted anew, with no day, is the one in force on the day the unit's wording is of. A law given a short
name in brackets ("… «Об административных правонарушениях» (далее - Кодекс)") is cited by it in the units after
("статьей 802 Кодекса")."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..laws import code_letters, law_name, law_of_the_day, wording_day
from ..lexicon import marker, phrases
from ..model import APPROVED_DOCUMENT, TITLED_KINDS, ActRef, Citation, Document, Path
from ..patterns import expand_code_letters, find_act_refs, in_its_year, law_ref_span, strip_quoted
from .header import approving, basis_of
from .structure import unwrapped_text

__all__ = ["citations"]


def _cites(path: Path) -> bool:
    """Do a unit's words cite: not a title, the act's head, nor the act's own preamble, its eli:based_on read already;
    an attachment's preamble does ("Правовую основу … составляют Конституция Республики Казахстан, Законы …", the
    opening paragraphs of MVD 2003 № 280's instruction, one unit where a note names them)."""
    return path[-1][0] != "title" and path != (("preamble", ""),)


# the title a short name's use is given while it is read (no act's: every citation of it is the defined act's)
_STANDIN = "KZLEX-DEFINED-{}"


def citations(doc: Document) -> list[Citation]:
    """The citations of `doc`'s units, each once per unit (a unit with parts cites through its parts)."""
    if doc.act is None:
        return []
    own = doc.act.ref
    # (a unit whose text its parts repeat, from its first: a point whose parts follow a list, "15. … пошлина:" / "1) …"
    # / … / "Кроме того, …", numbered from 2, keeps its first paragraph its own and cites through it, MVD 2011 № 502)
    parted = {u.path[:-1] for u in doc.units if u.path and u.path[-1] == ("part", "1")}
    # a list set as a table cites through its rows: its own lines are the rest (its head, a group's heading row)
    rows: dict[Path, set[str]] = {}
    for u in doc.units:
        if u.path and u.path[-1][0] == "tablerow" and u.text:
            rows.setdefault(u.path[:-1], set()).update(u.text.split("\n"))
    worded = _wording_days(doc)
    hint = marker("cites_act")
    # a short name, in lower case, and what it names: a law or code (and no unit), or the act that approved a document
    # and the document's place in it
    defined: dict[str, tuple[ActRef, Path]] = {}
    # the laws cited so far, by title: with one alone, "Заңның 33-бабы" with no bracket naming it is that law's
    laws = {ref.title.lower(): ref for ref, _ in doc.act.based_on if ref.kind == "law" and ref.title}
    bare = phrases()["undefined_short_law"][doc.lang]
    # the acts cited so far approving a typical document ("… № 111 қаулысымен бекітілген … үлгі қағидасына"), unless
    # the act's own document is a typical one
    typical: list[ActRef] = []
    typical_own = bool(own.title and marker("typical_approved").search(own.title))
    out: list[Citation] = []
    for u in sorted(doc.units, key=lambda u: u.loc.line if u.loc else 0):  # (in the order of the text)
        if u.path and u.path[-1][0] == "preamble" and u.text and u.act.ident == own.ident:
            # (the preamble cites nothing, it is the act's basis; the short names it gives hold after it: "… Закона …
            # "О государственном контроле и надзоре …" (далее - Закон), ПРИКАЗЫВАЮ:" / "2. … руководствоваться
            # нормами Закона …", MinJust 2011 № 89)
            _define(u.text, doc.lang, wording_day(own.date, [d for p, d in worded.items() if u.path[:len(p)] == p]),
                    defined)
        names = _with_undefined(defined, bare, laws)
        # (a day given as "this year's" is the act's year: "Постановление … № 439 от 15 апреля с.г.")
        text = in_its_year(u.text if u.path not in rows else
                           "\n".join(line for line in (u.text or "").split("\n") if line not in rows[u.path]), own.date)
        if (not u.defined or not text or u.act.ident != own.ident or not u.path or not _cites(u.path)
                or u.path in parted or not (hint.search(text) or expand_code_letters(text, doc.lang) != text
                                            or names and _uses(text, doc.lang, names)
                                            or typical and marker("typical_document").search(text))):
            continue
        text = unwrapped_text(text)  # (its lines a fixed width wrapped joined: "… ст." / "362 Уголовного кодекса")
        day = wording_day(own.date, [d for p, d in worded.items() if u.path[:len(p)] == p])
        _define(u.text, doc.lang, day, defined)
        if not typical_own:
            _typical(u.text, doc.lang, defined, typical)
        with_bare = _with_undefined(defined, bare, laws)
        found = [(law_of_the_day(ref, day), path)
                 for ref, path in _cited(text, doc.lang, with_bare, bare if with_bare is not defined else None)]
        laws.update((ref.title.lower(), ref) for ref, _ in found if ref.kind == "law" and ref.title
                    and not ref.title.startswith(_STANDIN.format("")))
        _letters_of_codes_cited(found, doc.lang, defined)
        # (an act the unit cites a unit of is cited already: "… Заңының (бұдан әрі - «…» Заңы) 10-бабы" names the law
        # whole in its bracket and its article after)
        parts = {ref.ident for ref, path in found if path}
        seen: set[tuple] = set()
        for ref, path in found:
            # (the act itself, its issuer named shorter: "… уполномоченным органом решением Акима области, N 1-10 от 18
            # января 1999 г." in the regulation the Almaty oblast akim's decision 1-10 approves)
            itself = ref.kind == own.kind and ref.number == own.number and ref.date == own.date and bool(own.number)
            if ref.ident == own.ident or itself or (ref.ident, path) in seen or not path and ref.ident in parts:
                continue
            seen.add((ref.ident, path))
            out.append(Citation(u.path, ref, path, u.loc))
    return out + _instructed(doc, out, parted)


def _instructed(doc: Document, found: list[Citation], parted: set) -> list[Citation]:
    """The acts and units the text's own instructions amend, repeal or suspend, each cited by the unit that instructs
    it, where its words did not cite it already: "Признать утратившими силу следующие приказы:" / "1) Министра … от 26
    августа 2013 года № 517 …" names an order its words alone do not (the kind is the lead-in's), as the Kazakh "… №
    517 бұйрығының … күші жойылды деп танылсын" does; the two texts of an act cite alike."""
    own = doc.act.ref.ident
    have = {(c.unit, c.act.ident, c.path) for c in found}
    units = [u for u in doc.units if u.act.ident == own and u.loc and u.path and _cites(u.path)
             and u.path not in parted]
    out: list[Citation] = []
    by_line: dict[int, Path | None] = {}  # (an amending order's instructions share their lines: each line once)
    held: dict[int, set[Path]] = {}  # (each line's units: a paragraph of a point has the point's lines)
    for a in doc.amendments:
        if a.from_note or a.loc is None or a.amending.ident != own or a.target_act.ident == own:
            continue
        if a.loc.line not in by_line:
            # (the finest unit whose lines hold the instruction's first; else the one the instruction stands under, an
            # amending order's appendix listing its changes: "Изменения, вносимые в …" / "1. В приказе …")
            holding = [u for u in units if u.loc.span[0] <= a.loc.line <= u.loc.span[1]] or \
                [u for u in units if u.loc.line <= a.loc.line]
            by_line[a.loc.line] = max(holding, key=lambda u: (u.loc.line, len(u.path))).path if holding else None
            held[a.loc.line] = {u.path for u in holding}
        unit = by_line[a.loc.line]
        # (not when a unit there cites it in its words already: "2. Признать утратившими силу:" / "приказ … № 41 …;",
        # the paragraph naming the act, not the point's lead-in, cites it)
        if unit is not None and not any((u, a.target_act.ident, a.path) in have for u in held[a.loc.line] | {unit}):
            have.add((unit, a.target_act.ident, a.path))
            out.append(Citation(unit, a.target_act, a.path, a.loc))
    return out


def _letters_of_codes_cited(found: list, lang: str, defined: dict[str, tuple[ActRef, Path]]) -> None:
    """The letters a code is written with (laws.yaml `letters`), defined as the short name of that code once the text
    has cited it by its name, no bracket giving them: "… Қазақстан Республикасы қылмыстық-атқару кодексiнiң негiзiнде
    …", then "ҚАК-тың 9 бабы бойынша" (MinJust 2001 № 148, whose Russian text gives its "(далее - УИК)")."""
    codes = {law_name(ref.kind, ref.title): ref for ref, _ in found if ref.kind == "code" and ref.title}
    for letters, name in code_letters(lang).items() if codes else ():
        ref = codes.get(law_name("code", name))
        if ref is not None:
            defined.setdefault(letters, (ref, ()))


def _with_undefined(defined: dict[str, tuple[ActRef, Path]], bare: str, laws: dict[str, ActRef]) -> dict:
    """The short names defined, and "Заң" ("Закон") for the one law cited so far when no bracket defined it."""
    if bare in defined or len(laws) != 1:
        return defined
    return {**defined, bare: (next(iter(laws.values())), ())}


_QUOTED_LAST = re.compile(r'[«"]([^«»"]{3,300})[»"]\s*$')  # a title quoted right before where the search stops


def _define(text: str, lang: str, day: str | None, defined: dict[str, tuple[ActRef, Path]]) -> None:
    """The short names `text` gives the laws and codes it cites: "(далее - Кодекс)", "(бұдан әрі – Заң)" right after
    a citation names the law cited last before it; and those it gives a document another act approved ("… (далее –
    Типовые правила), утвержденными постановлением … № 111"): that act's appendix."""
    # (what the whole text cites, read once for all its brackets, and only when one asks)
    acts, bases = cache(lambda: find_act_refs(text)), cache(lambda: basis_of(text, lang))
    for m in marker("hereinafter").finditer(text):
        name = m.group("name").strip()
        if marker("short_act_number").fullmatch(name):
            # (an act's kind and number, "(далее - приказ № 998)": the act of that number cited last before it)
            number = re.search(r"\d[\d/-]*", name)
            # (… or its kind and its issuer's letters, "(далее - приказ ГП РК)": the act of that kind cited last)
            kind = phrases()["act_kind_prefixes"].get(name[:4].lower())
            cited = [ref for ref, _, end in acts() if end <= m.start()
                     and (ref.number == number.group(0) if number else ref.kind == kind)]
            if cited:  # (the issuer's letters as written, capitals)
                defined[name.lower() if number else name] = (cited[-1], ())
            continue
        if marker("short_document_name").fullmatch(name):
            act = _approved_by(text, m, lang)
            if act is not None:  # (as written: a standard's name in lower case is used so, "пунктом 9 стандарта")
                defined[name] = (act, APPROVED_DOCUMENT)
            continue
        # (a word, in any case, or several ending or opening with the law's; or letters, as written: "(далее – КоАП)")
        key = name.lower() if marker("short_law_name").fullmatch(name) or marker("short_law_words").fullmatch(name) \
            else name if marker("law_abbreviation").fullmatch(name) and _cited_right_before(text, m.start()) else None
        if key is None:
            continue
        laws = [ref for ref, _ in basis_of(text[:m.start()], lang) if ref.kind in TITLED_KINDS]
        quoted = _QUOTED_LAST.search(text, 0, m.start())
        if laws and quoted and not _quotes_law(quoted.group(1), laws[-1]):
            # the title right before the bracket is another's, a law whose kind comes after ("… «Әкімшілік құқық
            # бұзушылық туралы» … Кодексіне, … 2001 жылғы 16 шілдедегі «… құрылыс қызметі туралы» (бұдан әрі–Заң), …
            # «…» заңдарына", Almaty oblast maslikhat 2016 № 5-32): that law, read in the whole text, or none
            laws = [ref for ref, _ in bases() if ref.kind in TITLED_KINDS
                    and law_name(ref.kind, ref.title or "") == law_name(ref.kind, quoted.group(1))]
        if laws:
            defined[key] = (law_of_the_day(laws[-1], day), ())


def _quotes_law(quoted: str, ref: ActRef) -> bool:
    """Is `quoted` the title of the law or code `ref`: its title, or a code's whole name, its word and the country's in
    the quotes ("«Водного кодекса Республики Казахстан» (далее Кодекс)", Almaty oblast maslikhat 2016 № 2-16)."""
    name = law_name(ref.kind, ref.title or "")
    if law_name(ref.kind, quoted) == name:
        return True
    named = law_ref_span(quoted)
    return bool(named) and named[1] == 0 and law_name(named[0].kind, named[0].title or "") == name


def _typical(text: str, lang: str, defined: dict[str, tuple[ActRef, Path]], typical: list[ActRef]) -> None:
    """Note each act `text` cites as approving a typical document (its name beside the act: "… № 111 қаулысымен
    бекітілген … оқуға қабылдаудың үлгі қағидасына", "Типовых правил …, утвержденных постановлением … № 111"); with
    one such act cited, a typical document named by its kind alone and capitalised, that no bracket named ("Үлгі
    ережеге", "Үлгі ереженің 5-тармағында"), is that act's appendix (as a bracket's short name is, `_define`)."""
    for ref, a, b in find_act_refs(text):
        window = text[b:b + 300] if lang == "kk" else text[max(0, a - 300):a]
        if approving(text, a, b, lang) and marker("typical_approved").search(window) and ref not in typical:
            typical.append(ref)
    if len(typical) == 1:
        for name in phrases()["typical_names"][lang]:
            defined.setdefault(name, (typical[0], APPROVED_DOCUMENT))


def _approved_by(text: str, m: re.Match, lang: str) -> ActRef | None:
    """The act that approved the document a bracket at `m` gives a short name: the act named next to the bracket with
    the word of approval between them ("… реализующие … (далее – Типовые правила), утвержденными постановлением … №
    111"; "… Правил …, утвержденных постановлением … № 111 (далее – Правила)"; "… № 111 қаулысымен бекітілген … үлгі
    қағидаларына (бұдан әрі – Үлгі қағидалар)"); None when no act is (a text's own rules: "(далее – Правила)")."""
    refs = find_act_refs(text)
    after = next(((ref, a, b) for ref, a, b in refs if a >= m.end()), None)
    if (lang == "ru" and after and after[1] - m.end() <= 80 and not re.search(r"[.;()]", text[m.end():after[1]])
            and approving(text, after[1], after[2], lang)):
        return after[0]
    before = [(ref, a, b) for ref, a, b in refs if b <= m.start()]
    if before:
        ref, a, b = before[-1]
        # (the act's registration bracket may stand between them, a comma before it: "… № 961 (зарегистрирован … за
        # № 18156) (далее – стандарт)", "… № 242, (зарегистрированный … за № 11188) (далее – Стандарт)")
        gap = text[b:m.start()].lstrip(", ")
        if marker("registration_bracket").match(gap) and (close := text.find(")", m.start() - len(gap))) < m.start():
            b = close + 1
        # (in Russian the act's quoted title may stand between: "…, утвержденного постановлением … № 1266 «Об
        # утверждении стандарта государственной услуги «…»» (далее - стандарт)", MVD 2012 № 584)
        near = (m.start() - b <= 3 or _title_alone(text[b:m.start()])) if lang == "ru" else \
            m.start() - b <= 300 and not re.search(r"[.;]", text[b:m.start()])
        if near and (approving(text, a, b, lang) or _title_approves(ref.title or text[max(0, a - 250):a], m.group("name"))):
            return ref
    return None


def _title_alone(gap: str) -> bool:
    """Is `gap` a quoted title and nothing else (its quotes may not all close: the source's)?"""
    gap = gap.strip()
    return gap.startswith('"') and not strip_quoted(gap).strip(' "')


def _title_approves(title: str, name: str) -> bool:
    """Does an act's title (or, in Kazakh, the words before the act, where its title stands) say it approves the
    document a short name names ('"…" мемлекеттік қызмет стандартын бекіту туралы" … № 764 қаулысына (бұдан әрі -
    Стандарт)', MVD 2012 № 388: the standard, the resolution's appendix)?"""
    title = title.strip(' "«»')
    return bool(marker("approving_title").search(title)) and name.split()[0][:5].lower() in title[-120:].lower()


def _cited_right_before(text: str, at: int) -> bool:
    """Does a law or code's citation end right before `at` (letters in a bracket there are its short name: "… кодексіне
    (бұдан әрі – ӘҚБтК)"; not those of a body named after a code's article, "Салық кодексінің 457-бабында белгіленген,
    Еуразиялық экономикалық одақтың (бұдан әрі – ЕАЭО)")?"""
    cited = _titled_citations(text[:at])
    return bool(cited) and not text[cited[-1][1]:at].strip(" ,")


def _cited(text: str, lang: str, defined: dict[str, tuple[ActRef, Path]], undefined: str | None = None) -> list:
    """What `text` cites, a short name defined before read as the law it names: each use is given a stand-in title
    where a title stands ('статьей 802 Кодекса "…"', '"…" Заңның 5-бабына'), read with its units, and the stand-in
    replaced by the law. The short name `undefined`, no bracket's, names the law only with units ("Заңның 33-бабы"; not
    "… министрлігінің Заң қызметі департаментіне", the ministry's legal department)."""
    if not defined:
        return list(basis_of(text, lang, every=True))
    names = sorted(defined, key=len, reverse=True)
    brackets = [m.span() for m in marker("hereinafter").finditer(text)]
    # (the bare word closing a law's own citation is no use of a short name: '"Салық және … туралы" 1995 жылғы 24
    # сәуірдегі N 2235 Заңына', the law cited by title, not "Заң" the law cited alone before)
    cited = _titled_citations(text) if undefined else []
    pieces, at = [], 0
    for start, end, name, word in _uses(text, lang, defined):
        if start < at or any(a <= start < b for a, b in brackets) \
                or name == undefined and any(a <= start < b for a, b in cited):
            continue
        standin = '"' + _STANDIN.format(names.index(name)) + '"'
        pieces += [text[at:start], f"{standin} {word}" if lang == "kk" else f"{word} {standin}"]
        at = end
    marked = "".join(pieces) + text[at:]
    out = []
    for ref, path in basis_of(marked, lang, every=True):
        if ref.title and ref.title.startswith(_STANDIN.format("")):
            # (a document's units are the approving act's appendix's; the document named with no unit, the act, as
            # a preamble's "… Правилами, утвержденными постановлением … № 111" is)
            name = names[int(ref.title.rsplit("-", 1)[1])]
            if name == undefined and not path:
                continue
            ref, into = defined[name]
            path = into + path if path else ()
        out.append((ref, path))
    return out


def _titled_citations(text: str) -> list[tuple[int, int]]:
    """Where the laws and codes `text` cites by title stand (start, end), each citation's words."""
    out, start = [], 0
    while (found := law_ref_span(text[start:])) and found[2] > 0:
        out.append((start + found[1], start + found[2]))
        start += found[2]
    return out


def _uses(text: str, lang: str, defined: dict[str, tuple[ActRef, Path]]) -> list[tuple[int, int, str, str]]:
    """(start, end, short name, the word of its kind) of each use in `text` of a short name defined before: the word
    itself ("статьей 802 Кодекса"), or for letters the word of the kind of act they name, as the lexicon gives it
    ("по части пятой статьи 275 КоАП": "Кодекса"; "ӘҚБтК-нің 5-бабы": "Кодексінің"); a document's name in any case
    ("пунктом 5 Типовых правил"), not the text's own ("настоящих Правил"), read as a law's word."""
    names = sorted(defined, key=len, reverse=True)
    out = []
    # (a decree's "having the force of law", "Указа …, имеющего силу Закона, от …", uses no law's short name)
    forced = [m.span() for m in marker("force_of_law").finditer(text)]
    for m in marker("short_law_name").finditer(text):
        name = next((n for n in names if not defined[n][1] and m.group(0).lower().startswith(n)), None)
        if name is not None and not any(a <= m.start() < b for a, b in forced):
            out.append((m.start(), m.end(), name, m.group(0)))
    letters = tuple(n for n in names if marker("law_abbreviation").fullmatch(n))
    if letters:
        for m in _letters_used(letters).finditer(text):
            name = next(n for n in letters if m.group(0).startswith(n))
            word = phrases()["abbreviated_kind"].get(defined[name][0].kind, {}).get(lang)
            if word:
                out.append((m.start(), m.end(), name, word))
    # (an act's kind and number, in any case: "(далее - приказ № 998)", "утвержденных приказом № 998"; its kind alone,
    # capitalised, with the units it names: "(…, далее - Приказ)", "пункта 27 Приказа", "Бұйрықтың 27-тармағының")
    numbered = {n for n in names if marker("short_act_number").fullmatch(n)}
    for name in numbered:
        bare = " " not in name
        for m in (_kind_used(name) if bare else _act_number_used(name)).finditer(text):
            if bare and not (marker("short_kind_unit_before").search(text[max(0, m.start() - 60):m.start()])
                             or marker("short_kind_unit_after").match(text, m.end())):
                continue
            if bare and name[:1].islower() and marker("short_kind_named_after").match(text, m.end()):
                continue  # (the kind's word of another act named in full: "пункта 3 постановления Правительства …")
            out.append((m.start(), m.end(), name, phrases()["abbreviated_kind"]["law"][lang]))
    # (several words, not within a quoted title, below: "«Қазақстан Республикасының Патент заңы» Заңына (бұдан әрі –
    # Патент заңы)")
    several = [n for n in names if not defined[n][1] and " " in n and n not in numbered]
    for name in several:
        law = marker("short_law_words").fullmatch(name[:1].upper() + name[1:])
        word = law and (law.group("kk") or law.group("ru") or law.group("ru2"))
        for m in _document_used(name, word.lower() if word else None).finditer(text):
            # (a name quoting the law's title, "(далее – Закон «О воинской службе и статусе военнослужащих»)": its use
            # ends with the title's closing quote, where the text has it)
            end = m.end() + (name.endswith('"') and text.startswith('"', m.end()))
            out.append((m.start(), end, name, phrases()["abbreviated_kind"]["law"][lang]))
    own = marker("own_document")
    for name in (n for n in names if defined[n][1]):
        for m in _document_used(name, as_written=True).finditer(text):
            # (not the text's own document, nor a document of its name that another act, named right there, approved:
            # "… № 1151 қаулысымен бекітілген Терроризмге қарсы қорғалуды ұйымдастыруға қойылатын талаптарға", the
            # short name of resolution 305's requirements, here resolution 1151's)
            if not own.search(text[max(0, m.start() - 12):m.start()]) \
                    and not marker("approved_by_named_act").search(text[max(0, m.start() - 40):m.start()]) \
                    and not marker("approved_by_named_act_after").match(text, m.end()):
                out.append((m.start(), m.end(), name, phrases()["abbreviated_kind"]["law"][lang]))
    # (none within a quoted title: the words of another act's title, the approving act's own naming the document, are no
    # use of the name, 'приказом … № 211 «Об утверждении Правил пользования тепловой энергией» (далее Правила пользования
    # тепловой энергией)', Almaty oblast maslikhat 2024 № 27-145, whose title had been read as quoting the short name)
    unquoted = strip_quoted(text) if out else text
    return sorted(use for use in out if unquoted[use[0]] == text[use[0]])


@lru_cache(maxsize=256)
def _document_used(name: str, law: str | None = None, as_written: bool = False) -> re.Pattern:
    """A document's short name in any case, its first letter a capital as defined ("Типовые правила": "Типовых
    правил", "Типовыми правилами"; not "Правительства" for "Правила"), or, `as_written`, the first letter as the name
    has it ("стандарт": "стандарта", not "Стандарт" of another standard): each word's stem, its ending free; a law's
    (`law`, the law's word in it), that word's ending free whatever its length ("Патент заңы": "Патент заңында"), its
    first letter in either case."""
    words = name.split()
    # (a word of three letters or fewer, a preposition, as it is: "Требования к организации …")
    stems = [w[:3] if law and w.startswith(law[:3]) and len(w) <= len(law) + 1 else w if len(w) <= 3
             else w[:len(w) - 1] if len(w) <= 8 else w[:len(w) - 2] for w in words]
    # (a word of four letters keeps three, its ending free too: "сату" in "Тәркіленген мүлікті сату ережелері")
    free = [len(w) > 3 or bool(law) and st == law[:3] for w, st in zip(words, stems)]
    if as_written and name[:1].islower() and len(words) == 1:
        # (a common noun's name in lower case, in the singular only: "пунктом 9 стандарта", "стандарттың", not
        # "в соответствии со стандартами", "стандарттарға"; capitalised where a unit's words open with it,
        # "Стандарттың 16-тармағында көрсетілген негіздер бойынша …", MVD 2012 № 584)
        word = f"(?-i:{re.escape(name)}|^{re.escape(name[:1].upper() + name[1:])})"
        return re.compile(rf"(?<!\w){word}(?!{marker('plural_ending').pattern})\w*(?!\w)")
    # (a law's name of several words in either case, its later words naming it enough: "Кедендік реттеу туралы кодекс",
    # "… кедендік реттеу туралы кодекстің 476-бабының", MinFin 2025 № 529; not one the law's word opens, "Закон «О
    # противодействии коррупции»", whose capital tells it from a list "законы «О противодействии коррупции», «О языках …»")
    first = f"(?i:{re.escape(stems[0])})" if law and len(words) > 1 and not words[0].lower().startswith(law[:3]) else \
        f"(?-i:{re.escape(stems[0][:1] if as_written else stems[0][:1].upper())})(?i:{re.escape(stems[0][1:])})"
    return re.compile(r"(?<!\w)" + r"\s+".join([first + r"\w*"] + [
        f"(?i:{re.escape(st)})" + (r"\w*" if f else r"(?!\w)") for st, f in zip(stems[1:], free[1:])]) + r"(?!\w)")


@lru_cache(maxsize=256)
def _act_number_used(name: str) -> re.Pattern:
    """An act's short name of its kind and number in any case ("приказ № 998": "приказом № 998", "№ 998 бұйрығымен"):
    the kind's word by its first four letters, the number as it is, its sign "№" or "N"."""
    parts = [r"(?:№|N)" if w in ("№", "N") else re.escape(w) + r"(?![\d/-])" if w[:1].isdigit()
             else re.escape(w[:4]) + r"\w*" for w in re.findall(r"№|N(?=\s*\d)|\d[\d/-]*|[^\W\d_]+", name)]
    return re.compile(r"(?i)(?<!\w)" + r"\s*".join(parts))


@lru_cache(maxsize=256)
def _kind_used(name: str) -> re.Pattern:
    """An act's short name of its kind alone in any case, capitalised as defined ("Приказ": "Приказа", "Приказу";
    "Бұйрық": "Бұйрықтың"), its first four letters."""
    return re.compile(r"(?<!\w)(?-i:" + re.escape(name[:4]) + r")\w*")


@lru_cache(maxsize=256)
def _letters_used(letters: tuple[str, ...]) -> re.Pattern:
    """Any of the short names of letters defined, as a word, with a case ending after a hyphen ("ӘҚБтК-нің"), or with
    the word of a code's or a law's kind after it ("ӘҚБК кодексінің 204-бабы", MinFin 2012 № 180: the kind is the
    name's)."""
    kinds = "|".join(phrases()["words"][w]["pattern"] for w in ("code_kk", "law_kk", "code_ru", "law_ru"))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, letters)) + r")(?:-\w+|\s+(?:" + kinds + r"))?(?!\w)")


def _wording_days(doc: Document) -> dict[Path, str]:
    """{unit path: the latest day a note says the unit (and so the units within it) was worded anew or changed}."""
    days: dict[Path, str] = {}
    own = doc.act.ref.ident if doc.act else None
    for a in doc.amendments:
        if a.from_note and a.path and a.amending.date and a.target_act.ident == own:
            days[a.path] = max(days.get(a.path, a.amending.date), a.amending.date)
    return days
