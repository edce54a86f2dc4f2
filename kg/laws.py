"""Laws and codes cited by title: one node whichever language cites them (kg/lexicon/laws.yaml).

A law an act stands by is named in its preamble by title, in the text's own language ("Нотариат
туралы", "О нотариате"); the Kazakh and Russian texts of one act cite one law.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import law_patterns, laws, marker, phrases
from .model import TITLED_KINDS, ActRef

__all__ = ["code_letters", "law_enacted", "law_listed", "law_name", "law_named_by_day", "law_of_the_day", "law_passed_on",
           "law_title", "wording_day"]


def _norm(title: str) -> str:
    # (older Kazakh texts type the Latin "i" for "і")
    t = re.sub(r"[«»\"“”„']", " ", title.lower().replace("ё", "е").replace("i", "і"))
    # (a stray stop typed before a word: "О местном государственном управлении .Республики Казахстан")
    t = re.sub(r"\s[.,;]+(?=\w)", " ", t)
    return re.sub(r"\s+", " ", t).strip(" .,;")


@lru_cache(maxsize=None)
def _index() -> dict[str, tuple[str, str]]:
    out = {}
    for entry in laws():
        name = (entry["kind"], entry["ru"][0])
        for title in entry["ru"] + entry["kk"]:
            out[_norm(title)] = name
    return out


@lru_cache(maxsize=None)
def _genitive() -> re.Pattern:
    # (a Kazakh word in the genitive, "қозғалысының": the title of a law says a word of it either way, "Жол қозғалысы
    # қауіпсіздігі туралы" and "Жол қозғалысының қауіпсіздігі туралы"; the endings are the lexicon's)
    return re.compile(r"(?<=\w\w)(?:" + phrases()["words"]["genitive_glued_kk"]["pattern"] + r")\b")


def _genitive_folded(key: str) -> str:
    """A normalised title with its Kazakh genitive endings dropped.

    >>> _genitive_folded("жол қозғалысының қауіпсіздігі туралы")
    'жол қозғалысы қауіпсіздігі туралы'
    """
    return _genitive().sub("", key)


@lru_cache(maxsize=None)
def _genitive_index() -> dict[str, tuple[str, str]]:
    """The listed titles with their genitive endings dropped, those of one law only."""
    out: dict[str, set[tuple[str, str]]] = {}
    for title, name in _index().items():
        out.setdefault(_genitive_folded(title), set()).add(name)
    return {t: next(iter(names)) for t, names in out.items() if len(names) == 1}


@lru_cache(maxsize=4096)
def _listed(title: str) -> tuple[str, str] | None:
    """The name of the listed law a title cites: its own entry (a Kazakh word of it in the genitive or not), or, where
    the text mistyped a letter or two
    ("Қазақстан Республикасыныдағы кедендік реттеу туралы"), the one listed title that close to it with the same
    numbers; none where two listed laws are that close.

    >>> _listed("Қазақстан Республикасыныдағы кедендік реттеу туралы")
    ('code', 'О таможенном регулировании в Республике Казахстан')
    >>> _listed("Жол қозғалысының қауiпсiздiгi туралы")  # (a word in the genitive, "Жол қозғалысы …" listed)
    ('law', 'О безопасности дорожного движения')
    >>> _listed("О республиканском бюджете на 2011-2013 годы") is None  # (a year is no typo)
    True
    >>> _listed("О введении в действие Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет")
    ('law', 'О введении в действие Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет» (Налоговый кодекс)')
    """
    key = _norm(title)
    found = _index().get(key) or _genitive_index().get(_genitive_folded(key))
    if found or len(key) < 20:
        return found
    # (a title whose closing quote the text lost, read up to the quote of the title it quotes, the listed title's
    # bracket after: 'Закона "О введении в действие Кодекса … "О налогах …" (Налоговый кодекс) ПРИКАЗЫВАЮ')
    grown = {name for t, name in _index().items() if t.startswith(key + " (") and t.endswith(")")}
    if len(grown) == 1:
        return grown.pop()
    near = {_index()[t] for t in difflib.get_close_matches(key, _index(), n=3, cutoff=_NEAR)
            if re.findall(r"\d+", t) == re.findall(r"\d+", key)}
    return near.pop() if len(near) == 1 else None


# (a letter or two in a title of fifty: the nearest titles of two listed laws, "о языках в республике казахстан"
# and "о выборах в республике казахстан", are 0.89 alike)
_NEAR = 0.97


def law_name(kind: str, title: str) -> tuple[str, str]:
    """(kind, title) that name a law or code cited by `title`: the first Russian title of its entry in laws.yaml,
    in whichever language it is cited; a title not listed names itself.

    >>> law_name("law", "Нотариат туралы"), law_name("law", "О нотариате")
    (('law', 'О нотариате'), ('law', 'О нотариате'))
    >>> law_name("law", "Салық және бюджетке төленетін басқа да міндетті төлемдер туралы")
    ('code', 'О налогах и других обязательных платежах в бюджет')
    >>> law_name("law", "2010-2012 жылдарға арналған республикалық бюджет туралы")
    ('law', 'О республиканском бюджете на 2010-2012 годы')
    >>> law_name("law", "О местном государственном управлении .Республики Казахстан")
    ('law', 'О местном государственном управлении и самоуправлении в Республике Казахстан')
    >>> law_name("law", "О чем-то ином")
    ('law', 'О чем-то ином')
    """
    found = _listed(title)
    if found:
        return found
    for pat, entry in _patterns():
        m = pat.fullmatch(_norm(title))
        if m:
            years = re.sub(r"\s*[-–]\s*", "-", m.group("years"))
            return entry["kind"], entry["name" if "-" in years else "name_one_year"].format(years=years)
    return kind, title


def law_listed(kind: str, title: str) -> bool:
    """Does laws.yaml list the law or code cited by `title` (in any of its titles, either language)?

    >>> law_listed("code", "Налогового кодекс"), law_listed("code", "Этического кодекс")
    (True, False)
    """
    return _listed(title) is not None


@lru_cache(maxsize=8192)  # (asked of each law a citation names, and again of it by the minter and the pairing of texts)
def law_named_by_day(kind: str, title: str) -> bool:
    """Does the day a citation gives name the law or code cited by `title`, with its title: a title laws.yaml lists
    with its enactments or its patterns (its day is one of the title's enactments, `law_enacted`; a budget law's, of
    its years), or an amending law's title, which dozens of laws bear (phrases.yaml `amending_law_title`)? Any other
    title, listed with no enactment or not listed, names one law whatever day a citation gives it: the day is that
    law's (its `eli:date_document`), not part of its name, so a text citing it without its day names the same law.

    >>> law_named_by_day("law", "Нотариат туралы"), law_named_by_day("law", "О внесении изменений в некоторые акты")
    (True, True)
    >>> law_named_by_day("law", "О беженцах"), law_named_by_day("law", "О гражданстве Республики Казахстан")
    (False, False)
    """
    return law_name(kind, title) in _enacted() or any(pat.fullmatch(_norm(title)) for pat, _ in _patterns()) or (
        kind == "law" and marker("amending_law_title").search(title.strip()) is not None)


@lru_cache(maxsize=None)
def _titles() -> dict[tuple[str, str], dict[str, str]]:
    """Each listed law's first title in each language, by its name."""
    return {(e["kind"], e["ru"][0]): {"ru": e["ru"][0], "kk": e["kk"][0]} for e in laws()}


@lru_cache(maxsize=None)
def code_letters(lang: str) -> dict[str, str]:
    """The letters a code is written with in `lang`, each with the code's name in the genitive as a citation names it
    (laws.yaml `letters`: "УИК", "Уголовно-исполнительного кодекса"; "ҚАК", "Қылмыстық-атқару кодексінің").

    >>> code_letters("ru")["УИК"], code_letters("kk")["ҚАК"]
    ('Уголовно-исполнительного кодекса', 'Қылмыстық-атқару кодексінің')
    """
    return {letters: name for e in laws() for letters, name in e.get("letters", {}).get(lang, {}).items()}


def law_title(kind: str, title: str, lang: str, passed: str | None = None) -> str:
    """The title in `lang` of a law or code cited by `title`: its entry's first in laws.yaml, in the nominative and
    spelled as enacted whatever case and spelling the citation has (the title of the enactment passed on `passed`,
    where laws.yaml gives that one a title of its own); a title not listed is itself.

    >>> law_title("code", "Бюджетного кодекс", "ru"), law_title("code", "Бюджетного кодекс", "kk")
    ('Бюджетный кодекс', 'Бюджет кодексі')
    >>> law_title("law", "Мемлекеттік қызмет туралы", "ru", "1999-07-23"), law_title("law", "О государственной службе", "kk")
    ('О государственной службе', 'Қазақстан Республикасының мемлекеттік қызметі туралы')
    >>> law_title("law", "О чем-то ином", "ru")
    'О чем-то ином'
    """
    name = _listed(title) or ("", "")
    own = next((titles for on, _, titles in _enacted().get(name, ()) if on == passed), {}) if passed else {}
    return own.get(lang) or _titles().get(name, {}).get(lang, title)


@lru_cache(maxsize=None)
def _enacted() -> dict[tuple[str, str], tuple[tuple[str, str, dict[str, str]], ...]]:
    """(day passed, day in force, its own titles by language) of each enactment of a title enacted anew (laws.yaml
    `enacted`: `passed`, `in_force`, `ru`, `kk`), by its name, earliest first; and the one enactment of each law of a
    title with its years whose day a text gives (`_yearly_enacted`)."""
    listed = {(e["kind"], e["ru"][0]): tuple(sorted(
        ((str(x["passed"]), str(x.get("in_force", x["passed"])), {lang: x[lang] for lang in ("ru", "kk") if x.get(lang)})
         for x in e["enacted"]), key=lambda x: x[:2])) for e in laws() if e.get("enacted")}
    return {**listed, **{name: ((passed, in_force, {}),) for name, passed, in_force in _yearly_enacted()}}


@lru_cache(maxsize=None)
def _yearly_enacted() -> tuple[tuple[tuple[str, str], str, str], ...]:
    """(name, day passed, day in force) of each law of a title with its years (laws.yaml `patterns`, the republican
    budget) whose day a text gives (the pattern's `enacted`, by years): the one law of its title."""
    out = []
    for e in law_patterns():
        for years, x in (e.get("enacted") or {}).items():
            name = e["name" if "-" in str(years) else "name_one_year"].format(years=years)
            out.append(((e["kind"], name), str(x["passed"]), str(x.get("in_force", x["passed"]))))
    return tuple(out)


@lru_cache(maxsize=None)
def _first_of_title() -> frozenset[tuple[tuple[str, str], str]]:
    """(name, day passed) of the enactments laws.yaml marks `first`: the first law of its title, none before it for a
    citation to mean."""
    return frozenset([((e["kind"], e["ru"][0]), str(x["passed"])) for e in laws() for x in e.get("enacted", ())
                      if x.get("first")] + [(name, passed) for name, passed, _ in _yearly_enacted()])


def law_enacted(kind: str, title: str, day: str | None, said: bool = False) -> str | None:
    """The day the law or code cited by `title` was passed, where laws.yaml lists its title as enacted anew: when the
    citation gives the law's own day (`said`), the one passed that day; else the one in force on `day`, the day the
    citing text's wording is of (a title listed with one enactment, the day texts citing it give, is that law from its
    day on). None for a title listed with no enactment, no day, a day said that none was passed on (a slip of
    the text's, "2014 жылғы 23 қарашадағы … Еңбек Кодексінің" for 2015: the act's day decides), a day before the
    first, or one between a law's passing and its coming into force, when the citation may mean either; between the
    passing of the first law of its title (`first`) and its coming into force, that law, no other to mean.

    >>> law_enacted("law", "Салық кодексі", "2019-12-31"), law_enacted("law", "Налогового кодекс", "2009-01-05")
    ('2017-12-25', '2008-12-10')
    >>> law_enacted("code", "Трудовой кодекс", "2015-12-04"), law_enacted("code", "Трудовой кодекс", "2015-11-23", said=True)
    (None, '2015-11-23')
    >>> law_enacted("code", "Трудовой кодекс", "2014-11-23", said=True) is None
    True
    >>> law_enacted("law", "О гражданстве Республики Казахстан", "2019-12-31"), law_enacted("code", "Бюджетный кодекс", "2001-01-01")
    (None, None)
    >>> law_enacted("law", "О нотариате", "2019-12-31"), law_enacted("law", "О нотариате", "1997-01-05")
    ('1997-07-14', None)
    >>> law_enacted("code", "Бюджетный кодекс", "2004-11-23"), law_enacted("code", "Бюджетный кодекс", "2008-12-20")
    ('2004-04-24', None)
    """
    days = _enacted().get(law_name(kind, title)) if day else None
    if not days or said:
        return day if days and any(on == day for on, _, _ in days) else None
    last = next(((on, in_force) for on, in_force, _ in reversed(days) if on <= day), None)
    if last and last[1] > day and (law_name(kind, title), last[0]) in _first_of_title():
        return last[0]
    return last[0] if last and last[1] <= day else None


@lru_cache(maxsize=None)
def _passed_on() -> dict[str, tuple[tuple[tuple[str, str], tuple[str, ...]], ...]]:
    """The listed laws by the day each enactment of theirs was passed: (name, every title of theirs, normalised)."""
    out: dict[str, list] = {}
    for e in laws():
        name = (e["kind"], e["ru"][0])
        titles = tuple(_norm(t) for t in e["ru"] + e["kk"] + [x[lang] for x in e.get("enacted", ()) for lang in ("ru", "kk")
                                                             if x.get(lang)])
        for x in e.get("enacted", ()):
            out.setdefault(str(x["passed"]), []).append((name, titles))
    return {day: tuple(named) for day, named in out.items()}


# (a word or two dropped from a title of sixty letters: "… жергілікті мемлекеттік және өзін-өзі басқару туралы" is 0.95
# like the listed "… жергілікті мемлекеттік басқару және өзін-өзі басқару туралы"; two laws' titles share less)
_NEAR_THAT_DAY = 0.85


def law_passed_on(title: str, day: str) -> tuple[str, str] | None:
    """The name (kind, first Russian title) of the law laws.yaml lists as passed on `day` that a citation giving that
    day names by a title worded apart from each it lists (a word dropped or put otherwise): the one law passed that
    day with a title that near, or whose title opens with the words cited, two at least (its last words dropped: "О
    миграции" for "О миграции населения", MVD 2010 № 476); None when none, or two, are.

    >>> law_passed_on("Қазақстан Республикасындағы жергілікті мемлекеттік және өзін-өзі басқару туралы", "2001-01-23")
    ('law', 'О местном государственном управлении и самоуправлении в Республике Казахстан')
    >>> law_passed_on("Қазақстан Республикасындағы жергілікті мемлекеттік және өзін-өзі басқару туралы", "2001-01-24")
    >>> law_passed_on("Мемлекеттік сатып алу туралы", "2001-01-23")
    >>> law_passed_on("О миграции", "1997-12-13"), law_passed_on("О миграции", "1997-12-14")
    (('law', 'О миграции населения'), None)
    """
    key = _norm(title)
    cut = key + " " if " " in key else None
    named = {name for name, titles in _passed_on().get(day, ())
             if difflib.get_close_matches(key, titles, n=1, cutoff=_NEAR_THAT_DAY)
             or cut and any(t.startswith(cut) for t in titles)}
    return named.pop() if len(named) == 1 else None


def law_of_the_day(ref: ActRef, day: str | None) -> ActRef:
    """A law or code cited by a title enacted anew with no day of its own (a number or day names its act): the one in
    force on `day`, the day the citing words are of (`law_enacted`); any other citation as it is."""
    if ref.kind not in TITLED_KINDS or ref.number or ref.date or not ref.title:
        return ref
    enacted = law_enacted(ref.kind, ref.title, day)
    return replace(ref, date=enacted) if enacted else ref


def wording_day(signed: str | None, noted=()) -> str | None:
    """The day an act's words are of, for the laws they cite by a title enacted anew (`law_of_the_day`): the latest day
    a note says they were worded anew (that order's), else the act's own. Not the later day it came into force on: an
    order of December 2015 in force from 2016-01-01 may cite the Labour Code of 2007 ("статьей 230-1 Трудового кодекса",
    an article of that code alone) or the one of 2015 ("Еңбек кодексінің 139-бабына"), both of one week.

    >>> wording_day("2021-03-29", ["2021-06-02"]), wording_day("2025-09-18")
    ('2021-06-02', '2025-09-18')
    """
    return max([d for d in noted if d] + ([signed] if signed else []), default=None)


@lru_cache(maxsize=None)
def _patterns() -> list[tuple[re.Pattern, dict]]:
    return [(re.compile(e[lang], re.I), e) for e in law_patterns() for lang in ("ru", "kk")]
