"""Stage 2a — header: the lines before the operative part.

Reads: logical lines from the top to the ordering word ("БҰЙЫРАМЫН:" / "ПРИКАЗЫВАЮ:").
Writes: the document's :class:`Act` (title, issuer, date, number, registration,
status, legal basis, ЗҚАИ notes) and the repeal events its notes state.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..errors import ParseError
from ..lexicon import marker, phrases
from ..model import APPROVED_DOCUMENT, RANK, Act, ActRef, Amendment, Found, Path, Unit
from ..patterns import (approval_restored, codes_listed, effect_of, expand_code_letters, find_act_refs, listed_after, find_dates, impossible_dates, in_its_year, inner_quotes_marked, kinds_named_first, kinds_named_last, law_ref_span, laws_listed, note_rule, order_refs, parse_date, until_date,
                        registration_in, roman_item_at, strip_quoted, titled_numberless_refs, unbracketed, unit_kind, unit_refs)
from .context import Ctx

__all__ = ["parse_header", "has_identity", "ordering_index", "in_force_of", "applies_from", "in_force_not_before",
           "parse_meta_header", "requisites_act", "basis_of", "unit_paths", "approving"]


def ordering_index(ctx: Ctx) -> int | None:
    """Index of the line holding the ordering word, or of the first operative point."""
    first = next((i for i, line in enumerate(ctx.lines) if re.match(r"^1\.\s", line.text)), len(ctx.lines))
    for i, line in enumerate(ctx.lines):
        m = marker("ordering").search(line.text)
        # (an order of one sentence says what it orders at its end, no word before: before any point, not a sentence
        # of the same words in a text's points or quoted wordings; the word is a dozen letters, the sentence more)
        if m and (i < first or len(m.group()) < 30):
            return i
    for i, line in enumerate(ctx.lines):
        if re.match(r"^1\.\s", line.text):
            return i
    return None


def _identity(ctx: Ctx, end: int) -> tuple[int, ActRef] | None:
    """The line naming this act: '... министрінің 2024 жылғы 20 маусымдағы № 207 бұйрығы'."""
    for i in range(end):
        text = ctx.text(i)
        if text.startswith('"') or marker("history_note").search(text[:12]):
            continue
        for ref, start, stop in find_act_refs(text):
            tail = text[stop - 12:stop + 2].lower()
            if marker("identity_kind_kk").search(tail) or marker("identity_kind_ru").match(text[:start + 12]):
                return i, ref
    return None


def has_identity(ctx: Ctx, end: int) -> bool:
    """Does a line before the operative part name this act (its issuer, day and number)?"""
    return _identity(ctx, end) is not None


def _registration(text: str) -> tuple[str | None, str | None]:
    reg = registration_in(text)[0]  # (its number as an act's mention gives it; the day is the requisites' own line's)
    rd = None
    dm = marker("justice_registration").search(text)
    if dm:
        rd = parse_date(dm.group("rest"))
    return reg, rd


def in_force_of(text: str, signed: str | None, registered: str | None = None) -> tuple[str | None, str | None] | None:
    """(date, rule) of entry into force that a sentence states, or None if it states none; `signed`,
    `registered`: the act's day of signing and of state registration, for a rule that names one of them."""
    if not marker("in_force_any").search(text):
        return None
    full = text  # the rule as written, the day it applies from and the units it excepts with it
    earlier = marker("applies_earlier").search(text)
    if earlier:  # the day it applies from, earlier ("… и распространяется на отношения, возникшие с 1 января 2002 года")
        text = text[:earlier.start()] + text[earlier.end():]
    # the units it excepts come into force on a day of their own ("…, за исключением подпункта 3) пункта 16 Положения,
    # который вводится в действие с 1 января 2019 года"): that day is not the act's
    text, excepts = marker("in_force_except").subn(" ", text)
    text = marker("in_force_not_before").sub("", text)  # (its floor, "но не ранее 1 января 2015 года", is no day of it)
    if not marker("in_force_any").search(text):
        return None
    if marker("in_force_signing").search(text):
        return signed, None
    if not marker("in_force_rule").search(text) and not marker("in_force_date").search(text):
        return None
    m = marker("in_force_from").search(text)
    dates = find_dates(text)
    rule = re.sub(r"^\d+\.\s*", "", full).strip()
    if dates and m and marker("in_force_from_date").search(text):
        return dates[0][0], rule if excepts else None  # (the rule kept for the units it excepts)
    # "… тіркелген күнінен бастап күшіне енеді" / "вводится в действие со дня государственной регистрации": from the
    # day of registration, when the requisites give it (not "по истечении десяти дней со дня …")
    if registered and marker("in_force_registration").search(text):
        return registered, rule
    return None, rule


def applies_from(text: str) -> str | None:
    """The day an act applies from, before its entry into force, where its point says so ("… и распространяется на
    отношения, возникшие с 1 января 2002 года"; "… 2009 жылдың 1 қаңтарынан бастап туындайтын қатынастарға
    таратылады"), else None.

    >>> applies_from("Приказ вводится в действие со дня регистрации и распространяется на отношения, возникшие с 1 января 2002 года.")
    '2002-01-01'
    """
    m = marker("applies_earlier").search(text)
    dates = find_dates(m.group(0)) if m else []
    return dates[0][0] if dates else None


def in_force_not_before(text: str) -> str | None:
    """The day an act is in force at the earliest, where its rule of entry into force sets a floor under a day it cannot
    know ("… по истечении десяти календарных дней после дня его первого официального опубликования, но не ранее 1
    января 2015 года"; "… өткен соң қолданысқа енгізіледі, бірақ 2015 жылғы 1 қаңтардан ерте емес"), else None.

    >>> in_force_not_before("Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі, бірақ 2015 жылғы 1 қаңтардан ерте емес.")
    '2015-01-01'
    """
    if not marker("in_force_any").search(text):
        return None
    m = marker("in_force_not_before").search(text)
    dates = find_dates(m.group(0)) if m else []
    return dates[0][0] if dates else None


def parse_header(ctx: Ctx, end: int) -> tuple[Act, Found]:
    """The act's identity and status from the lines before the operative part, and what its
    notes record (repeals, amendments of the act, the acts that made them)."""
    found = _identity(ctx, end)
    if not found:
        raise ParseError(f"{ctx.file}:{ctx.lines[0].first if ctx.lines else 1}: no act identity "
                         "(issuer, date and number of the act) before the operative part")
    idx, ref = found
    text = ctx.text(idx)
    bad = impossible_dates(text)
    if bad:
        raise ParseError(f"{ctx.file}:{ctx.lines[idx].first}: impossible date {bad[0]!r} in the act's identity")
    ctx.take(idx)
    reg, reg_date = _registration(text)
    title_lines = [i for i in range(idx) if not _status(ctx.text(i))]
    title = _unquoted(" ".join(ctx.text(i) for i in title_lines).strip()) or None
    ctx.take(*title_lines)
    status, in_force, rule, notes, repeals, acts = None, None, None, [], [], []
    act_ref = ActRef(ref.number, ref.date, ref.issuer, ref.kind, title, reg, reg_date)
    for i in range(end + 1):
        t = ctx.text(i)
        if i < end and _status(t):
            status = _status(t)
            ctx.take(i)
        if i < end and marker("zqai_note").search(t):
            ctx.take(i)
            notes.append(t)
        if i != idx and i < end and i not in ctx.understood and not marker("history_note").search(t):
            f = in_force_of(t, ref.date, reg_date)
            if f:
                in_force, rule = f
                notes.append(t)
                ctx.take(i)
        rm = marker("repeal_note").search(t)
        if rm:
            for other, _, _ in find_act_refs(rm.group(0)):
                repeals.append(Amendment(other, act_ref, (), "Repeal", t, loc=ctx.loc(i), from_note=True))
                status = status or "repealed"
            if i < end:
                ctx.take(i)
    last = idx  # the requisites' last line: the registration's, when it is on a line of its own
    for i in range(idx + 1, end):  # the registration, when a wrap put it on a line of its own
        if i not in ctx.understood and marker("justice_registration").search(ctx.text(i)) and marker("registered").search(ctx.text(i)):
            r2, d2 = _registration(ctx.text(i))
            reg, reg_date = reg or r2, reg_date or d2
            act_ref = ActRef(ref.number, ref.date, ref.issuer, ref.kind, title, reg, reg_date)
            ctx.take(i)
            last = max(last, i)
    for i in range(idx + 1, end):
        if i not in ctx.understood and marker("history_note").search(ctx.text(i)):
            from .amend import read_note

            found = read_note(ctx, i, act_ref, (), [])
            if found:
                repeals += found[0]
                acts += found[1]
    if title is None:  # the portal sometimes prints the title after the act's identity line
        rest = [i for i in range(idx + 1, end) if i not in ctx.understood]
        title = " ".join(ctx.text(i) for i in rest).strip() or None
        ctx.take(*rest)
        act_ref = ActRef(ref.number, ref.date, ref.issuer, ref.kind, title, reg, reg_date)
    preamble = _preamble(ctx, act_ref, [], end)
    based_on = _legal_basis(ctx, end, ref.date)
    based_on = _not_itself(_with(based_on, _implemented(title)), act_ref)
    return (Act(act_ref, title, status, in_force, rule, based_on, tuple(notes), ctx.loc(idx, last)),
            Found(amendments=repeals, acts=acts, units=preamble))


def _unquoted(title: str) -> str:
    """A title without the quotes the portal printed it in whole ('"Кәмелетке толмағандарды … ережені бекіту туралы"',
    an MVD order of 2004); one that quotes a name inside it keeps them.

    >>> _unquoted('"Ережені бекіту туралы"'), _unquoted('"Бурабай" паркі туралы'), _unquoted('"А" және "Б" туралы"')
    ('Ережені бекіту туралы', '"Бурабай" паркі туралы', '"А" және "Б" туралы"')
    """
    if len(title) > 2 and title[0] == '"' and title[-1] == '"' and title.count('"') == 2:
        return title[1:-1].strip()
    return title


def _status(text: str) -> str | None:
    if marker("status_repealed").search(text):
        return "repealed"
    if marker("status_new").search(text):
        return "new"
    return None


# a word in capitals after a space within a sentence: a document's name ("Стандарта", "Правил", "Стандарттың"), whose
# units are not those of an act cited beside them
_NAME_WORD = re.compile(r"(?<=\s)[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+")


# a bracket right after a number, a capital word opening it: an article's title ("521 (Уклонение от явки к судебному
# исполнителю …)", "524 (Неисполнение … органов (должностных лиц), …)") unless that word is a unit's ("(Приложение 1)")
_ARTICLE_TITLE = re.compile(r"(?<=\d)\s*\((?P<w>[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+)(?:[^()]|\([^()]*\))*\)")


def _without_article_titles(text: str) -> str:
    """`text` without the articles' titles in brackets after their numbers (`_ARTICLE_TITLE`): no units of theirs."""
    return _ARTICLE_TITLE.sub(lambda m: m.group(0) if unit_kind(m.group("w")) else "", text) if "(" in text else text


_LINE_OR_CELL_END = re.compile(r"\n| \| ")  # a unit's text: a line ends a paragraph or a table's row, " | " a cell


@lru_cache(maxsize=None)
def _and_number() -> re.Pattern:
    return re.compile(rf"(?:{phrases()['words']['and']['pattern']})\s+\d")


def _last_number_at(text: str, at: int) -> bool:
    """Does the last number of a list start at `at`, after its conjunction ("и 24 Закона", "және 24 баптарымен")?"""
    return bool(_and_number().match(text, at))


def _basis_clause(pre: str, start: int, stop: int, lang: str, floor: int = 0,
                  approving: bool = False, bare: str | None = None) -> tuple[int, int]:
    """The part of a preamble that names the units of the law cited at pre[start:stop]: Russian names them
    before the law, after any act named earlier ("статьи 56 … кодекса …, руководствуясь подпунктом 3) пункта 2
    статьи 7 Закона … "Об органах юстиции""), or, in older texts, right after its title ('Закона … "Об особо охраняемых
    природных территориях" ст.73, 77 и Закона …'); Kazakh after it, up to the next act ("… Заңының 7-бабы 2 тармағының
    3) тармақшасын"). `floor`: where the citation of the act named before ended. `approving`: the act approved the
    document the units are of, whose name in capitals stands between them and the act (`approving()`). `bare`: `pre`
    with its quoted titles blanked, where the caller has it."""
    kinds = [m for m in marker("basis_act_word").finditer(pre)]
    if lang == "ru":
        if after := marker("units_after_title_ru").match(pre, stop):
            return stop, after.end()
        # (… and after the clause before them ends: '… "Об утверждении Типовых правил …", руководствуясь подпунктом 3)')
        # (not the comma between units the clause lists: "п.3 ст.14 , ст.88 , п.3 ст.104 … Лесного кодекса")
        # (nor the comma before a unit named by its ordinal first: "пунктов 3-1, 12, 13, 20-1, второй абзац пункта 22")
        # (nor the comma between Roman numerals it lists: "разделов II, Х, и XI Закона"; nor the one before the last number
        # it lists: "статьями 7, 14, и 24 Закона", MinJust 2011 № 321)
        clauses = [m.end() for m in re.finditer(r",\s+(?=[^\W\d_])", pre[:start])
                   if not any(unit_kind(w) for w in re.findall(r"[^\s\d,;]+", pre[m.end():m.end() + 40])[:2])
                   and not roman_item_at(pre, m.end()) and not _last_number_at(pre, m.end())]
        # (… and after the text's own units: "пунктов 2 и 3 настоящих критериев … статьей 49 Гражданского кодекса";
        # and after another document's, named in capitals: "в пунктах 9 Стандарта 1 … в соответствии с пунктом 2
        # статьи 19-1 Закона")
        own = [m.end() for m in marker("own_document").finditer(pre, 0, start)]
        named = [m.end() for m in _NAME_WORD.finditer(pre, 1, start)]
        if approving:
            # (the approved document's name, its word first, commas in it, between its units and the act: "пунктом 8
            # Правил выпуска … области, города республиканского значения, столицы, утвержденных постановлением": its
            # units before that word, after the act named before; none when an act's word follows the units, "статьями
            # 9-1, 15-2 Закона … и Стандартом, утвержденным …")
            name = _approved_name(pre, kinds, start)
            if name is None:
                return start, start
            kinds = [m for m in kinds if m.end() <= name]
            clauses, own, named = [c for c in clauses if c <= name], [o for o in own if o <= name], \
                [n for n in named if n <= name]
        # (… and after the line or table cell before it: a table's row above names no unit of it)
        ends = [m.end() for m in _LINE_OR_CELL_END.finditer(pre, 0, start)][-1:]
        a = max([m.end() for m in kinds if m.end() <= start] + clauses + own + named + ends + [floor], default=0)
        # (… and after a bracket the clause would start in, a short name's: 'Настоящие Правила … (далее - "Правила") в
        # соответствии со статьей 15 Закона …', MVD 1999 № 708)
        close = pre.find(")", a, start)
        if close >= 0 and pre.rfind("(", 0, a) > pre.rfind(")", 0, a):
            a = close + 1
        return a, stop
    # (from the law's word on: a title whose opening quote the text lost would quote the units after it; not the word
    # of its short name in brackets, "Заңының (бұдан әрі – Заң) 5-бабы 6-тармағына")
    named = [m.span() for m in marker("hereinafter").finditer(pre, stop)]
    # (… up to the text's own units: '"Нотариат туралы" Заңының 15-бабына сәйкес, осы Қағидалардың 3-тармағында', or
    # another document's, named in capitals: "… Заңының 34-бабына, Стандарттың 9-тармағына")
    own = [m.start() for m in marker("own_document").finditer(pre, stop)]
    capital = [m.start() for m in _NAME_WORD.finditer(pre, stop) if not any(a <= m.start() < b for a, b in named)]
    first = stop
    if approving:
        # (the approved document's name, its word last, between the act and its units: "… N 237 қаулысымен бекітілген
        # "…" ережесінің 8-тармағына": past that word, not past another act's)
        # (… outside the quoted title: '… N 111 бұйрығымен бекітілген "Лицензиялық-рұқсат жүйесін … туралы" нұсқаулыққа
        # 12-қосымша', the instruction's appendix 12, not a system the title names, MVD 2005 № 198)
        bare = strip_quoted(pre) if bare is None else bare
        name = next((m for m in kinds if m.start() >= stop and bare[m.start()] == pre[m.start()]), None)
        # (… a document named by a word no act's kind is, before any such word: "… № 954 Жарлығымен бекітілген … бағалау
        # жүйесінің 65-тармағына", the system the decree approved)
        doc = marker("approved_document_name").search(bare, stop)
        if doc and (name is None or doc.start() < name.start()):
            name = doc
        if name is None or not marker("approved_document_name").match(pre, name.start()):
            return stop, stop
        first = name.end()
        # (… the last of the document words its name holds, no unit nor closing word between them: "… N 1 бұйрығымен
        # бекітілген, … ережені қолданудың тәртібі туралы нұсқаулықтың 19 қосымшасына", the instruction on applying the
        # regulation, its appendix 19, MVD 2002 № 487)
        while (later := marker("approved_document_name").search(bare, first, first + 150)) \
                and not re.search(r"[;.:]", pre[first:later.start()]) and not unit_refs(pre[first:later.start()]) \
                and not marker("citation_closed_kk").search(pre, first, later.start()):
            first = later.end()
        capital = [c for c in capital if c >= first]
    # (… and up to the word that closes the citation, "сәйкес": what follows it is the sentence's, "«…» Заңына сәйкес …
    # қорғауды ұйымдастыруға қосымша талаптар белгілейді", additional requirements, no appendix of the law)
    # (… unless a bracket right after that word names the units, all it holds: "«…» Заңына сәйкес (5, 13, 18 және 19
    # баптары) облыс әкімі қаулы етеді", Almaty oblast akim 2003 № 18)
    closed = [_units_bracket_end(pre, m.end()) or m.start() for m in marker("citation_closed_kk").finditer(pre, first)]
    # (… and up to an appendix named in brackets, the text's own form: "… Заңның 7-бабында көзделген … баяндайды, …
    # байланыс сызбасын (3-қосымша) толтырады")
    closed += [m.start() for m in marker("own_appendix_bracketed").finditer(pre, first)][:1]
    # (… and up to a unit without the possessive, words after the act: the text's own, "… № 3956 Жарлығын жүзеге
    # асыруға байланысты … жоспары, № 1 қосымшаға сәйкес бекітілсін"; right after it, the act's, "… қаулысына
    # 2-қосымшаға сәйкес")
    closed += [m.start() for m in marker("own_unit_bare_kk").finditer(pre, first) if pre[first:m.start()].strip()][:1]
    # (… and up to the end of its line or table cell: a table's next row is no unit of it, "ӘҚБК-нің 166-бабы." /
    # "2-бөлім. Бюджет қаражатын …", the table's own section, MinFin 2012 № 180)
    closed += [m.start() for m in _LINE_OR_CELL_END.finditer(pre, first)][:1]
    return stop, min([m.start() for m in kinds if m.start() >= first and not any(a <= m.start() < b for a, b in named)]
                     + [o for o in own if o >= first] + capital + closed, default=len(pre))


_UNITS_BRACKET = re.compile(r"\s*\(([^()]{1,120})\)")


@lru_cache(maxsize=None)
def _numbers_and() -> re.Pattern:
    """Numbers, commas, brackets and the words for "and": what a bracket naming units holds besides their words."""
    return re.compile(r"[\d\s,)(-]+|(?<!\w)(?:" + phrases()["words"]["and"]["pattern"] + r")(?!\w)")


def _units_bracket_end(pre: str, at: int) -> int | None:
    """Where a bracket right at `at` ends when it names units and nothing else ("(5, 13, 18 және 19 баптары)",
    "(21-бап, 1-тармақ, 2-тармақша)"); None for any other.

    >>> _units_bracket_end("сәйкес (5, 13 және 19 баптары) облыс", 6), _units_bracket_end("сәйкес (келісім бойынша)", 6)
    (30, None)
    """
    m = _UNITS_BRACKET.match(pre, at)
    if not m or not unit_refs(m.group(1)):
        return None
    rest = _numbers_and().sub(" ", m.group(1))
    return m.end() if all(unit_kind(w) for w in rest.split()) else None


def _approved_name(pre: str, kinds: list, start: int) -> int | None:
    """Where the name of the document a Russian clause names units of starts, the act that approved it at `start`:
    the first word naming a document or an act after the last unit named before it, when it names a document
    ("пунктом 8 Правил …"); None when it names an act ("статьями 9-1, 15-2 Закона …") or no unit is named."""
    units = [m for m in re.finditer(r"[^\W\d_]+", pre[:start]) if unit_kind(m.group(0))]
    if not units:
        return None
    after = units[-1].end()
    docs = [m for m in marker("approved_document_name").finditer(pre, after, start)]
    acts = [m for m in kinds if after <= m.start() < start and not marker("approved_document_name").match(pre, m.start())]
    if not docs or acts and acts[0].start() < docs[0].start():
        return None
    return docs[0].start()


def approving(pre: str, start: int, stop: int, lang: str) -> bool:
    """Did the act cited at pre[start:stop] approve the document its clause names units of: "пунктом 8 Правил
    субсидирования …, утвержденных постановлением … N 237", "… N 237 қаулысымен бекітілген … ережесінің 8-тармағына"
    (the document's units are its appendix's, as an amendment's are: `amend._of_rules`)?"""
    if lang == "ru":
        return bool(marker("approved_rules").search(pre[max(0, start - 30):start]))
    return bool(_approved_after().match(pre, stop, stop + 240))


@lru_cache(maxsize=None)
def _approved_after() -> re.Pattern:
    """The Kazakh word of approval right after an act, its registration in brackets between or not ("… № 496
    бұйрығымен (… № 6681 болып тіркелген) бекітілген …")."""
    return re.compile(r"\W{0,3}\s*(?:\([^()]{0,200}\)\s*)?(?:" + marker("approved_rules").pattern + ")")


def _legal_basis(ctx: Ctx, end: int, day: str | None = None) -> tuple:
    if end >= len(ctx.lines):
        return ()
    text = ctx.text(end)
    om = marker("ordering").search(text)
    if not om:
        return ()  # no ordering word: the line is the first point (a regulation published alone)
    pre = text[:om.start()]
    if not text[om.end():].strip(" :*_"):
        ctx.take(end)  # (words after the ordering word on its line, a first point run on, stay reported as not read)
    return basis_of(pre, ctx.doc.lang, every=True, day=day) if pre.strip() else ()


def _implemented(title: str | None) -> tuple:
    """The acts a title says the act carries out ("О реализации Постановления Кабинета Министров Республики Казахстан
    N 1230 от 05.09.95г. …", "… 1995 жылғы 5 қыркүйектегi N 1230 қаулысын жүзеге асыру туралы"): its legal basis, as
    a preamble's acts are."""
    if not title or not marker("implementing_title").search(title):
        return ()
    return tuple((ref, ()) for ref, _, _ in _named_outside_quotes(title) if ref.number and ref.date)



def _new(ref: ActRef, basis) -> bool:
    """Is `ref` an act the basis does not name yet?"""
    return ref.ident not in {r.ident for r, _ in basis}


def _not_itself(basis: tuple, act: ActRef) -> tuple:
    """The basis without the act itself: no act stands on itself, though an older text's preamble may name it (the
    excerpt's line over it, "( ҚР ІІМ 1998 жылғы 12 қазандағы N 343 бұйрығынан үзінді )", MVD 1998 № 343)."""
    return tuple((r, p) for r, p in basis if r.ident != act.ident)


def _with(basis: tuple, more) -> tuple:
    """The basis with the acts and units of `more` it does not name yet; an act named again with its title takes it
    (the title's "… № 840 Қаулысын жүзеге асыру туралы", then the preamble's "… № 840 "…" Қаулысына"), and a unit
    of an act the basis names whole stands for it."""
    out = list(basis)
    for ref, path in more:
        known = [k for k, (r, _) in enumerate(out) if r.ident == ref.ident]
        if not known:
            out.append((ref, path))
            continue
        if ref.title and not out[known[0]][0].title:
            out[known[0]] = (ref, out[known[0]][1])
        if path and path not in {out[k][1] for k in known}:
            whole = next((k for k in known if not out[k][1]), None)
            if whole is None:
                out.append((out[known[0]][0], path))
            else:
                out[whole] = (out[whole][0], path)
    return tuple(out)

def basis_of(pre: str, lang: str, every: bool = False, day: str | None = None) -> tuple:
    """The acts a preamble stands by: each law it names by its title, and each act it names by day and number
    ("Бюджет кодексінің 8-бабына, … Заңына және … Үкіметінің … N 1428 қаулысына сәйкес": the code, the law and the
    resolution), with the units it cites of each ("пунктом 65 Указа Президента … № 704": its point 65). `every`:
    each unit it names of an act, one (act, unit) apiece ("статьи 158, 214 Кодекса": articles 158 and 214), as an
    act's basis and a provision's citations are read; else the first alone (what a short name in brackets names).
    `day`: the citing act's, whose year a day it gives as "this year's" is of ("№ 439 от 15 апреля с.г.")."""
    pre = in_its_year(pre, day)
    pre = expand_code_letters(pre, lang)  # (a code in letters with the country's name: "статьей 178-2 УИК РК")
    pre = approval_restored(pre, lang)  # (an act right before the document it approved: "… N 1120 ережесiнiң")
    out = []
    at = 0
    bare = strip_quoted(pre)
    # (a short name in brackets is no citation, one quoting a title too: "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы»
    # Заңын (бұдан әрі - «Сыбайлас жемқорлыққа қарсы күрес туралы» Заң)" cites the law of 2015, not the one of 1998)
    named = [m.span("name") for m in marker("hereinafter").finditer(pre)]
    while law := law_ref_span(pre[at:]):
        ref, start, stop = law[0], law[1] + at, law[2] + at
        if any(a <= start < b for a, b in named):
            at = stop
            continue
        a, b = _basis_clause(pre, start, stop, lang, at)
        # (not a law another act's quoted title names: "постановлением … «О реализации Закона … «О республиканском
        # бюджете …»» № 1046")
        quoted_within = bare[start:start + 1] == " " and pre[start:start + 1] != " " and _words_quoted_before(pre, bare, start)
        # (Russian units after the title are named coarse first, as Kazakh names them: "(глава 6, статья 37)")
        # (… or named in brackets before it, nominative and coarse first: "(статья 12 пункт 3 Закона "О нотариате")")
        order = "kk" if lang == "ru" and (a == stop or marker("units_nominative_ru").search(pre, a, stop + 1)) else lang
        # (an article's title in brackets after its number is none of its units: "ст. ст. 521 (Уклонение от явки …),
        # 522 (…)")
        units = unit_refs(_without_article_titles(pre[a:b]))
        if every and not quoted_within:
            out += [(ref, path) for path in unit_paths(units, order) if (ref, path) not in out]
        elif _new(ref, out) and not quoted_within:
            out.append((ref, tuple(alts[0] for alts in order_refs(_chains(units, order)[0]))))
        at = b if lang == "ru" else stop  # (past the units cited after its title, in Russian)
    # ("… және … Қазақстан Республикасының заңдарына", "законов … «…» и «…»"; codes, "Гражданским процессуальным и
    # Административным процедурно-процессуальным кодексами")
    for ref, start, _ in [*laws_listed(pre), *codes_listed(pre)]:
        quoted_within = bare[start:start + 1] == " " and pre[start:start + 1] != " " and _words_quoted_before(pre, bare, start)
        if _new(ref, out) and not quoted_within:
            out.append((ref, ()))
    # (… and the President's decrees and the Government's resolutions it names by day and title, with no number)
    for ref, start, stop in [*_named_outside_quotes(pre), *titled_numberless_refs(pre)]:
        if marker("amended_in_title").match(pre[stop:]):
            continue  # the act the next act's title amends ("… № 137 қаулысына өзгерістер енгізу туралы … № 476 қаулысына")
        if _new(ref, out):
            # (not what it says in brackets, where it was published: "N 2235 Заң күші бар Жарлығының (… Жоғарғы Кеңесінің
            # Жаршысы 1995 ж., N 6, 43 бабы)")
            approved = approving(pre, start, stop, lang)
            a, b = _basis_clause(pre, start, stop, lang, approving=approved, bare=bare)
            # (… but the units an older Russian preamble names in brackets after the act's day are its units: 'Указа
            # Президента … "О земле" от 22 декабря 1995 года (статья 29, пункт 2 и статья 116 пункт 4)')
            # (named coarse first, as Kazakh names them; in Kazakh too: '"Жер туралы" Жарлығын (29-бап, 2-тармақ және
            # 116-бап, 4-ші тармақ)')
            after = a == stop if lang == "ru" else bool(marker("units_after_title_kk").match(pre, stop))
            clause = strip_quoted(pre[a:b]) if after else unbracketed(strip_quoted(pre[a:b]))
            order = "kk" if after else lang
            # the units of the rules (or system, regulation) the act approved are its appendix's ("пунктом 8 Правил …,
            # утвержденных постановлением … N 237": appendix 1, point 8); no units said, the act
            into = APPROVED_DOCUMENT if approved else ()
            if every:
                paths = unit_paths(unit_refs(clause), order)
                out += [(ref, into + path if path else ()) for path in (paths or [()])]
                continue
            units = order_refs(_chains(unit_refs(clause), order)[0])
            out.append((ref, into + tuple(alts[0] for alts in units) if units else ()))
    if lang == "kk":  # resolutions listed, their kind said once in the plural after the last ("… N 1024 "…" және …
        # 1994 жылғы 5 қазандағы N 1113 қаулыларына сәйкес")
        named = [r for r, _ in out]
        out += [(ref, ()) for ref in kinds_named_last(pre, named, None) if _new(ref, out)]
        # (… or once before the first: "Үкiметiнiң қаулыларына сәйкес 1996 жылғы 20 маусымдағы № 760 "…" және …")
        out += [(ref, ()) for ref in kinds_named_first(pre) if _new(ref, out)]
    return tuple(out)


def unit_paths(refs: list, lang: str) -> list[Path]:
    """Every unit a clause names of one act, each its path: the clause's chains (`_first_chain`, one after another),
    and a step that lists several numbers one path a number; [()] when it names none.

    >>> unit_paths([[("point", "4")], [("article", "15")], [("point", "2")], [("article", "21")]], "ru")
    [(('article', '15'), ('point', '4')), (('article', '21'), ('point', '2'))]
    >>> unit_paths([[("article", "158"), ("article", "214")]], "ru")
    [(('article', '158'),), (('article', '214'),)]
    """
    paths: list[Path] = []
    for chain in _chains(refs, lang):
        steps = order_refs(chain)
        listed = next((k for k, alts in enumerate(steps) if len(alts) > 1), None)
        for alt in (steps[listed] if listed is not None else [None]):
            path = tuple(alt if k == listed else alts[0] for k, alts in enumerate(steps))
            if path not in paths:
                paths.append(path)
    return paths or [()]


def _chains(refs: list, lang: str) -> list[list]:
    """The chains of a clause (`_first_chain`, one after another; [[]] when it names no unit), each given the coarser
    steps the chain next to it says for both: in Russian the parent named after the second ("подпунктом 3) пункта 6 и
    пунктами 8, 13 и 16 статьи 154": article 154's point 6 too), in Kazakh the one named before the first ("154-бабы
    6-тармағының 3) тармақшасына және 8, 13 және 16-тармақтарына": article 154's points 8, 13 and 16), MinFin 2025 № 325.

    >>> _chains([[("subpoint", "3")], [("point", "6")], [("point", "8"), ("point", "13")], [("article", "154")],
    ...          [("point", "2")], [("article", "156")]], "ru")[0]
    [[('subpoint', '3')], [('point', '6')], [('article', '154')]]
    >>> _chains([[("article", "154")], [("point", "6")], [("subpoint", "3")], [("point", "8"), ("point", "13")]], "kk")[1]
    [[('article', '154')], [('point', '8'), ('point', '13')]]
    """
    chains = []
    while refs:
        chain = _first_chain(refs, lang)
        refs = refs[len(chain):]
        chains.append(chain)

    def coarsest(chain: list) -> int:
        return min(RANK.get(alts[0][0], 9) for alts in chain)

    for k in range(len(chains) - 1):
        first, second = chains[k], chains[k + 1]
        if lang == "kk":  # (the later chain takes the parent the earlier named first)
            top = coarsest(second)
            if any(alts[0][0] == second[0][0][0] for alts in first) and coarsest(first) < top:
                chains[k + 1] = [alts for alts in first if RANK.get(alts[0][0], 9) < top] + second
        else:  # (the earlier chain takes the parent the later names last)
            top = coarsest(first)
            if any(alts[0][0] == first[-1][0][0] for alts in second) and coarsest(second) < top:
                chains[k] = first + [alts for alts in second if RANK.get(alts[0][0], 9) < top]
    return chains or [[]]


def _first_chain(refs: list, lang: str) -> list:
    """The first unit a clause cites, where it cites several of one act ("Орман кодексінің 14 бабының 3 тармағына, 88
    бабына, …": article 14's point 3; "п.3 ст.14 , ст.88": the same): its steps up to the first that is no finer
    (Kazakh, coarse first) or no coarser (Russian, fine first) than the step before it.

    >>> _first_chain([[("article", "14")], [("point", "3")], [("article", "88")]], "kk")
    [[('article', '14')], [('point', '3')]]
    >>> _first_chain([[("point", "3")], [("article", "14")], [("article", "88")]], "ru")
    [[('point', '3')], [('article', '14')]]

    Two steps that each list several units are a list of units, not units within units ("ережесiнің 17, 18,
    19-тараулары, 149-168-тармақтары": chapters 17 to 19 and points 149 to 168, MinFin 2012 № 180):

    >>> _first_chain([[("chapter", "17"), ("chapter", "18")], [("point", "149"), ("point", "150")]], "kk")
    [[('chapter', '17'), ('chapter', '18')]]
    """
    out: list = []
    for alts in refs:
        if out:
            before, rank = RANK.get(out[-1][0][0], 9), RANK.get(alts[0][0], 9)
            if (rank <= before) if lang == "kk" else (rank >= before):
                break
            if len(out[-1]) > 1 and len(alts) > 1:
                break
        out.append(alts)
    return out


def _words_quoted_before(text: str, bare: str, at: int) -> bool:
    """Does the quoted span that `at` lies in hold words before it (a title that names a law: '«О реализации Закона …
    «О республиканском бюджете …»»'), not only quotes (a title quoted twice by the editors: ',""Білім туралы" … Заңына')?"""
    i = at - 1
    while i >= 0 and (text[i] == '"' or text[i].isspace()):
        i -= 1
    return i >= 0 and bare[i] == " " and not text[i].isspace()


def _named_outside_quotes(text: str) -> list:
    """The acts a text names, not those a quoted title cites ("Во исполнение Постановления … № 250 «О реализации Указа
    … № 1017 «…»»": resolution 250 alone); with the acts listed after one, its kind and issuer said once ("Указами
    Президента … от 16 марта 2020 года № 286 «…» и от 13 апреля 2022 года № 872 «…»": both decrees). A Kazakh title
    that opens with the title it quotes, one quote for both, is read whole ('"Жекеше … бекіту туралы" … N 259
    бұйрығына толықтыру және өзгерістер енгізу туралы" … N 100 бұйрығы': order 100 alone)."""
    bare = strip_quoted(inner_quotes_marked(text))
    named = [(ref, s, e) for ref, s, e in find_act_refs(text) if not (bare[s:s + 1] == " " and text[s:s + 1] != " ")]
    out = []
    for ref, s, e in named:
        listed = listed_after(bare, ref, e, text)
        if listed and any(m.start() < s < m.end() or m.end() == s for m in marker("joint_act").finditer(text, max(0, s - 40), s + 40)):
            # (a joint act's other bodies, each with its day and number, are its issuers, not acts of their own:
            # "утвержденной совместным приказом Министерства юстиции … от 12 ноября 1998 года N 121, Генерального
            # прокурора … от 1 декабря 1998 года N 1043ца, …", MVD 2004 № 708)
            joint = tuple(dict.fromkeys(r.issuer for r, _, _ in listed if r.issuer and r.issuer != ref.issuer
                                        and r.issuer not in ref.joint))
            out.append((replace(ref, joint=ref.joint + joint) if joint else ref, s, e))
        else:
            out += [(ref, s, e), *listed]
    return out


def parse_meta_header(ctx: Ctx, k: int | None, meta) -> tuple[Act, Found, int]:
    """The header of a text whose identity is in its requisites (the corpus layout's meta.yaml).

    The markdown opens with the title as a heading, then notes about the whole act, the
    preamble and the ordering word; there is no identity line to find. Returns the act, the
    events its header notes and requisites record, and the index the operative part follows."""
    lang = ctx.doc.lang
    first = 0
    title_text = None
    contents = _title_under_contents(ctx, k)
    if contents is not None:
        title_text = ctx.text(contents)
        ctx.take(contents)
        first = contents + 1
    elif ctx.lines and (ctx.lines[0].level == 1 or (k is not None and k > 0)):
        title_text = ctx.text(0)
        ctx.take(0)
        first = 1
    end = k if k is not None else first - 1
    status = "repealed" if meta.repealed else None
    ref = meta.ref
    title = meta.title(lang) or (_unquoted(title_text) if title_text else None)
    act_ref = ActRef(ref.number, ref.date, ref.issuer, ref.kind, title, ref.registration, ref.registration_date)
    events, acts = _requisite_events(meta, act_ref, lang)
    in_force = rule = None
    notes: list[str] = []
    from .amend import read_note

    for i in range(first, max(end, first)):
        t = ctx.text(i)
        if i in ctx.understood:  # read with the line above it (a note's second line)
            continue
        if _status(t):
            status = status or _status(t)
            ctx.take(i)
        elif _own_identity(t, ref):
            ctx.take(i)  # the act's own requisites printed under its title, the requisites' own words: no preamble
        elif marker("repeal_note").match(t) and find_act_refs(t) and (found := read_note(ctx, i, act_ref, (), [])):
            # the repeal stated without a note's word ("Күші жойылды - ҚР Қаржы министрінің 2007.06.21. N 217 (2008
            # жылғы 1 қаңтардан бастап қолданысқа енгізіледі) бұйрығымен."): its event, from the day it gives; the
            # day is the repealing order's, never this act's entry into force
            status = status or "repealed"
            events += found[0]
            acts += found[1]
        elif marker("zqai_note").search(t):
            # the note's words on the line under its heading ("Қолданушылардың назарына!!!" / "Қаулының қолданысқа
            # енгізілу тәртібін 4-тармақтан қараңыз."; "Примечание РЦПИ!" / "Приказ утрачивает силу …")
            below = i + 1 < end and len(t) < 40 and not marker("ordering").search(ctx.text(i + 1)) \
                and not marker("history_note").search(ctx.text(i + 1)) and len(ctx.text(i + 1)) < 300 \
                and not (marker("repeal_note").match(ctx.text(i + 1)) and find_act_refs(ctx.text(i + 1)))
            # (… not the act's repeal it tells, read as the repeal: "Примечание РЦПИ!" / "Утрачивает силу приказом
            # Министра внутренних дел РК от 02.12.2014 № 862 (…)")
            notes.append(t + " " + ctx.text(i + 1) if below else t)
            ctx.take(i, *((i + 1,) if below else ()))
        elif marker("history_note").search(t):
            found = read_note(ctx, i, act_ref, (), [])
            if found:
                events += found[0]
                acts += found[1]
            elif not find_act_refs(t) and not effect_of(t, "note"):
                # the editors' word on the text itself, naming no act and no change ("Ескерту. Бұйрықтың қазақ
                # тіліндегі нұсқасы қағаз мәтінінде жоқ, орыс тілдегі мәтінінен … аударылды."): a note of the act
                notes.append(marker("history_note").sub("", t, count=1).strip(" *_"))
                ctx.take(i)
        elif stated := in_force_of(t, ref.date, ref.registration_date):
            in_force, rule = stated
            notes.append(t)
            ctx.take(i)
    based_on = _legal_basis(ctx, end, ref.date) if k is not None else ()
    based_on = _with(based_on, _implemented(title))
    said = []  # the preamble's lines: before the ordering word's, and that one
    printed = _printed_title(ctx, first, end) if k is not None else []
    for i in range(first, max(end, first)):  # the preamble, when it runs over lines before the ordering word
        if i in printed:
            continue
        if i not in ctx.understood and not marker("history_note").search(ctx.text(i)):
            based_on = _with(based_on, basis_of(ctx.text(i), ctx.doc.lang, every=True, day=ref.date))
            ctx.take(i)
            said.append(i)
    said = _without_approval_stamp(ctx, said, title)
    based_on = _not_itself(based_on, act_ref)
    act = Act(act_ref, title, status, in_force, rule, based_on, tuple(notes), ctx.loc(0) if ctx.lines else None,
              meta.titles)
    head = Found(amendments=events, acts=acts, units=_preamble(ctx, act_ref, said, end if k is not None else -1))
    if printed:  # the title as the text prints it, under the portal's heading: the act's title, no preamble
        ctx.take(*printed)
        head.units.append(Unit(act_ref, (("title", ""),), None, " ".join(ctx.text(i) for i in printed),
                               ctx.loc(printed[0], printed[-1])))
    return act, head, (end if end >= 0 else 0) if k is not None else max(first - 1, 0)


def _own_identity(text: str, ref: ActRef) -> bool:
    """Does a line open with the act's own kind, issuer, day and number, the requisites printed under the title
    ("Решение Акима Алматинской области от 10 марта 2000 г. № 3-64 Зарегистрировано Управлением юстиции Алматинской
    области за № 182 от 10 августа 2000 г.", Almaty region akim 2000)?"""
    return bool(ref.number and ref.date) and any(
        start <= 2 and said.number == ref.number and said.date == ref.date for said, start, _ in find_act_refs(text))


def _title_under_contents(ctx: Ctx, k: int | None) -> int | None:
    """The line of the title under a table of contents printed above it ("## МАЗМҰНЫ" / "1-тарау . Жалпы ережелер" /
    … / "# … туралы", MinFin 2006 N 302): the first heading of the title's level above the ordering word; None when
    the text opens with no contents. The contents are no preamble: they stay reported as lines not read. Contents
    with no heading over them are entries alone, each a number and a dot spaced from its name ("1. Жалпы ережелер ." /
    "1-қосымша . …", MVD 2006 № 341: the first had been the act's title, the rest its preamble)."""
    if not ctx.lines:
        return None
    stop = min(k if k is not None else len(ctx.lines), 400)
    if not ctx.lines[0].level:
        title = next((j for j in range(1, min(stop, 80)) if ctx.lines[j].level == 1), None)
        entries = all(marker("contents_entry").match(ctx.text(i)) and not ctx.lines[i].level for i in range(title or 0))
        return title if title and title > 1 and entries else None
    if not marker("table_of_contents").match(ctx.text(0)):
        return None
    return next((j for j in range(1, stop) if ctx.lines[j].level == 1), None)


def _printed_title(ctx: Ctx, first: int, end: int) -> list[int]:
    """The lines of an older order's own title, printed under the portal's heading in short lines before its preamble
    ("Об утверждении" / "Инструкции о порядке" / … / "и на предприятиях МВД Республики Казахстан" over "В соответствии с
    Указом … приказываю:"), or [] when the lines there are the preamble's: each with no sentence's end, together a
    title's words, and the preamble still to come on the ordering word's line or below them."""
    lines = [i for i in range(first, end) if i not in ctx.understood]
    if not lines or lines != list(range(lines[0], end)) or len(lines) > 12:
        return []
    last = next((n for n, i in enumerate(lines) if re.search(r"[.;:,]\"?$", ctx.text(i)) or len(ctx.text(i)) > 300),
                len(lines))
    block = lines[:last]
    text = " ".join(ctx.text(i) for i in block)
    rest = " ".join(ctx.text(i) for i in lines[last:]) + " " + ctx.text(end)
    # (… or the order's first point right under it, no preamble at all: "Жауынгерлiк жарғысын бекiту" / "туралы" / "1\.
    # … жарғысы бекiтiлсiн және күшiне енгiзiлсiн (қоса тiркелген).", MVD 1993 N 253 in Kazakh)
    first_point = not lines[last:] and re.match(r"1\.\s", ctx.text(end)) and marker("operative_verb").search(ctx.text(end))
    if not block or not marker("printed_title").match(text) or len(text) > 400 \
            or not (marker("preamble_start").match(rest.strip()) or first_point):
        return []
    return block


def _without_approval_stamp(ctx: Ctx, said: list[int], title: str | None) -> list[int]:
    """The preamble's lines but for the stamp of the order that approved the document published alone under it, and
    the document's title set as a heading under that stamp ("Қазақстан Республикасы" / "Әділет министрінің" / … / "N
    539 бұйрығымен" / "бекітілді" / "## … Нұсқаулық", MinJust 1998; "Утверждена приказом …" / "от … N 539"): the stamp
    says who approved it, the title is the act's, neither is a preamble."""
    texts = [ctx.text(i) for i in said]
    if not texts or any(len(t) > 100 for t in texts[:7]):
        return said
    if marker("ru_stamp").match(texts[0]):
        last = next((n for n, t in enumerate(texts[:7]) if re.search(r"(?:N|№)\s*\d", t)), None)
    else:
        last = next((n for n, t in enumerate(texts[:7]) if marker("approved_stamp_end").search(t)), None)
    if last is None or not (ctx.lines[said[0]].quoted or marker("ru_stamp").match(texts[0])):
        return said  # (a stamp is set apart, in a blockquote, or opens with the Russian word "approved")
    rest = said[last + 1:]
    plain = _unquoted(title or "").casefold()
    if all(ctx.lines[i].level and _unquoted(ctx.text(i)).casefold() == plain for i in rest):
        return []
    return rest


def _preamble(ctx: Ctx, act_ref: ActRef, before: list[int], end: int) -> list[Unit]:
    """The act's preamble as a unit of its own (`preamble`, its text as printed, the ordering word with it), when it
    says more than the ordering word: what a note "Преамбула в редакции приказа …" rewrites, and what the act as in
    force on a day opens with. `before`: its lines above the line `end`, which is its last when it holds the ordering
    word."""
    om = marker("ordering").search(ctx.text(end)) if 0 <= end < len(ctx.lines) else None
    lines = before + [end] if om else before
    said = [ctx.text(i) for i in lines]
    if om:  # up to the ordering word and its colon (an older text may run its first point on after it)
        said[-1] = said[-1][:om.end() + re.match(r"\s*:?", said[-1][om.end():]).end()]
    text = "\n".join(said)
    if not lines or not marker("ordering").sub("", text).strip(" :.\n"):
        return []
    return [Unit(act_ref, (("preamble", ""),), None, text, ctx.loc(lines[0], lines[-1]))]


def requisites_act(meta, lang: str) -> tuple[Act, Found]:
    """An act known from its requisites alone: a folder of the corpus holding meta.yaml and no text, as for an
    act whose text is not published (one "for official use", numbered "№ 12дсп"). The act, its titles in every
    language, its status and the events its requisites record (its repeal; the act that made this version)."""
    ref = meta.ref
    act_ref = ActRef(ref.number, ref.date, ref.issuer, ref.kind, None, ref.registration, ref.registration_date)
    events, acts = _requisite_events(meta, act_ref, lang)
    act = Act(act_ref, None, "repealed" if meta.repealed else None, titles=meta.titles)
    return act, Found(amendments=events, acts=acts)


def _requisite_events(meta, act_ref: ActRef, lang: str) -> tuple[list[Amendment], list[Act]]:
    """The repeal the requisites state (from meta.yaml's repealed_by and repealed_on when given: the repealing
    act's title, the day the act ceased), and the acts meta.yaml describes (the one that made this version, its
    caused_by; the repealing one) with their titles and registrations as the corpus gives them."""
    events: list[Amendment] = []
    acts = [_described(other, lang) for other in (meta.cause, meta.repealer) if other is not None]
    # (the repealing act's rule of entry into force, when the requisites give it in brackets after it: "Утратил силу
    # приказом … от 5 марта 2026 года № 163 (вводится в действие по истечении десяти календарных дней …)", with its
    # day when it names one; not where repeals of some units come first, each with its own)
    rule, day = note_rule(meta.repeal_text or "") if not meta.partial_repeals else (None, None)
    if meta.repealer is not None:  # with the day the act ceased to be in force, when meta.yaml gives it
        events.append(Amendment(acts[-1].ref, act_ref, (), "Repeal", meta.repeal_text or "", from_note=True,
                                since=meta.repealed_on or day, in_force_rule=rule))
    elif meta.repeal is not None:
        events.append(Amendment(meta.repeal, act_ref, (), "Repeal", meta.repeal_text or "", from_note=True,
                                since=day, in_force_rule=rule))
    # … and the repeals but for some of its units before it ("Утратил силу за иключением пункта 6 - приказом … N 652")
    events += [Amendment(r, act_ref, (), "PartialRepeal", meta.repeal_text or "", from_note=True)
               for r in meta.partial_repeals]
    acts += [Act(r, None) for r in meta.partial_repeals]
    # … and the event of the editors' note before the requisites, by the act it names ("Сноска. Действие приказа
    # приостановлено - приказом Министра юстиции … от 16 октября 2003 года N 218. Приказ … N 133", MinJust 2003 № 133)
    stated = effect_of(meta.note, "note") if meta.note else None
    if stated:
        until = until_date(meta.note) if stated[0] == "Suspension" else None
        named = [r for r, _, _ in find_act_refs(meta.note) if r.number and r.ident != act_ref.ident]
        events += [Amendment(r, act_ref, (), stated[0], meta.note, from_note=True, until=until) for r in named]
        acts += [Act(r, None) for r in named]
    return events, acts


def _described(other, lang: str) -> Act:
    """Another act as meta.yaml describes it (caused_by, repealed_by): its requisites and its title in `lang`."""
    c, title = other.ref, other.title(lang)
    return Act(ActRef(c.number, c.date, c.issuer, c.kind, title, c.registration, c.registration_date), title)
