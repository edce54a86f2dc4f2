"""Organisation names: any grammatical form in, one canonical organisation out.

>>> canonical("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің").kk
'Еңбек және халықты әлеуметтік қорғау министрлігі'
>>> canonical("ҚР Денсаулық сақтау және әлеуметтік даму министрінің").kk
'Денсаулық сақтау және әлеуметтік даму министрлігі'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import local_bodies, org_grammar, organisations
from .model import Org

__all__ = ["canonical", "key", "by_code", "reorganisations", "names_one", "local_orgs", "described_once",
           "shared_number", "short_forms", "founded", "of_the_union", "rank_apart"]


@lru_cache(maxsize=None)
def _grammar() -> tuple[re.Pattern, re.Pattern, list[tuple[str, str]], list[tuple[str, str]], re.Pattern]:
    g = org_grammar()
    return (re.compile(g["country"]["pattern"], re.I), re.compile(g["acting"]["pattern"], re.I),
            [(r["pattern"], r["becomes"]) for r in g["kk"]], [(r["pattern"], r["becomes"]) for r in g["ru"]],
            re.compile(g["rank"]["pattern"], re.I))


@lru_cache(maxsize=None)
def _head_and_form() -> tuple[re.Pattern, re.Pattern]:
    """An official's title of head, and a state institution's legal form, around a body's name."""
    g = org_grammar()
    return re.compile(g["head"]["pattern"], re.I), re.compile(g["institution"]["pattern"], re.I)


def rank_apart(role: str) -> tuple[str, str | None]:
    """An official's role and the military, special or civil rank written after it (organisations.yaml `rank`), apart:
    the rank says nothing of the office ("*Министр*" / "*генерал-полковник*", MVD 2002 № 387 and 2003 № 22).

    >>> rank_apart("Министр генерал-полковник"), rank_apart("Министр")
    (('Министр', 'генерал-полковник'), ('Министр', None))
    """
    m = _grammar()[4].search(role)
    return (role[:m.start()].strip(), m.group(0).strip()) if m and role[:m.start()].strip() else (role, None)


def key(name: str) -> str:
    """The comparison key of a name: lower case, one space, no punctuation."""
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


@lru_cache(maxsize=None)
def _registry() -> dict[str, Org]:
    reg: dict[str, Org] = {}
    for o in organisations():
        org = _org(o)
        reg[key(o["kk"])] = org
        if o.get("ru"):
            reg[key(o["ru"])] = org
    return reg


@lru_cache(maxsize=None)
def _registry_unspaced() -> dict[str, Org]:
    """The registry by names with no spaces, each name one organisation's only: the portal's text loses the space
    where its lines were joined ("Министра по чрезвычайнымситуациям РК", "Министерства внутренних дел Республики
    Казахстангенерал-майора")."""
    out: dict[str, Org | None] = {}
    for k, org in _registry().items():
        bare = k.replace(" ", "")
        out[bare] = org if out.get(bare, org) == org else None
    return {k: org for k, org in out.items() if org is not None}


def _org(o: dict) -> Org:
    return Org(key(o["kk"]), o["kk"], o.get("ru"), o.get("en"))


@lru_cache(maxsize=None)
def _since() -> dict[str, str]:
    return {key(o["kk"]): str(o["since"]) for o in organisations() if o.get("since")}


def founded(org: Org | None) -> str | None:
    """The day an organisation came to be, where organisations.yaml gives it (`since`): no act of it is older."""
    return _since().get(org.key) if org else None


@lru_cache(maxsize=None)
def _number_suffixes() -> dict[str, dict[str, str]]:
    return {key(o["kk"]): o["number_suffixes"] for o in organisations() if o.get("number_suffixes")}


def shared_number(org: Org | None, number: str) -> str:
    """An act's number as both languages write it, where a body's acts carry a suffix of their language
    (organisations.yaml `number_suffixes`: the Prime Minister's order "№ 77-ө" in Kazakh is "№ 77-р").

    >>> shared_number(canonical("Премьер-Министрінің"), "77-Ө"), shared_number(canonical("Министра финансов"), "77-Ө")
    ('77-Р', '77-Ө')
    """
    for old, new in (_number_suffixes().get(org.key, {}) if org is not None else {}).items():
        if number.endswith(old):
            return number[:-len(old)] + new
    return number


@lru_cache(maxsize=None)
def _forms() -> list[tuple[re.Pattern, Org]]:
    return [(re.compile(f, re.I), _org(o)) for o in organisations() for f in o.get("forms", ())]


def short_forms(org: Org) -> list[re.Pattern]:
    """The short forms an organisation goes by ("МВД", "Ішкіісминінің"), to find in running text."""
    return [re.compile(rf"(?<!\w)(?:{pat.pattern})(?!\w)", re.I) for pat, o in _forms() if o.key == org.key]


@lru_cache(maxsize=None)
def by_code(code: str) -> Org | None:
    """The organisation an agency code of the portal names ("103001000000": the Ministry of Justice; a local body's,
    its place's digits and its kind's: "154000000002", the Almaty Region Maslikhat).

    >>> by_code("103001000000").en, by_code("154000000002").en, by_code("154000000009")
    ('Ministry of Justice', 'Almaty Region Maslikhat', None)
    """
    return next((_org(o) for o in organisations() if str(code) in map(str, o.get("codes", ()))),
                None) or _local_codes().get(str(code))


@lru_cache(maxsize=None)
def _local_codes() -> dict[str, Org]:
    lex = local_bodies()
    bodies = [(p, b) for p in lex["places"] for b in lex["bodies"].values()]
    return {f"{p['code']}{b['code']}": org for (p, b), (_, org) in zip(bodies, _local()) if p.get("code")}


def _place_words(place: dict, lex: dict) -> dict[str, str]:
    """A place's words, and each level's forms of its name built from them (organisations.yaml 'local')."""
    lv = lex["levels"][place["level"]]
    words = {"kk": place["kk"], "adj": place["ru_adj"], "ru": place.get("ru", ""), "ru_gen": place.get("ru_gen", ""),
             "en": place["en"]}
    words.update({k: v.format(**words) for k, v in lv.items()})
    return words


@lru_cache(maxsize=None)
def _local() -> list[tuple[re.Pattern, Org]]:
    """(pattern of every form, body) for each local body of a region or city (organisations.yaml 'local')."""
    lex, out = local_bodies(), []
    for place in lex["places"]:
        words = _place_words(place, lex)
        for body in lex["bodies"].values():
            names = {k: v.format(**words) for k, v in body["names"].items()}
            pat = (rf"{words['kk_place']}\s+(?:{body['kk']})|(?:{body['ru']})\s+{words['ru_place']}"
                   rf"|{words['ru_adj_place']}\s+(?:{body['ru']})")
            out.append((re.compile(pat, re.I), Org(key(names["kk"]), names["kk"], names["ru"], names["en"])))
    return out


def local_orgs() -> list[Org]:
    """Every local body of a region or city the lexicon names (described once, like the registry's); the departments
    of their akimats, hundreds of which no act names, are described where an act names one."""
    return [org for _, org in _local()]


_FIELD = "(?P<field>.+?)"


class _Departments(NamedTuple):
    word: re.Pattern  # in every department's name
    placed: list[tuple[re.Pattern, int]]  # a department with its place, in each form: (pattern, the place's index)
    unplaced: list[re.Pattern]  # a department named without its place
    fields: dict[str, int]  # a field's words, keyed, in either language: the field's index
    place_of: dict[Org, int]  # each place's own bodies (whose acts name departments without a place): its index


@lru_cache(maxsize=None)
def _departments() -> _Departments:
    lex = local_bodies()
    dep, placed = lex["department"], []
    kk, ru = dep["kk"].format(field=_FIELD), dep["ru"].format(field=_FIELD)
    for i, place in enumerate(lex["places"]):
        words = _place_words(place, lex)
        placed += [(re.compile(f"{words['kk_place']}\\s+{kk}", re.I), i), (re.compile(f"{ru}\\s+{words['ru_place']}", re.I), i),
                   (re.compile(f"{words['ru_adj_place']}\\s+{ru}", re.I), i)]
    unplaced = [re.compile(dep["unplaced"][lang].format(field=_FIELD), re.I) for lang in ("kk", "ru")]
    fields = {key(f[lang]): n for n, f in enumerate(lex["departments"]) for lang in ("kk", "ru")}
    per_place = len(lex["bodies"])  # (_local lists each place's bodies in turn)
    place_of = {org: n // per_place for n, (_, org) in enumerate(_local())}
    return _Departments(re.compile(dep["word"], re.I), placed, unplaced, fields, place_of)


@lru_cache(maxsize=None)
def _department(place: int, field: int) -> Org:
    lex = local_bodies()
    f = lex["departments"][field]
    words = {**_place_words(lex["places"][place], lex), "field_kk": f["kk"], "field_ru": f["ru"], "field_en": f["en"]}
    names = {k: v.format(**words) for k, v in lex["department"]["names"].items()}
    return Org(key(names["kk"]), names["kk"], names["ru"], names["en"])


def _department_named(name: str, within: Org | None) -> Org | None:
    """The department of a region's or city's akimat a name gives ("Управления культуры Алматинской области",
    "Алматы облысының мәдениет басқармасы"), or, without a place ("управления сельского хозяйства", "облыстық ауыл
    шаруашылығы басқармасы"), the department of the place of `within` (a local body's); None when it names none."""
    deps = _departments()
    if not deps.word.search(name):
        return None
    own = deps.place_of.get(within) if within is not None else None
    for pat, place in deps.placed + [(pat, own) for pat in deps.unplaced if own is not None]:
        m = pat.fullmatch(name)
        if m and (field := deps.fields.get(key(m.group("field")))) is not None:
            return _department(place, field)
    return None


@lru_cache(maxsize=None)
def _unplaced() -> dict[str, list[re.Pattern]]:
    """For each level of place, each body's forms named without the place ("акима области", "облыстық мәслихаттың"), or
    with no word of a place at all ("в соответствии с решением Акима от 02 апреля 1998 года N 4-126" in an act of the
    Akim of Almaty Region), in the order of the bodies `_local` lists for each place."""
    lex = local_bodies()
    return {level: [re.compile(rf"(?:{lv['kk_unplaced']}\s+)?(?:{b['kk']})|(?:{b['ru']})(?:\s+{lv['ru_unplaced']})?"
                               rf"|{lv['ru_adj_unplaced']}\s+(?:{b['ru']})", re.I) for b in lex["bodies"].values()]
            for level, lv in lex["levels"].items()}


def _body_unplaced(name: str, within: Org | None) -> Org | None:
    """The body of the place of `within` (a local body's) that a name gives without a place ("Акима области" in an act
    of the Akim of Almaty Region is that akim); None when it names none."""
    place = _departments().place_of.get(within) if within is not None else None
    if place is None:
        return None
    lex = local_bodies()
    for n, pat in enumerate(_unplaced()[lex["places"][place]["level"]]):
        if pat.fullmatch(name):
            return _local()[place * len(lex["bodies"]) + n][1]
    return None


@lru_cache(maxsize=None)
def _union_bodies() -> frozenset[str]:
    return frozenset(key(o["kk"]) for o in organisations() if o.get("union"))


def of_the_union(org: Org | None) -> bool:
    """Is an organisation a body of the USSR (organisations.yaml `union`), whose acts are no acts of the Republic?"""
    return org is not None and org.key in _union_bodies()


@lru_cache(maxsize=None)
def _described_once() -> frozenset[str]:
    return frozenset(_registry()) | frozenset(o.key for o in local_orgs())


def described_once(org: Org) -> bool:
    """Is an organisation described once, in the reference graph (the registry's, a region's or city's own bodies)?"""
    return org.key in _described_once()


def _strip(name: str) -> str:
    s = re.sub(r"\s+", " ", name).strip(" ,.;:\"'_")
    s = re.sub(r"^(?:\d+\.\s*)", "", s)
    country, acting, _, _, rank = _grammar()
    head, form = _head_and_form()
    s = rank.sub("", s)
    for _ in range(2):
        s = country.sub(" ", s).strip()
        s = acting.sub("", s).strip()
        s = head.sub("", s).strip()
        s, quoted = form.subn("", s)  # "государственного учреждения "Управления …"": the quoted name
        s = s.strip(" \"'«»") if quoted else s.strip()
    return re.sub(r"\s{2,}", " ", s)  # "Агентство Республики Казахстан по регулированию …": one space where it was


def names_one(text: str) -> bool:
    """Does a text name an organisation at all? "Қазақстан Республикасының" alone, or a line to sign on,
    does not."""
    return bool(re.search(r"[^\W\d_]{3}", _strip(re.sub(r"_+", " ", text))))


@lru_cache(maxsize=8192)  # a handful of names recur in every document (an Org is immutable)
def canonical(name: str, within: Org | None = None) -> Org:
    """The organisation a name (in any form met in acts) designates; `within`: the body whose act names it, the
    place of a department named without one ("управления сельского хозяйства" in an act of a region's akim)."""
    s = _strip(name)
    k = key(s)
    for pat, org in _forms():
        if pat.fullmatch(k):
            return org
    for pat, org in _local():
        if pat.fullmatch(s):
            return org
    if found := _department_named(s, within) or _body_unplaced(s, within):
        return found
    _, _, kk_forms, ru_forms, _ = _grammar()
    for pat, rep in kk_forms:
        s2 = re.sub(pat, rep, s, flags=re.I)
        if s2 != s:
            s = s2
            break
    for pat, rep in ru_forms:
        s2 = re.sub(pat, rep, s, flags=re.I)
        if s2 != s:
            s = s2
            break
    # "Министрлігі" capitalised inside a name ("... Министрлігі Көші-қон комитеті") stays as written
    found = _registry().get(key(s)) or _registry_unspaced().get(key(s).replace(" ", ""))
    if found:
        return found
    # a dual office, the body named last ("Мемлекеттік хатшысы-Қазақстан Республикасының Сыртқы істер министрі",
    # "Государственный секретарь - Министр иностранных дел"): that body, when it is one known
    parts = _DUAL.split(name)
    if len(parts) > 1 and (last := canonical(parts[-1])).en:
        return last
    is_ru = bool(re.search(r"[а-яё]", s, re.I)) and not re.search(r"[әіңғүұқөһ]", s, re.I)
    return Org(key(s), None if is_ru else s, s if is_ru else None)


# a dash between two offices one official holds: spaced, or a hyphen from a word in lower case to one capitalised
_DUAL = re.compile(r"\s+[-\u2013\u2014]\s+|(?<=[а-яёәіңғүұқөһ])-(?=[А-ЯЁӘІҢҒҮҰҚӨҺ])")


def reorganisations() -> list[tuple[Org, str, list[Org]]]:
    """(organisation, date, successors) for every recorded reorganisation."""
    out = []
    for o in organisations():
        if o.get("became"):
            out.append((canonical(o["kk"]), str(o["became"]["date"]), [canonical(n) for n in o["became"]["into"]]))
    return out
