"""Stage 0 — sources: which files a build reads, under which name, with which requisites.

Reads: the paths given to ``kg build``: files, folders of portal texts, or a tree of act
folders in the kazakhstan-law corpus layout (``<agency>/<YYYY>/<MMDD>-<slug>-<code>/``
holding ``kaz.md``, ``rus.md`` and ``meta.yaml``; or markdown files that open with YAML
front matter holding the same fields). Writes: :class:`Source` records — the file, the
name of its named graph (its path relative to the folder given, so two ``kaz.md`` of two
acts are two graphs), its language where the layout says it, and the act's requisites
(:class:`kg.model.ActMeta`) read from meta.yaml or the front matter.

The markdown of the corpus has no portal header line: an act's identity is in its
requisites ("Приказ Министра юстиции Республики Казахстан от 24 февраля 1999 года № 16.
Зарегистрирован в Министерстве юстиции ... № 702. Утратил силу приказом ..."), which
:func:`act_meta` reads with the same act-reference grammar as the texts.

>>> m = act_meta({"requisite": "Приказ Министра внутренних дел Республики Казахстан от 14 февраля 2022 года "
...     "№ 64. Зарегистрирован в Министерстве юстиции Республики Казахстан 19 февраля 2022 года № 26850",
...     "form": "ПРИК", "approved_by": ["103003000000"]}, "meta.yaml")
>>> (m.ref.number, m.ref.date, m.ref.registration, m.ref.registration_date, m.ref.issuer.ru)
('64', '2022-02-14', '26850', '2022-02-19', 'Министерство внутренних дел')
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .errors import InputError, UsageError
from .lexicon import SAFE_LOADER, marker, phrases
from .model import ActMeta, ActRef
from .orgs import by_code, canonical
from .effects import effect as effect_table
from .patterns import NUMBERLESS, effect_of, find_act_refs, find_note_acts, normalise_number, parse_date

__all__ = ["Source", "discover", "act_meta", "front_matter", "read_meta", "with_commits", "LANGS", "refused", "read_parts",
           "where", "agency_of", "day_of", "portal_page", "SUFFIXES", "read_folders", "TitledDocument",
           "title_stems"]

SUFFIXES = {".txt", ".md", ".text"}
META = "meta.yaml"  # an act folder's requisites
#: file names of the corpus layout and the language each holds (None: refused, with the reason)
LANGS = {"kaz.md": "kk", "rus.md": "ru"}
REFUSED = {"eng.md": "an unofficial English translation; kzlex reads the official Kazakh and Russian texts",
           "lat.md": "Kazakh in Latin script; kzlex reads the official Cyrillic texts"}
#: files of a repository that are about it, not acts
NOT_ACTS = re.compile(r"^(?:readme|license|licence|changelog|contributing|security|notice)(?:\.\w+)?$", re.I)
_LANG_KEYS = {"kaz": "kk", "kk": "kk", "rus": "ru", "ru": "ru"}
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


# a text too large for GitHub to show is split: kaz.md ends with a section (the lexicon's "parts_heading")
# listing its parts, files beside it (kaz/sec001.md ...) that each open with a link back ("↑ [...](../kaz.md)")
_PART_LINK = re.compile(rb"\]\((?P<href>(?:kaz|rus)/[^/()\s]+\.md)\)")  # sec001.md, an000.md, intro.md …
_BACK_LINK = re.compile("\\A(?:\ufeff)?\u2191[^\\n]*\\]\\(\\.\\./(?:kaz|rus)\\.md\\)[ \\t]*\\r?\\n".encode())


def _parts_head() -> re.Pattern:
    return re.compile(marker("parts_heading").pattern.encode(), re.M)


_PART_FILE = re.compile(r"^(?:kaz|rus)/[^/]+\.md$")  # sec001.md, an000.md, intro.md, part001.md: any file there


def read_parts(path: Path, data: bytes | None = None) -> tuple[bytes, list[tuple[int, str]]]:
    """The bytes of a text of the layout (`data`: the file's own bytes, when read already) with its parts
    joined in the order its list of parts gives, and where each piece starts: [(first line, file name
    relative to the act folder)]. A text that is not split is its own bytes, one piece. A part listed but
    missing is an error naming the file and line."""
    data = path.read_bytes() if data is None else data
    head = _parts_head().search(data) if path.name.lower() in LANGS else None
    if not head:
        return data, [(1, path.name)]
    main = data[:head.start()].rstrip(b"\r\n ") + b"\n"
    out, pieces = [main], [(1, path.name)]
    line = main.count(b"\n") + 2  # a blank line between the pieces
    for m in _PART_LINK.finditer(data, head.end()):
        href = m.group("href").decode()
        try:
            part = (path.parent / href).read_bytes()
        except OSError as exc:
            at = data[:m.start()].count(b"\n") + 1
            raise InputError(f"{path}:{at}: a part of the text is missing: {href} ({exc.strerror})") from exc
        body = _BACK_LINK.sub(b"", part, count=1)
        skipped = part[:len(part) - len(body)].count(b"\n")
        out.append(b"\n" + body.rstrip(b"\r\n ") + b"\n")
        pieces.append((line - skipped, href))  # a part's own line k is joined line (start + k - 1)
        line += 1 + body.rstrip(b"\r\n ").count(b"\n") + 1
    return b"".join(out), pieces


def where(pieces: list[tuple[int, str]] | None, line: int, file: str) -> str:
    """"file:line" of a line of a joined text, in the file it came from (a part beside the text, or the text)."""
    if not pieces or len(pieces) == 1:
        return f"{file}:{line}"
    first, name = max((p for p in pieces if p[0] <= line), key=lambda p: p[0], default=pieces[0])
    if name == pieces[0][1]:
        return f"{file}:{line}"
    return f"{Path(file).parent / name}:{line - first + 1}"


_AGENCY_FOLDER = re.compile(r"(?:^|[/\\])(\d{12})-[^/\\]+[/\\]")


def agency_of(path: str) -> str | None:
    """The portal's code of the agency whose folder of the corpus layout holds the file
    ("07-ministerial/103001000000-adilet/2016/…/kaz.md": "103001000000"), or None."""
    found = _AGENCY_FOLDER.findall(str(path))
    return found[-1] if found else None


_DAY_FOLDER = re.compile(r"(?:^|[/\\])(\d{4})[/\\]?(\d{2})(\d{2})-[^/\\]+[/\\][^/\\]+$")


def day_of(path: str) -> str | None:
    """The day an act folder of the corpus layout is named by, the act's signing day ("…/2016/0126-…/kaz.md",
    and the older layout's "…/20160126-…/kaz.md": "2016-01-26"), or None."""
    m = _DAY_FOLDER.search(str(path))
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


_PORTAL_PAGE = re.compile(r"/doc/(?P<code>\d+)/(?P<lang>kaz|rus)(?:/(?P<day>\d{2}\.\d{2}\.\d{4}))?")


def portal_page(url: str) -> tuple[str, str, str | None] | None:
    """(act code, language, the day the page is the act as of) of a page of the portal
    ("https://zan.gov.kz/client/#!/doc/98377/kaz/26.01.2016": "98377", "kk", "2016-01-26"), or None."""
    m = _PORTAL_PAGE.search(url or "")
    if not m:
        return None
    return m.group("code"), {"kaz": "kk", "rus": "ru"}[m.group("lang")], parse_date(m.group("day")) if m.group("day") else None


@dataclass(frozen=True)
class Source:
    path: Path
    name: str  # the source's name: its path relative to the folder given to the build
    meta: Path | None = None  # the act folder's meta.yaml
    lang: str | None = None  # from the layout (kaz.md / rus.md); None: from the text
    root: str | None = None  # the folder given to the build that holds it (absolute), if any
    edition: bool = False  # an earlier edition of an act folder's text (kg/editions.py): its wording only
    # the act whose change made this edition, as the commit of the corpus names it (its trailers: kg/editions.py),
    # standing for meta.yaml's caused_by where that says nothing: (portal code, requisites, title)
    cause: tuple[str, str, str] | None = None
    # an act whose folder a commit of the corpus deleted (its repeal): (the commit's day, and the portal code,
    # requisites and title of the act its trailers name), standing for meta.yaml's repealed_on and repealed_by
    repeal: tuple[str, str, str, str] | None = None
    # the registration number that tells this folder's act apart from another folder's act of the same body, day and
    # number (`told_apart`), or None
    apart: str | None = None


_REG_NUMBER = re.compile(r"(?:№|N)\s*(\d[\w-]*)")
_REQUISITE_LINE = re.compile(r"^requisite:(.*)$", re.M)


def _requisite_line(text: str) -> tuple[str, str] | None:
    """The act and the registration of a meta.yaml's requisite line, read from its text (marker
    `requisite_registered`: the word of the registration, whose sentence follows the act's), or None."""
    found = _REQUISITE_LINE.search(text)
    line = found.group(1).strip(" '\"") if found else ""
    m = marker("requisite_registered").search(line)
    cut = max(line.rfind(". ", 0, m.start()), line.rfind(", ", 0, m.start())) if m else -1
    return (line[:cut], line[cut + 2:]) if cut > 0 else None


def read_folders(files: list[Source]) -> tuple[list[Source], tuple[TitledDocument, ...], frozenset[tuple]]:
    """Every act folder's meta.yaml read once, before the documents are: `files` with the acts of one body, day and
    number told apart (`told_apart`), the documents of the folders titled as their own (`_titled_in`), and the acts
    told apart (`ActRef.named`: body, day and number), which another text names with a registration as one of them."""
    meeting: dict[tuple[str, str], list[tuple[Path, str]]] = {}
    titled: list[TitledDocument] = []
    for meta in dict.fromkeys(s.meta for s in files if s.meta is not None):
        try:
            text = meta.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        line = _requisite_line(text)
        numbers = _REG_NUMBER.findall(line[0]) if line else []
        reg = _REG_NUMBER.search(line[1]) if line else None
        if numbers and reg:
            meeting.setdefault((str(meta.parent.parent), numbers[-1]), []).append((meta, reg.group(1)))
        titled += _titled_in(meta, text)
    files, apart = told_apart(files, meeting)
    return files, tuple(titled), apart


def told_apart(files: list[Source], meeting: dict[tuple[str, str], list[tuple[Path, str]]]
               ) -> tuple[list[Source], frozenset[tuple]]:
    """`files`, each act folder whose meta.yaml gives the same act as another folder's (body, day and number: "Приказ
    Министра внутренних дел Республики Казахстан от 12 октября 1998 года № 343") and another registration (№ 679,
    № 690: one order approving two sets of rules, the portal's two documents) told apart by its registration: two acts,
    not two texts of one (kg/iri.py mints the act with its registration number).

    `meeting`: the folders whose requisite lines give one last number before the registration, by year folder and
    number, each with its registration (`read_folders`: no YAML parsed, 0.8-0.9 s for 10,000 folders here, most of
    it reading the files); only folders whose registrations differ are read whole (`act_meta`), and told apart when
    their acts are one by body, day and number however the lines word them ("Утверждено приказом Министра …" beside
    "Приказ Министра …"). Also returned: those acts' body, day and number (`ActRef.named`)."""
    apart: dict[str, str] = {}
    keys: set[tuple] = set()
    for group in meeting.values():
        if len({reg for _, reg in group}) < 2:
            continue
        acts: dict[tuple, dict[str, str]] = {}
        for meta, reg in group:
            try:
                ref = act_meta(read_meta(meta), str(meta)).ref
            except Exception:  # noqa: BLE001 — a meta.yaml the build will report; not told apart here
                continue
            acts.setdefault(ref.named, {})[str(meta)] = ref.registration or reg
        for key, same in acts.items():
            if len(set(same.values())) > 1:
                apart.update(same)
                keys.add(key)
    return ([replace(s, apart=apart[str(s.meta)]) if str(s.meta) in apart else s for s in files] if apart else files,
            frozenset(keys))


@dataclass(frozen=True)
class TitledDocument:
    """A document of the corpus whose title is its own ("Инструкция N 40 о порядке исчисления …", "Инструкция О
    порядке исчисления и внесения специальных платежей …"): other acts name it by its own number and its title alone,
    with no day ("Изменения и дополнения к Инструкции N 40 "О порядке исчисления …""), or by its title and the day
    and number of the act that approved it, whose body they may name otherwise ("… утвержденную Министерством
    финансов от 30 июня 1995 года N 41": its Main Tax Inspectorate's); the act folder says which act it is (the act
    that approved it: its appendix 1)."""
    number: str | None  # its own number, where its title gives one
    stems: frozenset[str]  # its title's words (`title_stems`)
    ref: ActRef  # the act of the folder
    root: tuple = ()  # where the document stands in that act: (("appendix", "1"),) when the act approved it
    # the days the folder gives that act: its own and the one its requisites write, where they differ ("Утверждена …
    # от 30 июня 1995 г. N 41", approved_on 1995-06-29)
    days: frozenset[str] = frozenset()


_WORD = re.compile(r"[^\W\d_]{3,}")


def title_stems(title: str) -> frozenset[str]:
    """The words of a title, each to its first five letters, lower case: a title as two texts word it ("табыс
    салығын есептеу және төлеу тәртiбi" / "табыс салықтарын есептеу мен төлеудiң тәртiбi") shares most of them.

    >>> sorted(title_stems("О порядке уплаты налога"))
    ['налог', 'поряд', 'уплат']
    """
    return frozenset(w[:5] for w in _WORD.findall(title.lower().replace("i", "і")))


def _titled_in(meta: Path, text: str) -> list[TitledDocument]:
    """The document of an act folder whose titles (meta.yaml's, `text`) are its own (marker `numbered_document_title`),
    with its act, once for each such title. Only a meta.yaml that holds such a kind's word is read as YAML."""
    if not marker("document_title_word").search(text):
        return []
    try:
        fields = read_meta(meta)
        act = act_meta(fields, str(meta))
    except Exception:  # noqa: BLE001 — a meta.yaml the build will report
        return []
    titles = fields.get("title") if isinstance(fields.get("title"), dict) else {}
    found = [m for m in (marker("numbered_document_title").match(re.sub(r"\s+", " ", str(t)).strip())
                         for t in titles.values() if t) if m]
    if not found or not act.ref.number or not act.ref.date:
        return []
    req = str(fields.get("requisite") or "")
    reg = marker("registered").search(req)
    days = frozenset(d for d in (act.ref.date, parse_date(req[:reg.start()] if reg else req)) if d)
    return [TitledDocument(normalise_number(number) if (number := m.group("num") or m.group("num2")) else None,
                           title_stems(m.group("t") or m.group("t2")), act.ref,
                           (("appendix", "1"),) if act.approved_document else (), days) for m in found]


def discover(paths) -> list[Source]:
    """Every source under the paths given, sorted by name; a missing path is a usage error."""
    out: list[Source] = []
    paths = [Path(p) for p in paths]
    folders = [p for p in paths if p.is_dir()]
    for p in paths:
        if p.is_dir():
            seen = [f for f in p.rglob("*") if (f.suffix.lower() in SUFFIXES or f.name.lower() == META)
                    and not any(part.startswith(".") for part in f.relative_to(p).parts) and f.is_file()]
            files = [f for f in seen if f.suffix.lower() in SUFFIXES and not NOT_ACTS.match(f.name) and not _is_part(f)]
            # an act folder with its requisites and no text to read (an act whose text is not published)
            read = {f.parent for f in files if not refused(f)}
            files += [f for f in seen if f.name.lower() == META and f.parent not in read]
            # with several folders given, a name starts with its folder's own name, so names stay distinct
            prefix = f"{p.resolve().name}/" if len(folders) > 1 else ""
            out += [_source(f, prefix + f.relative_to(p).as_posix(), str(p.resolve())) for f in sorted(files)]
        elif p.is_file():
            out.append(_source(p, p.name))
        else:
            raise UsageError(f"no such file or folder: {p}")
    return out


def _is_part(f: Path) -> bool:
    """Is a file a part of a split text of the layout (kaz/sec001.md, kaz/an000.md … beside kaz.md), read with that
    text?"""
    return bool(_PART_FILE.match(f"{f.parent.name}/{f.name}".lower())) and (f.parent.parent / f"{f.parent.name}.md").is_file()


def _source(path: Path, name: str, root: str | None = None) -> Source:
    """A file to read: a text (with the meta.yaml of its act folder, when it is kaz.md or rus.md...), or a
    meta.yaml read alone."""
    meta = path.parent / META
    lower = path.name.lower()
    return Source(path, name, meta if meta.is_file() and (lower in LANGS or lower in REFUSED or lower == META) else None,
                  LANGS.get(lower), root)


def refused(path: Path) -> str | None:
    """Why a file of the layout is not read (an English translation...), or None."""
    return REFUSED.get(path.name.lower())


def with_commits(fields: dict, cause: tuple[str, str, str] | None = None,
                 repeal: tuple[str, str, str, str] | None = None) -> dict:
    """meta.yaml's fields, with what the corpus's commits say where meta.yaml says nothing (kg/editions.py): the act
    a commit's trailers name as the one that made the edition (`cause`: portal code, requisites, title: caused_by),
    and the repeal of an act whose folder a commit deleted (`repeal`: the day, then the repealing act as the
    deleting commit's trailers name it: repealed_on, repealed_by; with no act named, the act ceased that day)."""
    more: dict = {}
    if cause and cause[1] and not fields.get("caused_by"):
        more["caused_by"] = _named(*cause)
    if repeal and not fields.get("repealed_by"):
        day, code, requisite, title = repeal
        more["repealed_on"] = fields.get("repealed_on") or day
        if requisite:
            more["repealed_by"] = _named(code, requisite, title)
        else:
            more["deleted_on"] = day
    return {**fields, **more} if more else fields


def _named(code: str, requisite: str, title: str) -> dict:
    """Another act as meta.yaml names it (caused_by, repealed_by), from a commit's trailers."""
    return {"code": code or None, "requisite": requisite, "title": {"rus": title} if title else None}


def read_meta(path: Path, raw: bytes | None = None) -> dict:
    """The fields of a meta.yaml (`raw`: its bytes, when read already); an unreadable one is the document's error,
    naming the file and line."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8") if raw is None else raw.decode("utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        raise InputError(f"{path}:{line}: meta.yaml is not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}:1: cannot read meta.yaml: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: meta.yaml holds no fields")
    return data


def front_matter(text: str, file: str = "<input>") -> tuple[dict | None, int]:
    """(fields, lines it spans) of YAML front matter at the top of a markdown text, or (None, 0)."""
    m = _FRONT.match(text)
    if not m:
        return None, 0
    lines = text[:m.end()].count("\n") + (0 if text[:m.end()].endswith("\n") else 1)
    try:
        data = yaml.load(m.group("body"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        raise InputError(f"{file}:{line}: front matter is not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    return (data if isinstance(data, dict) else None), lines


def _titles(fields: dict) -> dict[str, str]:
    t = fields.get("title")
    if isinstance(t, dict):
        # (the portal's mark of an act it imported, or of one for official use, is no word of the title: "ИМПОРТ: Об
        # областном бюджете …", "Қызмет бабында пайдалану үшін N дана "…"; a run of
        # spaces is one: "Алматы облысының 2022-2024  жылдарға арналған …", the text's own heading has one)
        titles = {_LANG_KEYS[k]: " ".join(marker("imported_title").sub("", str(v)).split()) for k, v in t.items()
                  if k in _LANG_KEYS and v}
        if titles.get("ru") and titles.get("kk") and titles["ru"] == titles["kk"]:
            # an act published in Kazakh only: the portal repeats its Kazakh title as the Russian one (no Russian
            # text, no Russian title to state)
            del titles["ru"]
        return titles
    lang = _LANG_KEYS.get(str(fields.get("language", "")).lower())
    return {lang: " ".join(str(t).split())} if t and lang else {}


def _per_lang(value) -> dict[str, str]:
    if isinstance(value, dict):
        return {_LANG_KEYS[k]: str(v) for k, v in value.items() if k in _LANG_KEYS and v}
    return {"*": str(value)} if value else {}


def act_meta(fields: dict, file: str) -> ActMeta:
    """An act's requisites from the fields of meta.yaml or front matter."""
    req = re.sub(r"\s+", " ", str(fields.get("requisite") or "")).strip()
    # an editors' note put before the act's own requisites ("Сноска. Действие приказа приостановлено - приказом …
    # N 218. Приказ Министра юстиции … N 133. Зарегистрирован …") names another act: the act's own come after it (the
    # note's event is the act's, kg/parse/header.py `_requisite_events`)
    note = marker("requisite_note").match(req)
    req = req[note.end():] if note else req
    kind = phrases()["form_codes"].get(str(fields.get("form") or "").upper(), "order")
    codes = tuple(str(c) for c in (fields.get("approved_by") or []) if c)
    reg = marker("registered").search(req)
    # (… or its time ran out, no act repealing it: "Приказ прекратил действие (временный характер)")
    ended = marker("repeal_note").search(req) or marker("ceased_requisite").search(req)
    # the act itself, before its registration and its repeal (the repealing act is no identity of this one:
    # "Утверждено Министром юстиции … от 27 ноября 1996 г. Утратило силу - приказом … N 129")
    head = req[:min(x.start() for x in (reg, ended) if x)].rstrip(" .") if reg or ended else req
    refs = _with_joint_bodies(find_act_refs(req), req)
    own = refs[0][0] if refs and refs[0][1] < len(head) + 1 else None
    signed = str(fields.get("approved_on") or fields.get("approval_date") or "") or None
    number = own.number if own else _number(head)
    if not number and (_iso(signed) or parse_date(head)):
        number = NUMBERLESS  # approved with no number ("Утверждено Министром … от 27 ноября 1996 г."): its day names it
    if not number:
        raise InputError(f"{file}:1: the requisites name no act number: {req[:160]!r}")
    issuer = _issuer(own, codes, head)
    reg_date = None
    if reg:
        # the day is written before the number ("… 18.01.1996 г. N 143"; older requisites write N for №)
        reg_date = parse_date(req[reg.start():max(reg.start(g) for g in ("reg", "reg2", "reg3", "reg4", "reg5", "reg6"))])
        if reg.group("reg") and not reg_date:
            # a Kazakh requisite writes the day before the number ("Алматы облыстық әділет департаментінде 2004 жылы
            # 23 қыркүйекте № 1756 тіркелген"), in the sentence of the registration
            reg_date = parse_date(req[req.rfind(". ", 0, reg.start()) + 1:reg.start()])
    if not own and not fields.get("form"):
        # the portal's short requisites, of a version's cause: "Решение от 29.10.2015 №49-280, Маслихат Алматинской
        # области" (its kind the first word, its day the one named before the body)
        kind = phrases()["act_kind_prefixes"].get(head[:4].lower(), kind)
    # (the requisites' own day before the portal's approved_on, which for acts of the 1990s may be the day before:
    # "Утверждена Главной налоговой инспекцией … от 30 июня 1995 г. N 41", approved_on 1995-06-29; other acts name
    # it by the requisites' day, "… утвержденную … от 30 июня 1995 года N 41")
    day = (own.date if own and own.date else None) or (parse_date(head) if not own else None) or _iso(signed)
    ref = ActRef(number, day, issuer, own.kind if own else kind,
                 None, (reg.group("reg") or reg.group("reg2") or reg.group("reg3")) if reg else None, reg_date,
                 own.joint if own else ())
    repeal = next((r for r, s, _ in refs if ended and s >= ended.start()), None)
    # a repeal but for some units, then the whole act's ("Утратил силу за иключением пункта 6 - приказом … N 652 (…).
    # Утратил силу приказом … от 1 февраля 2007 года N 35"): the first repealed it in part, the last whole
    partial: list[ActRef] = []
    if ended:
        starts = [m.start() for m in marker("repeal_word").finditer(req, ended.start())] + [len(req)]
        pieces = [(a, b) for a, b in zip(starts, starts[1:])]
        named = [(a, b, next((r for r, s, _ in refs if a <= s < b), None)) for a, b in pieces]
        partial = [r for a, b, r in named if r is not None and effect_of(req[a:b], "note") is not None
                   and effect_table(effect_of(req[a:b], "note")[0]).in_part]
        whole = [r for a, b, r in named if r is not None and r not in partial]
        repeal = whole[-1] if whole else (None if partial else repeal)
    # newer folders state the repeal apart: the repealing act's requisites and titles, and the day the act ceased
    repealer = _cause(fields.get("repealed_by"), file)
    # (a folder the corpus deleted, no repealing act named: the act ceased that day, kg/editions.py)
    deleted = _iso(str(fields.get("deleted_on") or ""))
    repealed_on = _iso(str(fields.get("repealed_on") or "")) if repealer or ended or deleted else None
    return ActMeta(ref, tuple(sorted(_titles(fields).items())), bool(ended or repealer or deleted),
                   repealer.ref if repealer else repeal, ended.group(0).strip(" .") if ended else None,
                   str(fields.get("act_code") or "") or None,
                   tuple(sorted(_per_lang(fields.get("source")).items())), codes,
                   tuple(str(c) for c in (fields.get("type_codes") or [])), file,
                   tuple(sorted((k, d) for k, v in _per_lang(fields.get("version_date")).items() if (d := _iso(v)))),
                   _cause(fields.get("caused_by"), file), repealer, repealed_on, tuple(partial),
                   bool(marker("approved_requisite").match(head)), note.group(0).strip() if note else None)


def _with_joint_bodies(refs: list, req: str) -> list:
    """The acts a requisite names, each joint one with its other bodies ("Совместный приказ Министра юстиции … № 50 и
    Министра экономики и бюджетного планирования … № 93", "Утратил силу совместным приказом … № 96 и Министра …
    № 53", MinJust 2010 № 50), as a note names them (`patterns.find_note_acts`)."""
    if not marker("joint_act").search(req):
        return refs
    bodies = {(r.number, r.date): r.joint for r, _, _ in find_note_acts(req) if r.joint}
    return [(replace(r, joint=bodies[r.number, r.date]) if (r.number, r.date) in bodies else r, s, e)
            for r, s, e in refs]


def _cause(fields, file: str) -> ActMeta | None:
    """Another act as meta.yaml gives its requisites, title and portal id: the one that made this version
    (`caused_by`: an amending or repealing order) or the one that repealed it (`repealed_by`); None when absent
    or when its requisites name no act."""
    if not isinstance(fields, dict) or not fields.get("requisite"):
        return None
    try:
        return act_meta({"requisite": fields["requisite"], "title": fields.get("title"), "act_code": fields.get("code"),
                         "source": fields.get("link")}, file)
    except InputError:
        return None


# (an older number takes a letter in quotes: "N 250 "а"", the order 250а)
_NUMBER = re.compile(r"(?:№|N)\s*(?P<n>(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺ]{2,4}\s+(?=[A-ZА-ЯӘІҢҒҮҰҚӨҺ]))?[^\s.\"]+(?:\.[^\s.\"]+)*)"
                     r"(?:\s*\"(?P<letter>[^\W\d_])\")?")


def _number(head: str) -> str | None:
    m = _NUMBER.search(head)
    return normalise_number(m.group("n") + (m.group("letter") or "")) if m else None


def _iso(value: str | None) -> str | None:
    """A meta.yaml date when it is one (a day of the calendar), else None."""
    if not value or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _issuer(own: ActRef | None, codes: tuple[str, ...], head: str = ""):
    """The issuing body: the requisites' own words when they name a known organisation, else the agency
    code's organisation, else the words as they are.

    The portal's short requisites name the body last, after the act ("Решение №9-56 от 23.10.2012, Маслихат
    Алматинской области"): that body, when it is a known one."""
    named = own.issuer if own else None
    if named is not None and named.en:
        return named
    coded = by_code(codes[0]) if codes else None
    last = canonical(head.rsplit(",", 1)[1]) if not (own or coded) and "," in head else None
    return coded or (last if last and last.en else None) or named or (canonical(codes[0]) if codes else None)
