"""Organisation names: any grammatical form in, one canonical organisation out.

>>> canonical("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің").kk
'Еңбек және халықты әлеуметтік қорғау министрлігі'
>>> canonical("ҚР Денсаулық сақтау және әлеуметтік даму министрінің").kk
'Денсаулық сақтау және әлеуметтік даму министрлігі'
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import organisations
from .model import Org

__all__ = ["canonical", "key", "by_code", "reorganisations", "names_one"]


_COUNTRY = re.compile(
    r"^\s*(?:Қазақстан\s+Республикасы(?:ның)?|ҚР|Республики\s+Казахстан)\s+|\s+(?:Республики\s+Казахстан|РК)\b", re.I
)
# an acting official ("и.о. Министра", "исполняющего обязанности", "міндетін атқарушы") acts for the same body
_ACTING = re.compile(r"^(?:временно\s+)?(?:и\.\s?о\.\s*|исполняющ\w+\s+обязанности\s+)"
                     r"|\s+(?:міндетін\s+атқарушы\w*|м\.\s?а\.?)$", re.I)
# role and case forms → the organisation's nominative name (kk)
_KK_FORMS = [
    (r"\bминистрі\s+міндетін\s+атқарушы\w*$|\bминистр\w*\s+м\.\s?а\.?$", "министрлігі"),
    (r"\bминистр(?:інің|і|інен|іне)?$", "министрлігі"),
    (r"\bминистрліг(?:інің|іне|інде|імен|і)$", "министрлігі"),
    (r"\bвице-министрлігі$", "министрлігі"),
    (r"\bагенттіг(?:інің|іне|інде|імен|і)(?:\s+төрағасы\w*)?$", "агенттігі"),
    (r"\bагенттігі\s+төрағасы\w*$", "агенттігі"),
    (r"\bкомитет(?:інің|іне|інде|імен|і)(?:\s+төрағасы\w*)?$", "комитеті"),
    (r"\bпрокуратура(?:сының|сы)$|\bПрокуроры(?:ның)?$", "прокуратура"),
    (r"\bбасқарма(?:сының|сы)$", "басқармасы"),
    (r"\bәкімдіг(?:інің|і)$", "әкімдігі"),
    (r"\bСот(?:ы|ының)$", "Сот"),
    (r"\bбюро(?:сының|сы)$", "бюросы"),
    (r"\bҮкімет(?:і|інің)$", "Үкімет"),
]
_RU_FORMS = [
    (r"^(?:исполняющ\w+ обязанности )?министр(?:а|ом|у)?\b", "Министерство"),
    (r"^министерств(?:а|ом|е|у)\b", "Министерство"),
    (r"^председател\w+ агентства\b", "Агентство"),
    (r"^агентств(?:а|ом|е|у)\b", "Агентство"),
    (r"^комитет(?:а|ом|е|у)\b", "Комитет"),
    (r"^правительств(?:а|ом|е|у)\b", "Правительство"),
    (r"^генерального прокурора\b", "Генеральная прокуратура"),
]


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


def _org(o: dict) -> Org:
    return Org(key(o["kk"]), o["kk"], o.get("ru"), o.get("en"))


@lru_cache(maxsize=None)
def _forms() -> list[tuple[re.Pattern, Org]]:
    return [(re.compile(f, re.I), _org(o)) for o in organisations() for f in o.get("forms", ())]


@lru_cache(maxsize=None)
def by_code(code: str) -> Org | None:
    """The organisation an agency code of the portal names ("103001000000": the Ministry of Justice)."""
    return next((_org(o) for o in organisations() if str(code) in map(str, o.get("codes", ()))), None)


def _strip(name: str) -> str:
    s = re.sub(r"\s+", " ", name).strip(" ,.;:\"'_")
    s = re.sub(r"^(?:\d+\.\s*)", "", s)
    for _ in range(2):
        s = _COUNTRY.sub(" ", s).strip()
        s = _ACTING.sub("", s).strip()
    return s


def names_one(text: str) -> bool:
    """Does a text name an organisation at all? "Қазақстан Республикасының" alone, or a line to sign on,
    does not."""
    return bool(re.search(r"[^\W\d_]{3}", _strip(re.sub(r"_+", " ", text))))


def canonical(name: str) -> Org:
    """The organisation a name (in any form met in acts) designates."""
    s = _strip(name)
    k = key(s)
    for pat, org in _forms():
        if pat.fullmatch(k):
            return org
    for pat, rep in _KK_FORMS:
        s2 = re.sub(pat, rep, s, flags=re.I)
        if s2 != s:
            s = s2
            break
    for pat, rep in _RU_FORMS:
        s2 = re.sub(pat, rep, s, flags=re.I)
        if s2 != s:
            s = s2
            break
    # "Министрлігі" capitalised inside a name ("... Министрлігі Көші-қон комитеті") stays as written
    found = _registry().get(key(s))
    if found:
        return found
    is_ru = bool(re.search(r"[а-яё]", s, re.I)) and not re.search(r"[әіңғүұқөһ]", s, re.I)
    return Org(key(s), None if is_ru else s, s if is_ru else None)


def reorganisations() -> list[tuple[Org, str, list[Org]]]:
    """(organisation, date, successors) for every recorded reorganisation."""
    out = []
    for o in organisations():
        if o.get("became"):
            out.append((canonical(o["kk"]), str(o["became"]["date"]), [canonical(n) for n in o["became"]["into"]]))
    return out
