"""The instruction grammar, composed from the lexicon's fragments by small named helpers.

Reads: kg/lexicon/phrases.yaml. Writes: compiled regexes and small parsers for
dates, act references, numbered unit references and effects, used by kg/parse.

>>> parse_date("2024 жылғы 20 маусымдағы № 207 бұйрығы")
'2024-06-20'
>>> parse_date("27.01.2025 № 22")
'2025-01-27'
>>> parse_date("Зарегистрирован в Министерстве юстиции 29.11.99 г. за № 985")
'1999-11-29'
>>> unit_refs("2-тармақтың 7) тармақшасы")
[[('point', '2')], [('subpoint', '7')]]
"""
from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache, wraps

from .laws import code_letters, law_enacted, law_listed, law_name, law_named_by_day, law_passed_on
from .lexicon import FLAGS, laws, local_bodies, marker, phrases
from .model import RANK, ActRef, Org
from .normalise import DIGITS, LATIN_LOOKALIKES
from .orgs import canonical, shared_number
from .prefilter import prefiltered

__all__ = [
    "parse_date", "find_dates", "impossible_dates", "find_act_refs", "unit_refs", "effect_of", "unit_kind",
    "ordinal", "roman", "strip_quoted", "unbracketed", "quoted", "NUM", "split_numbers", "find_note_acts", "normalise_number", "order_refs",
    "printed_number", "bracketed",
    "find_law_ref", "law_ref_span", "laws_listed", "codes_listed", "expand_code_letters", "approval_restored", "named_heading",
    "in_force_until", "until_date", "effect_before", "effects_stated", "effect_spans", "issuerless_act_refs", "acts_of_body_apart", "without_labels", "unit_lead",
    "numberless_act_refs", "titled_numberless_refs", "NUMBERLESS", "position_block", "registration_in", "acts_named", "kinds_named_last", "kinds_named_first",
    "repeals_here", "forget_texts", "listed_after", "inner_quotes_marked", "coded_numbers", "roman_item_at", "PORTAL_CODE", "in_its_year",
    "note_rule"]

# the old portal's code of an act, left in its texts where it linked to it ("Z980213_": law № 213 of 1998)
PORTAL_CODE = r"[ZUPKV]\d{6,7}_"

NUMBERLESS = "б/н"  # the register's "без номера": the number of an act that has none, named by its day

# one unit number as written: "551", "653-17", "9-1", "7)", "4-1"
NUM = r"\d+(?:-\d+|\.\d+)*(?:[а-я](?!\w))?\)?"  # 551, 9-1, a decimal point's 11.1, an older inserted 46а


_MEMOS: list = []  # the caches of _short_memo, which forget_texts empties


def _short_memo(fn=None, *, as_list: bool = True):
    """`fn` remembered for the last 2,048 texts of up to 2,000 characters it was given, with its other arguments (a
    line is read by several rules of the parser in turn; a document's whole text is not kept); a list answer given as
    a new list each time."""
    def wrap(read):
        remembered = lru_cache(maxsize=2048)((lambda *a: tuple(read(*a))) if as_list else read)
        _MEMOS.append(remembered)

        @wraps(read)
        def memo(text: str, *args, **kwargs):
            if kwargs or len(text) > 2000:
                return read(text, *args, **kwargs)
            return list(remembered(text, *args)) if as_list else remembered(text, *args)
        return memo
    return wrap(fn) if fn else wrap


def forget_texts() -> None:
    """Empty the memos of `_short_memo` (a benchmark that reads the same texts again measures reading, not recall)."""
    for remembered in _MEMOS:
        remembered.cache_clear()


def _alt(entries: list[dict], key: str = "pattern") -> str:
    return "|".join(f"(?:{e[key]})" for e in entries)


@lru_cache(maxsize=None)
def _months() -> list[tuple[re.Pattern, int]]:
    return [(re.compile(rf"^(?:{m['pattern']})$", FLAGS), m["value"]) for m in phrases()["months"]]


@lru_cache(maxsize=None)
def _w(name: str) -> str:
    """A word of the grammar, from the lexicon's `words` (as a non-capturing group)."""
    return "(?:" + phrases()["words"][name]["pattern"] + ")"


@lru_cache(maxsize=None)
def _date_re() -> re.Pattern:
    month = _alt(phrases()["months"])
    return re.compile(
        r"(?P<y>\d{4})\s*" + _w("year_kk") + r"\s+\"?(?P<d>\d{1,2}|[IІ]{1,2}(?=\s))\"?\s*(?:-\s*(?:[ыі]?н)?ш[ыі]\s+|-?\s*)"
        r"(?P<m>" + month + r")"
        # (2024 жылғы 20 маусымдағы; the day an ordinal: "2001 жылы 25-ші желтоқсанда"; its 1 typed as the letter I by
        # older texts: "1996 жылғы II қарашадағы", "1997 жылдың I наурызынан")
        r"|(?P<d2>\d{1,2})\"?\s+(?P<m2>" + month + r")\s+(?P<y2>\d{4})"  # 20 июня 2024 года, "15" сентября 2003 года
        r"|(?<![\d.])(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4}|\d{2}(?=\s*" + _w("year_after_short") + r")"
        r"|\s(?:19|20)\d\d(?=\s*" + _w("year_after_short") + r"))(?![\d.]\d)"  # 27.01.2025, 29.11.99 г., 06.04. 2015 года
        r"|(?<![\d.])(?P<y4>(?:19|20)\d\d)\.(?P<m4>\d{1,2})\.(?P<d4>\d{1,2})(?![\d.]\d)"  # 2012.10.18 (the portal's notes of 2012)
        # (1996 жылғы маусымның 24-індегі; or with no word for the year, the day's suffix after it: "1998 қарашаның
        # 16-ғы")
        r"|(?P<y5>\d{4})(?:\s*" + _w("year_kk") + r"\s+|\s+(?=(?:" + month + r")\s+\d{1,2}-[^\W\d_]))"
        r"(?P<m5>" + month + r")(?:\s+" + _w("month_word_kk") + r")?\s+(?P<d5>\d{1,2})(?!\d)"  # (… шілде айының 16-жұлдызындағы)
        r"|(?P<y6>\d{4})\s*(?:" + _w("year_abbr") + "|" + _w("year_kk_full") + r")\s+(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})(?:\.(?!\d|\.)|(?=[\s,;)]|$|-[^\W\d_]))",  # 2001 ж. 14.06. (an approval's day), 2003 жылғы 05.09, 2002ж. 26.04-дегі
        FLAGS,
    )


def _month_value(word: str) -> int | None:
    for pat, v in _months():
        if pat.match(word):
            return v
    return None


def _iso(y: str, m: int | None, d: str) -> str | None:
    """The ISO form of a date, "" for a day that no calendar has (31 February), None for no date."""
    try:
        yy, dd = int(y), int(d)
    except ValueError:
        return None
    if not m or not (1 <= m <= 12 and 1 <= dd <= 31 and 1800 < yy < 2200):
        return None
    try:
        return datetime.date(yy, m, dd).isoformat()
    except ValueError:
        return ""


@_short_memo
def find_dates(text: str) -> list[tuple[str, int, int]]:
    """All dates in a text as (ISO date, start, end); impossible days (31 ақпан) are not dates.

    >>> [d for d, _, _ in find_dates("1996 жылғы II қарашадағы №1365 қаулысын; 1997 жылдың I наурызынан бастап")]
    ['1996-11-11', '1997-03-01']
    """
    return [d for d in _scan_dates(text) if d[0]]


def impossible_dates(text: str) -> list[str]:
    """Dates as written that name a day no calendar has: "2023 жылғы 31 ақпандағы".

    >>> impossible_dates("2023 жылғы 31 ақпандағы № 5"), impossible_dates("29.02.2024")
    (['2023 жылғы 31 ақпандағы'], [])
    """
    return [text[start:end] for iso, start, end in _scan_dates(text) if iso == ""]


def _scan_dates(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _date_re().finditer(text):
        if m.group("y"):
            iso = _iso(m.group("y"), _month_value(m.group("m")), re.sub("[IІ]", "1", m.group("d")))
        elif m.group("y2"):
            iso = _iso(m.group("y2"), _month_value(m.group("m2")), m.group("d2"))
        elif m.group("y4"):
            iso = _iso(m.group("y4"), int(m.group("m4")), m.group("d4"))
        elif m.group("y5"):
            iso = _iso(m.group("y5"), _month_value(m.group("m5")), m.group("d5"))
        elif m.group("y6"):
            iso = _iso(m.group("y6"), int(m.group("m6")), m.group("d6"))
        else:
            y = m.group("y3")
            y = str((1900 if int(y) > 50 else 2000) + int(y)) if len(y) == 2 else y  # "29.11.99 г."
            iso = _iso(y, int(m.group("m3")), m.group("d3"))
        if iso is not None:
            out.append((iso, m.start(), m.end()))
    return out


def in_force_until(text: str) -> str | None:
    """The last day of application a sentence fixes ("2023 жылғы 31 желтоқсанға дейін қолданылады",
    "действует до 31 декабря 2023 года"), or None.

    >>> in_force_until("Осы бұйрық ... қолданысқа енгізіледі және 2023 жылғы 31 желтоқсанға дейін қолданылады.")
    '2023-12-31'
    >>> in_force_until("Сноска. Действует до 31.12.2023 в соответствии с пунктом 4 настоящего приказа.")
    '2023-12-31'
    """
    return until_date(text) if marker("in_force_until").search(text) else None


def until_date(text: str) -> str | None:
    """The day a text says something lasts until: the date right before "дейін" (kk, in the dative),
    or right after "до" (ru); None when no date stands there.

    >>> until_date("20-тармақтың қолданысы 01.01.2023 дейін тоқтатыла тұрды")
    '2023-01-01'
    >>> until_date("Действие пункта 20 приостановлено до 1 января 2023 года приказом")
    '2023-01-01'
    """
    dates = None
    for m in marker("until").finditer(text):
        dates = dates if dates is not None else find_dates(text)
        if m.group("before"):
            found = next((d for d, _, e in reversed(dates) if e <= m.start() <= e + 6), None)
        else:
            found = next((d for d, s, _ in dates if m.end() <= s <= m.end() + 3), None)
        if found:
            return found
    return None


def parse_date(text: str) -> str | None:
    """The first date in a text, as ISO 8601, or None."""
    found = find_dates(text)
    return found[0][0] if found else None


# --- act references ------------------------------------------------------------------------

def _kinds_by_prefix() -> dict[str, str]:
    return phrases()["act_kind_prefixes"]


#: the day of a Kazakh date, quoted by some local bodies' stamps ('2005 жылғы "1" шілдедегі', '2016 жылғы «27» қаңтардағы')
_DAY_KK = r"\"?\d{1,2}\"?"


@lru_cache(maxsize=None)
def _act_kk() -> re.Pattern:
    # "<issuer ... министрінің> ["<title>"] <date> № <number> <бұйрығы...>"
    # anchored on the issuer's head word; the words before it are read by _issuer_before(); older texts
    # put the title between the issuer and the date ("Ішкіісминінің "… құру туралы" 1999 жылғы 10 қыркүйектегі N 452")
    return prefiltered(re.compile(
        # (a title the issuer's day follows is one title, no list of them: 'Президентiнiң "…" заң күшi бар Жарлығы, … "…",
        # "…" заңдары және … Үкiметiнiң 1998 жылғы 9 наурыздағы N 186 "…", 2000 жылғы 10 қарашадағы N 1693' is no
        # decree № 1693, MVD 2003 № 111)
        # (a title quoting the title of the act it amends, its number too, first: 'Үкіметінің "Қазақстан Республикасы
        # Үкіметінің "… бекіту туралы" 1996 жылғы 29 сәуірдегі № 527 қаулысына өзгертулер енгізу туралы" 1996 жылғы II
        # қарашадағы №1365 қаулысын' is resolution 1365, not 527 of the outer body; the inner title's quote opens after a
        # space, where two titled acts in a row close the first's after its last word: 'Кабинетінің "… туралы" 1993
        # жылғы … N 1080 қаулысының 5-тармағына және … Үкіметінің "… туралы" 1998 жылғы … N 967 қаулысына')
        r"(?P<issuer>(?<![\w-])" + _w("issuer_head") + r")\s*(?:\"(?P<qtitle5>[^\"]{3,300}(?<=\s)\"[^\"]{3,300}\"[^\"]{3,400})\"\s*"
        # (… or its title unquoted, ending in "туралы" right before the day: "Президентінің атқарушы өкімет органдарының
        # … құқықтық аттестациялау туралы 1995 жылғы 21 маусымдағы N 2347 K952347_ қаулысымен", MinJust 1998 № 44)
        r"(?=\d{4}\s*" + _w("year_kk") + r")|\"(?P<qtitle>(?:(?!\",|N\s?\d)[^№]){3,600}?)\"\s*(?=\d)"
        r"|(?P<utitle>(?:[^\W\d_][\w-]*,?\s+){2,40}?" + _w("about_kk") + r")\s+(?=\d{4}\s*" + _w("year_kk_full") + r"))?"
        r"(?P<changes>" + _w("with_changes_kk")
        # (… its year abbreviated before the day and month: "агенттiгiнiң 2001 ж. 20-қыркүйектегi № 1-1-2/262 бұйрығына",
        # Almaty oblast akim 2003 № 2-27)
        + r"\s+)?(?:\d{4}\s*(?:" + _w("year_kk_full") + "|" + _w("year_abbr") + r")\s*(?:" + _DAY_KK + r"|[IІ]{1,2}(?=\s))\s*(?:-\s*)?\S+"
        r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*" + _w("year_kk_full") + r")?"
        r"|\d{4}\.\d{1,2}\.\d{1,2}\.?|\d{4}\s*(?:" + _w("year_kk_full") + "|" + _w("year_abbr")
        + r")\s+[^\W\d]+(?:\s+" + _w("month_word_kk") + r")?\s+\d{1,2}\s*-?\s*[^\W\d]*"  # (… "1998 ж. қыркүйектің 4-гі", the month before the day; "1996 жылғы қыркүйек айының 11-жұлдызындағы")
        r"|\d{4}\s*" + _w("year_abbr") + r"\s*\d{1,2}\.\d{1,2}(?:-[^\W\d]+|\.(?=\s))"  # (… "2002ж. 26.04-дегі", the day and month in figures; "1997 ж. 16.08.")
        r"|\d{4}\s+(?:" + _alt(phrases()["months"]) + r")\s+\d{1,2}-[^\W\d]+"  # (… "1998 қарашаның 16-ғы", no word for the year)
        r"|\d{1,2}\s+(?:" + _alt(phrases()["months"]) + r")\s+\d{4}(?=\s+(?:№|N)))"  # (… "Үкiметiнiң 25 ақпан 1998 N 140 "…" Қаулысына", the Russian order)
        # a local body's style puts the title after the date, its registration in brackets after it
        # ("мәслихатының 2013 жылғы 22 ақпандағы "… бекіту туралы" (… № 2335 тіркелген, …) № 14-89 шешімінің")
        # (… its closing quote sometimes lost before the number: '25 желтоқсандағы "Алматы облысының … бюджетi туралы N 3-12')
        # (… the title opening with the title it names, two quotes together: '""Халық денсаулығы" Мемлекеттік
        # бағдарламасы туралы" № 4153 Жарлығын')
        # (… its inner quotes no list going on after it: '№ 186 "…", 2000 жылғы 3 тамыздағы № 1176 "…" қаулыларына' is two
        # acts, the first's title the first quote, MVD 2003 № 111)
        r"(?:\s*\"(?P<qtitle2>(?:\"[^№\"]{1,80}\")?[^№\"]{3,600}(?:\"(?![,;]\s*(?:\d|№|N\s?\d))[^№\"]{1,80}\"[^№\"]{0,200})*)\"?"
        r"(?:\s*\([^()]{0,500}\))?)?"
        # (… the mark of an act for official use after its number: "№ 11-244 қбп бұйрығымен", Presidential Affairs 2022
        # № 05/326)
        r"\s*(?:" + _w("year_abbr") + r"\s*)?(?:№|N)\s*(?P<num>(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺ]{2,4}\s+)?[\w\-/.]+?)\s*(?:"
        + _w("official_use") + r"\s+)?(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?"
        # (… or its registration, the day and number, before the kind: "№ 9-229, 2002 жылғы 27-қыркүйектегі тіркеу № 831
        # шешімінің")
        r"(?:,\s*\d{4}\s*" + _w("year_kk_full") + r"\s*\d{1,2}\s*-?\s*\S+\s+" + _w("registration_kk")
        + r"\s*(?:№|N)\s*\d+(?:-\d+)?\s*)?"  # (… "2003 жылғы 15 cәуірдегі тіркеу № 10-90 шешімінің")
        # older texts also put the title after the number ("… 18 маусымдағы N 316 "… бекіту туралы" бұйрығының"), a
        # title that names the act it amends among them ('… № 55-п "… бекіту туралы" № 1712 тіркелген … № 69 бұйрығына
        # өзгерістер мен толықтырулар енгізу туралы" бұйрығы')
        # (… its closing quote misplaced before the title's last words: 'N 840 "… ставкалары туралы" ережені бекіту
        # туралы Қаулысына')
        # (… a remark in brackets between the title and the kind: 'N 2235 "… төлемдер туралы" (1997 жылдың шiлде айының
        # 1-шi күнiне дейiнгi енгiзiлген өзгерiстерi мен қосымшаларымен) Жарлығына', MinJust 1998 № 129; or "having the
        # force of law": 'N 2707 "… iшкi iстер органдары туралы" заң күшi бар Жарлығына', MVD 1998 № 343)
        r"(?:\"(?P<qtitle3>[^№\"]{3,600}(?:\"(?![,;]\s*(?:\d|№|N\s?\d))[^№\"]{1,80}\"[^№\"]{0,200})*)\"\s*(?:\([^()]{0,300}\)\s*)?(?:(?:[^\W\d_]+\s+){1,3}"
        + _w("about_kk") + r"\s+)?(?=(?:" + _w("law_force_kk") + r"\s+)?" + _w("kind_kk") + r")"
        # (… not a list of titled acts the plural kind follows: '№ 760 "…" және 1997 жылғы 4 наурыздағы № 299 "…"
        # қаулыларына' is two resolutions, the first's title its own quote, Almaty Akim 1998 № 5-182)
        r"|\"(?P<qtitle4>[^\"]{3,600}\"(?![,;]\s*(?:\d|№|N\s?\d))(?:(?!(?:№|N)\s*\d[\w\-/]*\s*\")[^()]){0,400}?)\"\s*"
        r"(?=(?:" + _w("law_force_kk") + r"\s+)?" + _w("kind_kk") + r")"
        # (… its opening quote lost, the title a capital opens and its closing quote ends right before the kind: "N 760
        # Жер учаскелерiне … беру тәртiбi жөнiндегi" қаулысын", Almaty oblast akim 1998 № 1-15)
        r"|(?P<qtitle6>(?-i:[А-ЯӘІҢҒҮҰҚӨҺ])[^\"«»№;:]{3,300}?)\"\s*(?=(?:" + _w("law_force_kk") + r"\s+)?" + _w("kind_kk") + r"))?"
        r"(?:(?:" + _w("law_force_kk") + "|" + _w("normative_kk") + "|" + _w("numbered_kk") + r")\s+)?(?:(?P<kind>" + _w("kind_kk") + r")|(?=\s*\([^()]{0,160}?" + _w("order_kk_stem") + r")"
        r"|(?<=\s)(?=" + _w("kindless_repeal_kk") + r"))",  # (… or no kind at all, the repeal's verb right after the number)
        FLAGS,
    ))


@lru_cache(maxsize=None)
def _act_kk_number_first() -> re.Pattern:
    # "… министрінің № 87-п "… бекіту туралы" 2010 жылғы 17 наурыздағы бұйрығының": the number right after the issuer,
    # the title and the day after it (the groups of _act_kk, the titles after the day never given)
    return prefiltered(re.compile(
        r"(?P<issuer>(?<![\w-])" + _w("issuer_head") + r")\s*(?:№|N)\s*(?P<num>[\w\-/]+(?:\.[\w\-/]+)*)\s*"
        r"(?:\"(?P<qtitle>[^№\"]{3,600}(?:\"[^№\"]{1,80}\"[^№\"]{0,200})*)\"\s*)?"
        r"\d{4}\s*" + _w("year_kk_full") + r"\s*" + _DAY_KK + r"\s*(?:-\s*)?\S+\s*(?P<kind>" + _w("kind_kk") + r")"
        r"(?P<qtitle2>(?!))?(?P<qtitle3>(?!))?(?P<qtitle4>(?!))?(?P<qtitle5>(?!))?(?P<qtitle6>(?!))?",
        FLAGS))


@lru_cache(maxsize=None)
def _act_kk_day_first() -> re.Pattern:
    # "2017 жылғы 7 желтоқсандағы № 823 Қазақстан Республикасы Үкіметінің қаулысына": the day and the number first, the
    # issuer after them, before the kind (a local act's preamble; the groups of _act_kk)
    # (… or, in the 1990s, the day after its month, the number an ordinal, the title quoted before the issuer: "1998 жылғы
    # қаңтардың 27-гі N 38-ші "…" Қазақстан Республикасы Үкіметінің Қаулысына")
    return prefiltered(re.compile(
        r"(?P<day>(?<!\d)\d{4}\s*" + _w("year_kk_full") + r"\s*(?:" + _DAY_KK + r"\s*(?:-\s*)?[^\W\d]+|[^\W\d]+(?:\s+"
        + _w("month_word_kk") + r")?\s+\d{1,2}\s*-?\s*[^\W\d]+))\s*(?:№|N)\s*(?P<num>\d[\w/]*(?:-(?!(?:" + _w("ordinal_suffix_kk") + r")\b)[\w/]+)*(?:\.[\w\-/]+)*)"
        # (… or a body named without the country, a local one or a committee: "2015 жылғы 28 қарашадағы № 11-НҚ
        # Республикалық бюджеттің атқарылуын бақылау жөніндегі есеп комитетінің нормативтік қаулысына", Almaty oblast
        # maslikhat 2016 № 54-301; its name capitalised, no kind among its words: "№ 70 Қаулысына сәйкес Облыс Әкімі ШЕШІМ"
        # is resolution 70 and the akim's own decision)
        r"(?:-(?:" + _w("ordinal_suffix_kk") + r")\b)?\s+(?:\"(?P<qtitle>[^\"]{3,400})\"\s+)?"
        r"(?:(?=" + _w("country_start") + r")(?:[^\W\d][\w-]*\s+){1,5}?|(?=" + _w("oblast_start") + r")[^\W\d]+\s+"
        r"|(?=(?-i:[А-ЯӘІҢҒҮҰҚӨҺ]))(?:(?!" + _w("kind_kk")
        + r")[^\W\d][\w-]*\s+){1,8}?)"
        r"(?P<issuer>(?<![\w-])" + _w("issuer_head") + r")\s*(?:" + _w("normative_kk") + r"\s+)?(?P<kind>" + _w("kind_kk") + r")"
        r"(?P<qtitle2>(?!))?(?P<qtitle3>(?!))?(?P<qtitle4>(?!))?(?P<qtitle5>(?!))?(?P<qtitle6>(?!))?",
        FLAGS))


@lru_cache(maxsize=None)
def _act_kk_day_issuer_first() -> re.Pattern:
    # "2000 жылдың 17 шілдесіндегі Қазақстан Республикасы Ішкіісминінің N 400 бұйрығымен": the day first, the issuer
    # after it, then the number and the kind (MVD 2001 № 486; the groups of _act_kk), the registration's bracket between
    # them at times ("… 2019 жылғы 31 мамырдағы Қазақстан Республикасы Ұлттық экономика министрінің № 48 (Нормативтік
    # құқықтық актілерді мемлекеттік тіркеу тізілімінде № 18771 тіркелген) бұйрығына", Almaty oblast maslikhat 2019 №
    # 52-269)
    return prefiltered(re.compile(
        r"(?P<day>(?<!\d)\d{4}\s*" + _w("year_kk_full") + r"\s*" + _DAY_KK + r"\s*(?:-\s*)?[^\W\d]+)\s+(?=" + _w("country_start") + r")"
        r"(?:[^\W\d][\w-]*\s+){1,5}?(?P<issuer>(?<![\w-])" + _w("issuer_head") + r")\s*(?:№|N)\s*(?P<num>\d[\w/]*(?:-[\w/]+)*)"
        r"\s+(?:\([^()]{1,300}\)\s*)?(?P<kind>" + _w("kind_kk") + r")(?P<qtitle>(?!))?(?P<qtitle2>(?!))?(?P<qtitle3>(?!))?(?P<qtitle4>(?!))?(?P<qtitle5>(?!))?(?P<qtitle6>(?!))?",
        FLAGS))


def _no_number() -> str:
    """A character of a quoted title, which names no act's number; or the year word and number sign after the day of an
    act the title names (an amending act's title: 'Постановлением Правительства … "О внесении изменений в постановление
    Правительства Республики Казахстан от 28 января 2000 года N 137" от 5 октября 2005 года N 1001', the Almaty oblast
    maslikhat 2005 № 24-166), the number ending the title or followed by the amended act's own quoted title (never a
    list's next act: '… от 6 марта 1997 года N 3398, а также "…"')."""
    return (r"(?:(?!(?:№|N)\s?\d)[^\"]|(?<=\d\s)" + _w("year_ru") + r"\s*(?:№|N)(?=\s?\d[\w\-/]*\s*\"))")


def _za_number() -> str:
    """The sign of a number, "за" before it in older requisites ("24 августа 2007 года за № 235")."""
    return r"\s*(?:" + _w("number_za_ru") + r"\s+)?(?:№|N)"


@lru_cache(maxsize=None)
def _act_ru() -> re.Pattern:
    # "приказ(ом) Министра ... от 30 декабря 2020 года № 553"; an older text quotes the title before the day ("Приказы
    # Министра внутренних дел Республики Казахстан "Об объявлении Положения …" от 23 декабря 1996 года N 370")
    return prefiltered(re.compile(
        # (the issuer stops at a colon: a list's lead-in names its acts' body, the items their days, "следующие приказы
        # Министра юстиции Республики Казахстан:" / "1) от 21 декабря 2009 года № 169 …", MVD 2012 № 147)
        r"(?P<rkind>" + _w("kind_ru") + r")\s+(?P<issuer>(?:(?!" + _w("kind_ru") + "|" + _w("document_kind_ru") + r")[^\"№;:]){3,220}?)\s+"
        r"(?:\"(?P<rtitle>" + _no_number() + r"{3,600}?(?:\"" + _no_number() + r"{1,200}\"" + _no_number() + r"{0,200}?)*)\"\s+"
        # (… or one quoting a title last, one closing quote for both: 'постановления Правительства … "О мерах по
        # реализации Закона … "О государственном контроле за оборотом отдельных видов оружия" от 3 августа 2000 года N
        # 1176', MVD 2003 № 111)
        r"|\"(?P<rtitle3>" + _no_number() + r"{3,600}?\"" + _no_number() + r"{1,200}?)\"\s+(?=" + _w("from_ru") + r"\s))?"
        + r"(?:" + _w("from_ru") + r"\s+(?P<rdate>\"?\d{1,2}\"?\s+\S+\s+\d{4}\s*"
        + _w("year_ru") + r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?=\s*г))(?:\s*(?:" + _w("year_ru") + r"|г\.))?"
        r"|\d{4}\.\d{2}\.\d{2}(?!\d))"  # the year first, in notes of 2010 ("решениями … от 2010.01.28 N 27-173")
        # (… or, in figures, with no "от": "Утратило силу решением акима Алматинской области 29.09.2004 № 9-95"; or in
        # words: "Приказ и.о. Министра юстиции Республики Казахстан 20 февраля 2009 года № 18"; "за" before the number
        # too: "приказу исполняющего обязанности Министра юстиции … 24 августа 2007 года за № 235", MinJust 2013 № 156)
        # (… its year word glued to it: "Постановлением Правительства Республики Казахстан 31.10.2000г. № 1641 «…»",
        # the Almaty oblast akim 2002 № 7-179)
        r"|\d{1,2}\.\d{1,2}\.\d{4}(?:\s*" + _w("year_ru") + r")?(?=" + _za_number() + r")|\d{1,2}\s+[^\W\d_]+\s+\d{4}\s*" + _w("year_ru")
        + r"(?=" + _za_number() + r")"
        # (… or with "от" and no word for the year, the number right after: "приказу Министра здравоохранения … от 16
        # ноября 2009 № 709", MVD 2010 № 90)
        r"|" + _w("from_ru") + r"\s+\d{1,2}\s+(?:" + _alt(phrases()["months"]) + r")\s+\d{4}(?=\s*(?:№|N)\s*\d))"
        # (a title quoted between the day and the number: "постановлением Правительства … от 10 декабря 2024 года «О
        # реализации Закона … «О республиканском бюджете на 2025 – 2027 годы» № 1046")
        r"\s*(?:\"(?P<rtitle2>(?:(?!(?:№|N)\s?\d).){3,400}?)\"\s*(?=(?:№|N)\s*\d))?"
        # (… or no sign at all before a number the title follows: "постановлениями Правительства … от 28 октября 2004
        # года 1120 "Вопросы Министерства юстиции …", от 17 августа 2006 года N 778 …", MinJust 2002 № 48)
        + r"(?:" + _za_number() + r"\s*|\s+(?=\d[\d-]*\s+\"))(?P<num>(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺ]{2,4}\s+(?=[A-ZА-ЯӘІҢҒҮҰҚӨҺ]))?[\w\-/]+(?:\.[\w\-/]+)*)"
        r"(?:\s*\"(?P<letter>[^\W\d_])\"(?![^\W\d_]))?",  # (a letter after the number quoted: 'N 250 "а"', 250а)
        FLAGS,
    ))


@lru_cache(maxsize=None)
def _act_ru_number_first() -> re.Pattern:
    # "приказ Министра юстиции … № 147 от 11 декабря 2001 года": the number before the date; an older local text quotes
    # the title before the number ("Решения Алматинского областного Маслихата "Об установлении ставок …" N 16-106 от 20
    # ноября 2001 года", "Постановлением Правительства РК "Об утверждении Правил …" N 1003 от 30.09.2003 года")
    return prefiltered(re.compile(
        # (an issuer never holds another act's day and number: "приказом Министра … от 01 января 2001 года N1,
        # зарегистрированным за N 1398 от 12 февраля 2001 года", the order № 1 and its registration, MVD 2003 № 1)
        r"(?P<rkind>" + _w("kind_ru") + r")\s+(?P<issuer>(?:(?!" + _w("kind_ru") + "|" + _w("document_kind_ru")
        + r"|(?<!\w)N\s*\d|(?<!\w)" + _w("from_ru") + r"\s+\d)[^\"№;]){3,220}?)\s*"
        r"(?:\"(?P<rtitle>" + _no_number() + r"{3,600}?(?:\"" + _no_number() + r"{1,200}\"" + _no_number() + r"{0,200}?)*)\"\s*)?"
        r"(?:№|N)\s*"
        # (a letter after the number quoted: "Решение акима области № 3-82 "а" от 20 марта 1997 года", 3-82а)
        r"(?P<num>[\w\-/]+(?:\.[\w\-/]+)*)(?:\s*\"(?P<letter>[^\W\d_])\")?\s+" + _w("from_ru") + r"\s+(?:\"?\d{1,2}\"?\s+\S+\s+\d{4}\s*" + _w("year_ru")
        + r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?=\s*г))(?:\s*(?:" + _w("year_ru") + r"|г\.))?|\d{4}\.\d{2}\.\d{2}(?!\d))",
        FLAGS))


@lru_cache(maxsize=None)
def _country_start() -> re.Pattern:
    return re.compile(_w("country_start"), FLAGS)


_WORD_BACK = re.compile(r"[^\s\"();:№]+\s*$")


@lru_cache(maxsize=None)
def _place_word() -> re.Pattern:
    """A local body's level word that names it without its place ("облыс әкімінің", "қалалық мәслихаттың")."""
    levels = local_bodies()["levels"].values()
    return re.compile(r"(?:" + "|".join(lv["kk_unplaced"] for lv in levels) + r")\s", FLAGS)


def _issuer_before(text: str, head: int) -> int:
    """Where the issuer's name starts, reading back from its head word (at most 12 words)."""
    lo = max(0, head - 250)
    seg = text[lo:head]
    starts = [m.start() for m in _country_start().finditer(seg)]
    # (not the country's name of a body named before this issuer's, words said of the issuer between them: "Қазақстан
    # Республикасы Әділет министрлігі белгілеген тәртіппен тіркелген Құрылыс істері жөніндегі комитеттің")
    # (nor the country's name of laws named before it by title: 'Қазақстан Республикасының "…", "…" заңдары және
    # Қазақстан Үкiметiнiң 1998 жылғы 9 наурыздағы N 186', MVD 2003 № 111; read back word by word then, to "және")
    if starts and '"' not in seg[starts[-1]:] \
            and not any(marker("issuer_said_of").fullmatch(w) for w in re.findall(r"\w+", seg[starts[-1]:])):
        return lo + starts[-1]
    pos, words = head, 0
    while words < 12:
        m = _WORD_BACK.search(text, max(0, pos - 60), pos)
        if not m or m.group(0)[:1] in "-–":
            break
        word = m.group(0).strip(" ,.")
        if marker("issuer_stop").fullmatch(word) or marker("issuer_said_of").fullmatch(word):
            break  # the act named before it ends there ("… N 44 бұйрығы және" / "Қаржы министрлiгiнiң …")
        pos, words = m.start(), words + 1
        if m.group(0).rstrip()[-1:] in ",." and words > 1:
            pos = m.end()
            break
    while pos < head and not text[pos:pos + 1].isupper() and not _place_word().match(text, pos):
        # a name starts with a capital, or with its place's level in lower case ('"… туралы" облыс әкімінің 2012 жылғы
        # … N 11-10 шешімінің': the region's akim, which _own_place finds)
        nxt = text.find(" ", pos, head)
        if nxt == -1:
            break
        pos = nxt + 1
    return pos


def _clean_issuer(raw: str) -> str:
    s = marker("law_listed_before_issuer").sub("", raw)  # (a law listed before it: "… Заңы, Ішкі істер министрінің")
    starts = [m.start() for m in _country_start().finditer(s)]
    if starts:
        s = s[starts[-1]:]
    s = re.split(r"\s[-–]\s|\"|:\s", s)[-1]
    return s.strip(" ,.")


# the number sign: "№", or the Latin "N" older texts use ("N 325 бұйрығымен")
_SIGN = re.compile(r"№|(?<![\w.])N(?=\s?\d)")


def _next_sign(text: str, start: int) -> int:
    m = _SIGN.search(text, start)
    return m.start() if m else -1


def _sign_of(window: str, m: re.Match) -> int:
    """Where the number sign an act pattern's match read before its number stands."""
    signs = list(_SIGN.finditer(window, max(0, m.start("num") - 4), m.start("num")))
    return signs[-1].start() if signs else -1


# digits and letters that look alike in the scripts an act number is typed in
_NUMBER_CHARS = {**DIGITS, **str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "／": "/"})}
# letters typed for the digits they look like, read as digits only inside a run of digits ("З99", "1О5")
_DIGIT_TWINS = str.maketrans({"З": "3", "О": "0", "O": "0"})
_DIGIT_RUN = re.compile(r"(?<![^\W\d_])(?=[\dЗОO]*\d[\dЗОO]*\d)[\dЗОO]{3,}(?![^\W\d_])")
# Latin capitals typed for their Cyrillic twins, in a number that is Cyrillic otherwise
_TO_CYRILLIC = str.maketrans({"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
                              "P": "Р", "T": "Т", "X": "Х", "Y": "У"})


def normalise_number(num: str) -> str:
    """Act numbers as one form: "152-ө" and "152-Ө" are one number, and so are numbers typed with
    look-alike Latin letters or full-width digits ("ҚР ДСМ-205/2020", "274-Ө-М", "06-7/35").

    A letter typed for its digit twin inside a run of digits is the digit ("З99": Cyrillic Ze).

    >>> normalise_number("152-ө"), normalise_number("ҚР ДCM-２05/2020"), normalise_number("19-42-3.3.17.")
    ('152-Ө', 'ҚР ДСМ-205/2020', '19-42-3.3.17')
    >>> normalise_number("З99"), normalise_number("1О5"), normalise_number("3-З")
    ('399', '105', '3-З')
    """
    n = re.sub(r"\s+", " ", num.strip(" .,;").upper().translate(_NUMBER_CHARS))
    n = _DIGIT_RUN.sub(lambda m: m.group(0).translate(_DIGIT_TWINS), n)
    return n.translate(_TO_CYRILLIC) if re.search(r"[А-ЯЁӘІҢҒҮҰҚӨҺ]", n) else n


# the letters glued to an act number's digits, which acts print in lower case: "8-220а" (an act numbered in between),
# "12дсп" (for official use)
_LOWER_SUFFIX = re.compile(r"(?<=\d)[А-ЯЁӘІҢҒҮҰҚӨҺ]+$")


def printed_number(number: str) -> str:
    """An act's number (as normalise_number gives it) as acts and their requisites print it: letters glued to its
    digits in lower case, as in "№ 8-220а" and "№ 12дсп"; a letter after a hyphen, or an abbreviation, keeps its
    capital ("152-Ө", which texts print either way; "11-НҚ", "ҚР ДСМ-205/2020"). One form for every text that names
    the act, whatever case it typed (its identity is the normalised number).

    >>> printed_number("8-220А"), printed_number("12ДСП"), printed_number("152-Ө"), printed_number("11-НҚ")
    ('8-220а', '12дсп', '152-Ө', '11-НҚ')
    >>> printed_number("274-Ө-М"), printed_number("ҚР ДСМ-205/2020"), printed_number("148-II")
    ('274-Ө-М', 'ҚР ДСМ-205/2020', '148-II')
    """
    return _LOWER_SUFFIX.sub(lambda m: m.group(0).lower(), number)


@lru_cache(maxsize=None)
def _unopened_title() -> re.Pattern:
    """A Kazakh title a text opens with, its opening quote lost, up to its closing quote."""
    return re.compile(r'\s*(?P<title>[А-ЯӘІҢҒҮҰҚӨҺ][^"«»;:]{2,250}?\s' + _w("about_kk") + r")\s*", FLAGS)


def _title_before(text: str, start: int) -> str | None:
    """The quoted title right before an act's mention: the quoted span the text has just closed, not all that is
    quoted since the first quote ('«Жарнама туралы» … Заңының 17-2 бабының 3-тармағына, «Сыртқы (көрнекі) жарнаманы …
    бекіту туралы» … министрінің … № 37 бұйрығына': the order's title is the second).

    >>> _title_before('"Жарнама туралы" Заңының 3-тармағына, "Қағидаларын бекіту туралы" министрінің', 66)
    'Қағидаларын бекіту туралы'
    >>> _title_before('1) "Рұқсаттаманы беру" мемлекеттік көрсетілетін қызмет стандартын бекіту туралы министрінің', 80)
    '"Рұқсаттаманы беру" мемлекеттік көрсетілетін қызмет стандартын бекіту туралы'

    A title that opens with the title of the act it names, the two opening quotes written as one, closes after that
    act's mention ('2. "… тізілімін бекіту туралы" … 2016 жылғы 7 желтоқсандағы № 42-3.3.12 бұйрығына өзгерістер енгізу
    туралы" … 2018 жылғы 9 ақпандағы № 18-42-3.3.4 бұйрығы'): the whole title, the quoted one in it:

    >>> _title_before('2. "Тізілімін бекіту туралы" Кеңсесі бастығының 2016 жылғы 7 желтоқсандағы № 42-3.3.12 бұйрығына '
    ...               'өзгерістер енгізу туралы" Кеңсесі', 123)
    '"Тізілімін бекіту туралы" Кеңсесі бастығының 2016 жылғы 7 желтоқсандағы № 42-3.3.12 бұйрығына өзгерістер енгізу туралы'

    A title the text opens with, its opening quote lost, is the whole text up to its closing quote:

    >>> _title_before('Халқын тіркеу ережесін бекіту туралы" Үкіметінің', 38)
    'Халқын тіркеу ережесін бекіту туралы'
    """
    head = text[:start].rstrip()
    if head.endswith('"'):
        spans = _quoted_spans(head, 0)
        if spans and spans[-1][1] == len(head) - 1:
            return head[spans[-1][0] + 1:-1].strip() or None
        if spans and _quoting_another().fullmatch(head, spans[-1][1] + 1, len(head) - 1):
            return head[spans[-1][0]:-1].strip()
        i = head.find('"')
        if spans is None and i != -1 and i < len(head) - 1:
            return head[i + 1:-1].strip() or None
        if i == len(head) - 1 and (lost := _unopened_title().fullmatch(head, 0, i)):
            # (the text opening with the title, its opening quote lost: 'Қазақстан Республикасының халқын құжаттандыру
            # және тіркеу ережесін бекіту туралы" Қазақстан Республикасы Үкіметінің … N 1063 қаулысын орындау үшін',
            # MVD 2005 № 338), as a law's is read (`law_ref_span`)
            return lost.group("title")
    # an item of a list that opens with the title, its quotes only round the name it begins with ('1) "Шетел
    # азаматтарына … беру" мемлекеттік көрсетілетін қызмет стандартын бекіту туралы Қазақстан Республикасы … № 302
    # бұйрығы'): the item's words up to the act's mention
    if m := _item_title().fullmatch(head):
        return m.group(1)
    return None


@lru_cache(maxsize=None)
def _quoting_another() -> re.Pattern:
    """What follows a quoted title up to the quote that closes the title it opened ('"…" … № 42-3.3.12 бұйрығына
    өзгерістер енгізу туралы"'): an act's mention by its sign, up to "туралы", no quote, comma or stop between."""
    return re.compile(r'[^",;.]*?(?:№|N)\s*\d[^",;]*?\s' + _w("about_kk") + r'\s*')


@lru_cache(maxsize=None)
def _item_title() -> re.Pattern:
    return re.compile(r'\s*(?:\d+[.)]\s*)?("[^"]{3,300}"[^\n]{3,400}?\s' + _w("about_kk") + r")")


def _title_after(tail: str) -> str | None:
    """The quoted title a text starts with, quotes inside it paired: a quote after a space or another
    quote opens, any other closes ("О создании служб РГП "Кузет" МВД Республики Казахстан")."""
    m = re.match(r'\s*"', tail)
    if not m:
        return None
    depth, start, both = 1, m.end(), None
    for i in range(start, min(len(tail), start + 400)):
        if tail[i] != '"':
            continue
        opens = tail[i - 1] in ' "(' and tail[i + 1:i + 2] not in ("", " ", ",", ".", ";", ")")
        depth += 1 if opens else -1
        if depth == 0:
            return tail[start:i].strip() or None
        if depth == 1 and not opens and both is None and _quotes_act_title().search(tail, start, i):
            both = i  # (the title of an act the title names closed: it may close both, one quote for two)
        if not opens and marker("registration_bracket").match(tail[i + 1:i + 60]):
            # a title ending in a quoted name closes both with one quote ('"Об утверждении стандарта … услуги
            # "Выдача пропуска … гражданства" (зарегистрирован …'): the registration's bracket ends it, the name's
            # quote is the title's own
            title = tail[start:i].strip()
            return (title + '"' if title.count('"') % 2 else title) or None
    if both is not None and '"' not in tail[both + 1:start + 400]:
        # one closing quote for both, no quote after it: 'от 14 марта 2003 года № 250 «О реализации Указа Президента …
        # от 10 февраля 2003 года № 1017 «О квоте иммиграции оралманов на 2003 год» Аким области РЕШИЛ:' (the Almaty
        # oblast akim 2003 № 4-75)
        return tail[start:both].strip() + '"'
    return None


@lru_cache(maxsize=None)
def _quotes_act_title() -> re.Pattern:
    """A quote opening the title of an act named inside a title: after its number ('… № 1017 "О квоте …'), or after a
    law's or code's kind, a law being named by its title ('"О реализации Закона Республики Казахстан "О республиканском
    бюджете на 2017 – 2019 годы"', a Government resolution the Almaty oblast maslikhat's 2016 № 11-54 cites)."""
    return re.compile(r'(?:№|N)\s*[\w\-/]+\s+"|\b(?-i:' + _w("law_ru") + "|" + _w("code_ru") + r")\s+(?:"
                      + _w("country_ru") + r'\s+)?"')


@lru_cache(maxsize=None)
def _issuerless() -> re.Pattern:
    # "2000 жылғы 14 сәуірдегі N 34 бұйрықтың" / "приказ от 14 апреля 2000 года N 34": an act named by its date,
    # number and kind only
    return re.compile(
        r"(?<![\w.])(?:\d{4}\s*" + _w("year_kk") + r"\s*\d{1,2}\s*[^\W\d_]+|\d{1,2}\.\d{1,2}\.\d{4}\s*" + _w("year_kk")
        + r")\s*(?:№|N)\s*(?P<num>[\w\-/]+)\s+(?P<kind>"
        + _w("kind_kk") + r")|(?P<rkind>" + _w("kind_ru") + r")\s+" + _w("from_ru") + r"\s+(?:\d{1,2}\s+[^\W\d_]+\s+\d{4}\s*"
        + _w("year_ru")
        # (… or in figures, an older text's year in two: "Признать утратившим силу решение от 27.01.03г. № 1-13 «…»", the
        # Almaty oblast akim 2003 № 3-50)
        + r"|\d{1,2}\.\d{1,2}\.(?:\d{4}(?:\s*" + _w("year_ru") + r")?|\d{2}\s*" + _w("year_ru") + r"))\s*(?:№|N)\s*(?P<rnum>[\w\-/]+)"
        # older: "Приказа N 61 от 25 мая 1998 года", the number before the day
        r"|(?P<rkind2>" + _w("kind_ru") + r")\s+(?:№|N)\s*(?P<rnum2>[\w\-/]+)\s+" + _w("from_ru")
        + r"\s+(?:\d{1,2}\s+[^\W\d_]+\s+\d{4}\s*" + _w("year_ru") + r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s*(?:"
        + _w("year_ru") + r"))", FLAGS)


def issuerless_act_refs(text: str, issuer) -> list[ActRef]:
    """Acts a text names by date, number and kind alone, outside quoted titles, given the issuer the context
    implies (an order's repeal point names the body's own earlier orders so: "… туралы" 2000 жылғы 14
    сәуірдегі N 34 бұйрықтың күші жойылды деп танылсын"); a Kazakh title that opens with the title it quotes is read
    whole (`inner_quotes_marked`)."""
    bare = strip_quoted(inner_quotes_marked(text))
    out = []
    for m in _issuerless().finditer(bare):
        kind = _kinds_by_prefix().get((m.group("kind") or m.group("rkind") or m.group("rkind2"))[:4].lower(), "order")
        # (its title quoted before it, the Kazakh way, or after it, the Russian: "решение от 27.01.03г. № 1-13 «Об …»")
        out.append(ActRef(normalise_number(m.group("num") or m.group("rnum") or m.group("rnum2")), parse_date(m.group(0)),
                          issuer, kind,
                          _title_before(text, m.start()) or (_title_after(text[m.end():]) if m.group("rkind") else None)))
    return out


def acts_of_body_apart(text: str, issuer) -> list[ActRef]:
    """Acts a point names by day, number and kind, the body that passed them named first and apart from them, words
    between (its registration and publication: "1. Алматы облыстық мәслихатының, нормативтiк құқықтық актiлердiң
    мемлекеттiк тiркеуiнде … N 1939 тiркеуден өткен, … жарияланған "… туралы" 2005 жылдың 01 шiлдесiндегi N 18-133
    шешiмiне келесi өзгерiстер енгiзiлсiн:"); the body is `issuer` when the point names none a register knows.

    >>> [(r.number, r.date, r.issuer.en) for r in acts_of_body_apart("1. Алматы облыстық мәслихатының, тіркеуінде 2005 "
    ...     "жылдың 08 тамызында N 1939 тіркеуден өткен, 2005 жылдың 01 шілдесіндегі N 18-133 шешіміне", None)]
    [('18-133', '2005-07-01', 'Almaty Region Maslikhat')]
    """
    head = re.sub(r"^\s*\d+[.)]\s*", "", text).split(",", 1)
    return issuerless_act_refs(text, (_issuer_named_again(head[0]) if len(head) > 1 else None) or issuer)


# the old portal's code of a President's decree or a Government's resolution it linked to: its letter, the last two
# figures of its year and its number ("U010570_": decree № 570 of 2001; "P990223_": resolution № 223 of 1999)
_DECREE_CODE = re.compile(r"(?<![\w-])(?P<kind>[UP])(?P<yy>\d\d)(?P<n>\d{4}_|\d{7}(?![\d_]))")
_CODE_KINDS = {"U": "decree", "P": "resolution"}


def coded_numbers(text: str) -> dict[tuple[str, str], str]:
    """The numbers the old portal's link codes give the decrees and resolutions a text names by their day alone
    ("Указа Президента Республики Казахстан от 12 марта 2001 г. U010570_ "О государственной программе …"", MVD 2001
    № 497: decree № 570): {(kind, day): number}, each code read with the nearest day before it of the code's year,
    no other code between (a title may stand between, "2001 жылғы 12 наурыздағы "…" U010570_ Жарлығын").

    >>> coded_numbers('Указа Президента Республики Казахстан от 12 марта 2001 г. U010570_ "О программе"')
    {('decree', '2001-03-12'): '570'}
    >>> coded_numbers('постановлением от 11 марта 1999 года N 223 P990223_ и от 2 мая 2000 года P010223_')
    {('resolution', '1999-03-11'): '223'}
    """
    out: dict[tuple[str, str], str] = {}
    at = 0
    for m in _DECREE_CODE.finditer(text):
        window = text[max(at, m.start() - 400):m.start()]
        at = m.end()
        days = [d for d, _, _ in find_dates(window)]
        if days and days[-1][2:4] == m.group("yy"):
            out.setdefault((_CODE_KINDS[m.group("kind")], days[-1]), str(int(m.group("n").rstrip("_"))))
    return out


def numberless_act_refs(text: str) -> list[ActRef]:
    """The act with no number a text names by the official who approved it and the day ("Положение "…", утвержденное
    Министром юстиции Республики Казахстан от 13 октября 1995 года"; "… Әділет Министрінің 1997 жылғы 20 маусымдағы
    бұйрығымен бекітілген, … Ережесі"): that day's act "б/н" of the official's body, as its requisites name it."""
    m = marker("approved_without_number").search(text)
    if not m:
        return []
    issuer = canonical((m.group("issuer") or m.group("issuer_kk") or m.group("issuer_kk2")).strip(" ,"))
    day = parse_date(m.group("date") or m.group("date_kk") or m.group("date_kk2"))
    return [ActRef(NUMBERLESS, day, issuer)] if day and issuer.en else []


def titled_numberless_refs(text: str, within: Org | None = None) -> list[tuple[ActRef, int, int]]:
    """The President's decrees and the Government's resolutions a text names by their day and title, with no number
    (older texts): each the act "б/н" of that body and day, its title kept, as (ActRef, start, end); with `within`, the
    body a text is of, also the acts of the oblast's akim or maslikhat it names so ("Облыс әкімінің …").

    >>> [(r.kind, r.number, r.date, r.issuer.en, r.title) for r, _, _ in titled_numberless_refs(
    ...     'Указом Президента Республики Казахстан от 21.05.98 г. "О дальнейшем совершенствовании" и')]
    [('decree', 'б/н', '1998-05-21', 'President', 'О дальнейшем совершенствовании')]
    >>> titled_numberless_refs('постановлением Правительства Республики Казахстан от 10 декабря 2024 года "О реализации '
    ...                        'Закона "О бюджете" № 1046')
    []
    """
    out = []
    for m in marker("titled_without_number").finditer(text):
        suffix = next(x for x in ("", "_kk", "_kk2", "_kk3", "_ru2") if m.group("issuer" + x) is not None)
        issuer = canonical(m.group("issuer" + suffix), within)
        day = parse_date(m.group("date" + suffix))
        kind = _kinds_by_prefix().get(m.group("kind" + suffix)[:4].lower())
        # (not an act whose number follows its title, one that quotes another's: 'от 10 декабря 2024 года «О реализации
        # Закона … «О республиканском бюджете …» № 1046')
        numbered = re.match(r'\s*(?:№|N)\s*\d|[^"]{0,250}"\s*(?:№|N)\s*\d', text[m.end():m.end() + 300])
        if day and kind and issuer.en and not numbered:
            out.append((ActRef(NUMBERLESS, day, issuer, kind, m.group("title" + suffix).strip()), m.start(), m.end()))
    # (… and a decree having the force of law named by its title alone, no day: the law of that title)
    for m in marker("decree_law_by_title").finditer(text):
        title = next(m.group(g) for g in ("title", "title_kk", "title_kk2", "title_kk3") if m.group(g))
        out.append((ActRef(None, None, None, "decree", title.strip()), m.start(), m.end()))
    return _decree_laws(sorted(out, key=lambda found: found[1]), text)


@lru_cache(maxsize=None)
def _said_this_year() -> re.Pattern:
    months = "|".join(m["pattern"] for m in phrases()["months"])
    return prefiltered(re.compile(r"(?P<day>\d{1,2}\s+(?:" + months + r"))\s+(?:" + _w("this_year_ru") + r")"
                                  r"|(?<!\w)(?:" + _w("this_year_kk") + r")(?=\s+\S+\s+\d{1,2}\s*-?\s*(?:" + months + r"))",
                                  FLAGS))


def in_its_year(text: str | None, day: str | None) -> str | None:
    """`text` with a day an older act dates by "this year" given the year of the act's own `day`: "Постановление … №
    439 от 15 апреля с.г." ("сего года", "текущего года"; Kazakh "осы жылғы 15 сәуірдегі № 439 қаулысы"), Almaty oblast
    akim 1996 № 5-131, is the resolution of 15 April 1996.

    >>> in_its_year("№ 439 от 15 апреля с.г. принять", "1996-05-15"), in_its_year("осы жылғы 15 сәуірдегі № 439", "1996-05-15")
    ('№ 439 от 15 апреля 1996 г. принять', '1996 жылғы 15 сәуірдегі № 439')
    """
    if not text or not day:
        return text
    year = day[:4]
    return _said_this_year().sub(lambda m: f"{m.group('day')} {year} г." if m.group("day") else year, text)


@_short_memo
def find_act_refs(text: str) -> list[tuple[ActRef, int, int]]:
    """Acts named in a text (orders, resolutions) as (ActRef, start, end), in order.

    Each act is found around its "№": the patterns run on a window of the text about
    each sign, so the cost grows with the text, not with its square.
    """
    found: dict[tuple[int, int], ActRef] = {}
    if ":" in text:  # (one letter for one: every place stays where it was)
        text = _colon_before_day().sub(" ", text)
    # (acts of one day named by their numbers in a row, "№ 1671, 1672 қаулыларымен": the numbers after the first read
    # as blanks, then each the act of the first with its own number)
    listed = _numbers_listed(text) if ("№" in text or "N" in text) else []
    for start, end, _ in listed:
        text = text[:start] + " " * (end - start) + text[end:]
    for sign in _SIGN.finditer(text):
        reach = sign.start()
        if text[max(0, reach - 3):reach].rstrip().endswith(")"):  # a bracketed registration before the number
            reach = max(text.rfind("(", 0, reach), reach - 600)
        lo, hi = max(0, reach - 330), min(len(text), sign.end() + 260)
        if text.count('"', lo, reach) % 2 and (opened := text.rfind('"', max(0, reach - 900), lo)) >= 0:
            # a title's closing quote in the window, its opening before it: a long title before the day (Kazakh
            # 'Үкіметінің "… 370 characters … анықтау туралы" 2003 жылғы 10 ақпандағы №145 қаулысының'), and its issuer
            lo = max(0, opened - 200)
        if re.match(r"\s*[^\s\"]{1,20}\s*\"", text[sign.end():sign.end() + 40]):  # a title after the number, its kind
            hi = min(len(text), sign.end() + 760)  # after it ('№ 55-п "… № 69 бұйрығына … енгізу туралы" бұйрығы')
        opened = text.find("(", sign.end(), sign.end() + 30)
        if opened >= 0:  # a bracket after the number (its registration, the papers that printed it, the acts that
            # changed it: "N 3-12 (1434 тiркеу нөмiрi, … шешiммен еңгiзiлген өзгертулер) шешiмiне") before its kind
            closed = text.find(")", opened, opened + 800)
            hi = max(hi, min(len(text), closed + 60)) if closed >= 0 else hi
        window = text[lo:hi]
        pos = sign.start() - lo
        for m in (*_act_kk().finditer(window), *_act_kk_number_first().finditer(window),
                  *_act_kk_day_first().finditer(window), *_act_kk_day_issuer_first().finditer(window)):
            if _next_sign(window, m.start()) != pos and not ((m.group("qtitle2") or m.group("qtitle5"))
                                                             and _sign_of(window, m) == pos):
                continue
            begin = _issuer_before(text, lo + m.start("issuer"))
            issuer = _clean_issuer(text[begin:lo + m.end("issuer")])
            start = lo + m.end("issuer") - len(issuer) if issuer else begin
            # (the act's own day, after the day of its amendments its issuer may be followed by: "Үкіметінің 1997 жылғы 8
            # сәуірдегі өзгертулері мен толықтырулары бар 1995 жылғы 16 тамыздағы N 1127 … қаулысымен")
            date = parse_date(m.groupdict().get("day") or
                              window[m.end("qtitle5") if m.group("qtitle5") else m.end("changes")
                                     if m.groupdict().get("changes") else m.start("issuer"):m.end()])
            kind = _kinds_by_prefix().get((m.group("kind") or "")[:4].lower(), "order")
            # (its registration in the bracket after its kind, where it has one: not a registration its title names, '№
            # 55-п "… бекіту туралы" № 1712 тіркелген … № 69 бұйрығына … туралы" бұйрығы (… № 3100 болып тіркелген …)')
            after_kind = registration_in(text[lo + m.end():lo + m.end() + 200]) if m.group("qtitle4") else (None, None)
            # (nor one a quote comes before: the act named within another's title, "«… № 138 бұйрығына өзгерістер енгізу
            # туралы» … № 220 бұйрығы (… № 34274 болып тіркелген)", MinFin 2025 № 283, is registered under no number here)
            if after_kind[0]:
                reg, reg_day = after_kind
            elif _QUOTE_BEFORE_BRACKET.match(text, lo + m.end(), lo + m.end() + 200):
                reg, reg_day = None, None
            else:
                reg, reg_day = registration_in(text[lo + m.start():lo + m.end() + 200])
            if not reg and (named := marker("approved_then_registration_kk").match(text, lo + m.end())):
                # (… or after the name of what it approved: "… № 236 бұйрығымен бекітілген … қағидаларына (… № 33339
                # болып тіркелген)", the order's registration, the rules registered with it)
                closed = text.find(")", named.end())
                reg, reg_day = registration_in(text[named.end():closed + 1]) if closed > 0 else (None, None)
            found.setdefault((start, lo + m.end()), ActRef(
                normalise_number(m.group("num")), date, canonical(issuer) if issuer else None, kind,
                _opened_once(_title_before(text, start) or m.group("qtitle") or m.group("qtitle2") or m.group("qtitle3")
                             or m.group("qtitle4") or m.group("qtitle5") or m.group("qtitle6")
                             or m.groupdict().get("utitle")
                             # (… or, the day first, its title before the day: '«… үлгі ережесін бекіту туралы» 2012
                             # жылғы 29 қазандағы № 410 Қазақстан Республикасы Президентінің Жарлығына')
                             or (_title_before(text, lo + m.start("day")) if m.groupdict().get("day") else None)), reg,
                reg_day))
        # (a document a minister approved, named by the minister, day and number with no kind: "…, утвержденной
        # Министром юстиции 28 июля 1998 года за N 539", the minister's order)
        for m in marker("approved_by_minister_numbered").finditer(window):
            if m.start("num") > pos >= m.start("issuer"):
                found.setdefault((lo + m.start("issuer"), lo + m.end()), ActRef(
                    normalise_number(m.group("num")), parse_date(m.group("date")), canonical(m.group("issuer")), "order"))
        for m in (*_act_ru().finditer(window), *_act_ru_number_first().finditer(window)):
            if _next_sign(window, m.start()) != pos:
                continue
            issuer = m.group("issuer").strip()
            tail = text[lo + m.end():lo + m.end() + 400]
            # (a long title quoting another puts its bracket further: read up to the item's end, ";" or the text's)
            reach = text[lo + m.end():lo + m.end() + 700].split(";", 1)[0]
            groups = m.groupdict()
            found.setdefault((lo + m.start(), lo + m.end()), ActRef(
                normalise_number(m.group("num") + (groups.get("letter") or "")),
                parse_date(groups.get("rdate") or window[m.start():m.end()]),
                canonical(issuer), _kinds_by_prefix().get(m.group("rkind")[:4].lower(), "order"),
                groups.get("rtitle") or groups.get("rtitle2")
                or (groups["rtitle3"] + '"' if groups.get("rtitle3") else None) or _title_after(tail),
                *registration_in(reach)))
    if "," in text:
        _registered_between(text, found)
    refs = _amending(_joint(_registered_before_title(_registered_first(
        _decree_laws([(_one_number(ref), s, e) for (s, e), ref in sorted(found.items())], text), text), text), text))
    return _numbers_apart(refs, listed, text) if listed else refs


def _numbers_listed(text: str) -> list[tuple[int, int, list[str]]]:
    """The rows of numbers after an act's first (phrases.yaml `numbers_listed`): where each stands and its numbers; a
    Russian row only after a kind in the plural, within its sentence ("постановлениями Правительства … от 26 октября
    2009 года № 1671, 1672"), the Kazakh before one ("№ 1671, 1672 қаулыларымен")."""
    out = []
    for m in marker("numbers_listed").finditer(text):
        row = "rest_kk" if m.group("rest_kk") else "rest"
        if row == "rest_kk" or _plural_kind_before().search(text, max(0, m.start() - 300), m.start()):
            out.append((m.start(row), m.end(row), re.findall(r"\d+", m.group(row))))
    return out


@lru_cache(maxsize=None)
def _plural_kind_before() -> re.Pattern:
    return re.compile(_w("kind_plural_ru"), FLAGS)


def _numbers_apart(refs: list, listed: list[tuple[int, int, list[str]]], text: str) -> list:
    """The acts named by their numbers in a row after the first's (`listed`: where each row stands and its numbers):
    the first's issuer, day and kind, each its own number, after it ("… № 1671, 1672 қаулыларымен" names resolutions
    1671 and 1672)."""
    out = list(refs)
    for start, _, numbers in listed:
        # (the act whose number the row follows: its span holds the row, the kind after it, or ends right before it)
        first = next((k for k, (_, s, e) in enumerate(out) if s < start and (e >= start or not text[e:start].strip())),
                     None)
        if first is None or out[first][0].number is None:
            continue
        ref, s, e = out[first]
        out[first + 1:first + 1] = [(replace(ref, number=n, title=None, registration=None, registration_date=None), s, e)
                                    for n in numbers if n != ref.number]
    return out


def _registered_between(text: str, found: dict[tuple[int, int], ActRef]) -> None:
    """The Kazakh acts whose registration and publication stand between their issuer and their title (phrases.yaml
    `registered_between_kk`): each read from the text with that said-between left out, and named in `found` from the
    issuer to the kind, where nothing else was found to end there.

    >>> [(r.number, r.date, r.issuer.en) for r, _, _ in find_act_refs('Алматы облыстық мәслихатының, нормативтік '
    ...     'құқықтық актілердің мемлекеттік тіркеуінде 2005 жылдың 08 тамызында N 1939 тіркеуден өткен, "Огни Алатау" '
    ...     'газетінде жарияланған "Су ресурстарын пайдаланғаны үшін төлемақы ставкаларын бекіту туралы" 2005 жылдың '
    ...     '01 шілдесіндегі N 18-133 шешіміне келесі өзгерістер енгізілсін:')]
    [('18-133', '2005-07-01', 'Almaty Region Maslikhat')]
    """
    for m in marker("registered_between_kk").finditer(text):
        cut, gone = m.start(), m.end() - m.start() - 1
        ends = {e for _, e in found}
        for ref, s, e in find_act_refs(text[:cut] + " " + text[m.end():]):
            if s < cut < e and e + gone not in ends:
                found[(s, e + gone)] = ref


@lru_cache(maxsize=None)
def _colon_before_day() -> re.Pattern:
    """A colon between the kind and body of a list of acts and its first act's day, on one line ("Считать утратившими
    силу приказы МВД СССР: от 20 апреля 1987 года N 87, от 7 сентября 1988 года N 190, …", MVD 1993 № 471): no stop,
    each act is of that kind and body (a lead-in ending its line, its items below, "следующие приказы Министра …:" /
    "1) от 21 декабря 2009 года № 169", is read item by item: kg/parse/amend.py `_listed_order`).

    >>> [(r.number, r.date, r.issuer.en) for r, _, _ in find_act_refs("Считать утратившими силу приказы МВД СССР: от 20 "
    ...     "апреля 1987 года N 87, от 7 сентября 1988 года N 190, от 24 мая 1990 года N 211.")][:1]
    [('87', '1987-04-20', 'Ministry of Internal Affairs of the USSR')]
    """
    return re.compile(r":(?=\s+" + _w("from_ru") + r"\s+\d)", FLAGS)


_QUOTE_BEFORE_BRACKET = re.compile(r'[^()«»"“”]*[«»"“”]')
_OPENING_REGISTRATION = re.compile(r"\s*(?:\d{1,3}\\?[.)]\s*)?[^№\d()]{0,120}?")


def _registered_first(refs: list, text: str) -> list:
    """`refs` with the registration a Kazakh list item opens with given to the act it names last ("2. Нормативтік
    құқықтық актілерді мемлекеттік тіркеу тізілімінде N 508 тіркелген, Қазақстан Республикасы Әділет министрінің 1998
    жылғы 16 наурыздағы N 181 бұйрығымен бекітілген "…" ереже.", the Ministry of Justice's list of repealed acts of 2005
    № 214): a Kazakh phrase says what it says of a noun before it, so the registration is the item's head's, the act
    named last (those before it are named in its title or description). (A registration right before an act's quoted
    title is that act's: `_registered_before_title`.)

    >>> [(r.number, r.registration) for r, _, _ in find_act_refs("3. Нормативтік құқықтық актілерді мемлекеттік тіркеу "
    ...     "тізілімінде N 1838 тіркелген, Әділет министрінің 1998 жылғы 16 наурыздағы N 181 бұйрығына өзгерістер енгізу "
    ...     'туралы" Әділет министрінің 2002 жылғы 3 сәуірдегі N 185 бұйрығы .')]
    [('181', None), ('185', '1838')]
    """
    if not refs or refs[-1][0].registration:
        return refs
    m = marker("registered").search(text, 0, refs[0][1])
    if not m or not (m.group("reg") or m.group("reg4")) or not _OPENING_REGISTRATION.fullmatch(text, 0, m.start()) \
            or not re.match(r"\s*,", text[m.end():refs[0][1]]):
        return refs
    ref, start, end = refs[-1]
    return [*refs[:-1], (replace(ref, registration=m.group("reg") or m.group("reg4")), start, end)]


# what stands between a Kazakh registration and the act it is said of: the act's quoted title, up to its issuer (a
# title may quote another: «…«…»…»), or nothing, the act's words right after it
_REGISTRATION_TO_ACT = re.compile(r'\s*(?:["«“](?:[^"«»“”]|«[^«»]*»)*["»”]\s*)?')


def _registered_before_title(refs: list, text: str) -> list:
    """`refs` with the registration a Kazakh text says right before an act's quoted title given to that act, named after
    its title ("… Әділет министрлігінде N 1938 нөмірмен тіркелген "… ережені бекіту туралы" Қазақстан Республикасы Ішкі
    істер министрлігінің 2002 жылғы 5 шілдедегі N 475 бұйрығы , …", MVD 2003 № 280, one of a list of the bases the
    instruction stands on; "Мемлекеттік нормативтік құқықтық кесімдерді тіркеу тізілімінде N 1127 тіркелген "…"
    Қазақстан Республикасы Қаржы министрінің 2000 жылғы 6 наурыздағы N 92 бұйрығының күші жойылды деп танылсын.", MinFin
    2004 № 460), or right before the act's words ("Облыстық әділет басқармасында N№1463 санымен тіркелген облыстық
    Мәслихаттың 2003 жылғы 25 желтоқсанындағы "…" N№3-18 шешімінің күші жойылды", Almaty oblast maslikhat 2004
    № 13-84): a Kazakh phrase says what it says of the noun after it.

    >>> [(r.number, r.registration) for r, _, _ in find_act_refs("… Заңы , Әділет министрлігінде N 1938 нөмірмен "
    ...     'тіркелген "Патрульдік-күзет қызметі жөніндегі ережені бекіту туралы" Қазақстан Республикасы Ішкі істер '
    ...     "министрлігінің 2002 жылғы 5 шілдедегі N 475 бұйрығы , өзге де актілері")]
    [('475', '1938')]
    """
    out = []
    for ref, start, end in refs:
        if not ref.registration and ref.number and start > 0:
            lo = max(0, start - 900)
            last = None
            for m in marker("registered").finditer(text, lo, start):
                last = m
            if last is not None and (last.group("reg") or last.group("reg4")) \
                    and _REGISTRATION_TO_ACT.fullmatch(text, last.end(), start):
                ref = replace(ref, registration=last.group("reg") or last.group("reg4"))
        out.append((ref, start, end))
    return out


def _amending(refs: list) -> list:
    """`refs` with each act whose title says it amends one act ("О внесении изменений в приказ … № 42-3.3.12 «…»",
    "«…» … № 42-3.3.12 бұйрығына өзгерістер енгізу туралы") knowing that act (`ActRef.amends`): the one the Russian
    title names first after the kind it amends, the one the Kazakh title names last, before "бұйрығына … енгізу
    туралы". A list of repealed orders names the changing orders so, by their titles alone (the Presidential
    Chancellery's order of 7 October 2019 № 19-42-3.3.17, its appendix 5). Only an act named with its day, number and
    body: another mention of it is the same node.

    >>> [(r.number, r.amends and r.amends.number) for r, _, _ in find_act_refs(
    ...     'Приказ начальника Канцелярии Президента Республики Казахстан от 9 февраля 2018 года № 18-42-3.3.4 "О внесении '
    ...     'изменений в приказ начальника Канцелярии Президента Республики Казахстан от 7 декабря 2016 года № 42-3.3.12 '
    ...     '"Об утверждении Реестра должностей"" (зарегистрирован за № 16453)')][:1]
    [('18-42-3.3.4', '42-3.3.12')]
    """
    out = []
    for ref, s, e in refs:
        title = ref.title
        m = marker("amends_one_act").search(title) if title and ref.number else None
        if m:
            named = [(r, rs, re_) for r, rs, re_ in find_act_refs(title)
                     if r.number and r.date and r.issuer and r != ref
                     and (rs >= m.start("ru") if m.group("ru") else re_ <= m.end("kk"))]
            if named:
                ref = replace(ref, amends=named[0][0] if m.group("ru") else named[-1][0])
        out.append((ref, s, e))
    return out


_OPENED_ONCE = re.compile(r'\s*([^"]*[^\s"])"(\s[^"]+)"\s*')


def _opened_once(title: str | None) -> str | None:
    """A Kazakh title opening with a quoted name whose two opening quotes were written as one: read after that quote,
    it closes the name and then itself ('"Алматы облысының құрметті азаматы" атағын беру Ережесін бекіту туралы"',
    Almaty oblast maslikhat 2012 № 9-56): the name quoted again.

    >>> _opened_once('Алматы облысының құрметті азаматы" атағын беру Ережесін бекіту туралы"')
    '"Алматы облысының құрметті азаматы" атағын беру Ережесін бекіту туралы'
    >>> _opened_once('Бекіту туралы "Жетісу"'), _opened_once(None)
    ('Бекіту туралы "Жетісу"', None)
    """
    m = _OPENED_ONCE.fullmatch(title) if title else None
    return f'"{m.group(1)}"{m.group(2)}' if m else title


def _decree_laws(found: list, text: str) -> list:
    """`found` with each decree having the force of law that is named with its title (the words outside the title
    say so: "Указом Президента Республики Казахстан, имеющим силу Закона, от 24 апреля 1995 г. N 2235 "О налогах …"",
    "… N 2707 "… органдары туралы" заң күшi бар Жарлығына") the law of its title and day: laws.yaml lists the
    decree-laws of 1995 as their laws' first enactments, one node whether a text names the decree or the law.

    >>> [(r.kind, r.number, r.date) for r, _, _ in find_act_refs('Указом Президента Республики Казахстан, имеющим силу '
    ...     'Закона, от 24 апреля 1995 г. N 2235 "О налогах и других обязательных платежах в бюджет"')]
    [('code', None, '1995-04-24')]
    >>> [(r.kind, r.number) for r, _, _ in find_act_refs('Указом Президента Республики Казахстан от 24 апреля 1995 г. '
    ...     'N 2236 "О внесении изменений в Указ, имеющий силу закона, "О налогах""')]
    [('decree', '2236')]

    One whose title says it amends others, which many laws bear, is the law of that title and its own day, as such a
    law named by its day is (`_law_day`; the Ministry of Finance's order of 1996 № 19):

    >>> [(r.kind, r.number, r.date) for r, _, _ in find_act_refs('Во исполнение Указа Президента Республики Казахстан, '
    ...     'имеющего силу Закона, "О внесении изменений и дополнений в некоторые законодательные акты Республики '
    ...     'Казахстан" от 21 декабря 1995 года N 2703 приказываю:')]
    [('law', None, '1995-12-21')]
    """
    out = []
    for ref, s, e in found:
        if ref.kind == "decree" and ref.title:
            kind = law_name("law", ref.title)[0]
            day = law_enacted(kind, ref.title, ref.date, said=True)
            # (… or one whose title laws.yaml lists as a law passed on the decree's very day, the words not said)
            if day or marker("force_of_law").search(strip_quoted(text[s:e])):
                amending = ref.date and marker("amending_law_title").search(ref.title.strip())
                ref = ActRef(None, day or (ref.date if amending else None), None, kind, ref.title)
        out.append((ref, s, e))
    return out


# a sentence's end: a stop and a capital after it, not an initial's or a city's stop ("Р. Түсіпбеков", "г. Алматы")
_SENTENCE_END = re.compile(r"(?<![\s.]\w)\.\s+(?=[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")


def _joint(refs: list, text: str) -> list:
    """`refs` without the numbers a joint act's second and later bodies gave it ("совместным приказом Министра … № 91 и
    Министра … № 35", "… № 91 және … № 35 бірлескен бұйрығымен"): one act, named by its first body's day and number.
    The bodies follow the Russian kind, up to a bracket or ";"; they come before the Kazakh kind, after a bracket or
    ";" or the note's dash. The act keeps the other bodies as its `joint` issuers.

    >>> [r.number for r, _, _ in find_act_refs("внесенными совместным приказом Министра внутренних дел РК от 05.02.2019 "
    ...     "№ 91 и Министра здравоохранения РК от 06.02.2019 № 35 (вводится в действие …); приказом Министра внутренних "
    ...     "дел РК от 01.03.2020 № 7")]
    ['91', '7']
    >>> [o.en for o in find_note_acts("совместным приказом Министра внутренних дел РК от 05.02.2019 № 91 и Министра "
    ...     "здравоохранения РК от 06.02.2019 № 35")[0][0].joint]
    ['Ministry of Health']
    >>> [(r.number, len(r.joint)) for r, _, _ in find_note_acts("Совместный приказ Министра юстиции РК от 18 февраля 2010 "
    ...     "года № 50 и Министра экономики РК от 24 февраля 2010 года № 93. Утратил силу совместным приказом Министра "
    ...     "юстиции РК от 10 марта 2011 года № 96 и Министра экономики РК от 14 марта 2011 года № 53")]
    [('50', 1), ('96', 1)]
    """
    if not marker("joint_act").search(text):
        return refs
    kinds = list(marker("joint_act").finditer(text))
    for m in kinds:
        if m.group("kk"):
            refs = _joint_listed_kk(refs, text, m)
    if not refs:
        return refs
    drop: set[int] = set()
    for k, m in enumerate(kinds):
        if m.group("ru"):
            # (… or the sentence's end, or the next joint act's kind: a requisite names the joint act, then the joint
            # act repealing it, "Совместный приказ … № 50 и … № 93. Зарегистрирован … Утратил силу совместным приказом
            # … № 96 и … № 53", MinJust 2010 № 50)
            end = _SENTENCE_END.search(text, m.end())
            stop = min((i for i in (text.find("(", m.end()), text.find(";", m.end()), end.start() if end else -1,
                                    kinds[k + 1].start() if k + 1 < len(kinds) else -1) if i >= 0), default=len(text))
            within = [k for k, (_, s, _) in enumerate(refs) if m.start() <= s < stop]
        else:
            # (… past the remark in brackets before the kind: "… N 272 (ресми жарияланған бірінші күнінен бастап
            # қолданысқа енгізіледі) Бірлескен бұйрығымен", MVD 2004 № 708)
            before = m.start()
            while text[:before].rstrip().endswith(")") and text.rfind("(", 0, before) >= 0:
                before = text.rfind("(", 0, before)
            start = max(text.rfind(c, 0, before) for c in "();") + 1
            start = max(start, (text.rfind(" - ", 0, m.start()) + 3) if " - " in text[start:m.start()] else start)
            within = [k for k, (_, s, e) in enumerate(refs) if start <= s and e <= m.start()]
        drop.update(within[1:])
        if within:  # the first body's act is the others' too
            (first, s, e), others = refs[within[0]], [refs[k][0].issuer for k in within[1:]]
            joint = tuple(dict.fromkeys(o for o in others if o and o != first.issuer))
            refs[within[0]] = (replace(first, joint=joint) if joint else first, s, e)
    return [r for k, r in enumerate(refs) if k not in drop]


def _joint_listed_kk(refs: list, text: str, m: re.Match) -> list:
    """`refs` with the bodies of a Kazakh joint act listed before its kind each with its day and number, no kind after
    any but the last ("… Әділет министрінің 1998 жылғы 11 желтоқсандағы N 121, … Бас прокурорының 1998 жылғы 1
    желтоқсандағы N 1043 ца, … N 111 бірлескен бұйрығымен бекітілген", MVD 2004 № 708): each item read as if the kind
    followed it, so `_joint` makes one act of them, its first body's. Where fewer than two are read, `refs` as it is.

    >>> [(r.number, [o.en for o in r.joint]) for r, _, _ in find_act_refs("Қазақстан Республикасы Әділет министрінің "
    ...     "1998 жылғы 11 желтоқсандағы N 121, Қазақстан Республикасы Бас прокурорының 1998 жылғы 1 желтоқсандағы N 1043 ца, "
    ...     "Қазақстан Республикасы Ішкі істер министрінің 1998 жылғы 2 желтоқсандағы N 429 бірлескен бұйрығымен бекітілген")]
    [('121', ["Prosecutor General's Office", 'Ministry of Internal Affairs'])]
    """
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    start = max([text.rfind(c, 0, m.start()) + 1 for c in "();"] + ends[-1:])
    segment = text[start:m.start()]
    if len(_SIGN.findall(segment)) < 2:
        return refs
    kind = m.group(0).split()[-1]
    items, at = [], 0
    for cut in [*_joint_item_end().finditer(segment), None]:
        end = cut.start() if cut else len(segment)
        piece = segment[at:end]
        # (a number's letters after a space, "N 1043 ца", are the number's: read as one)
        shown = re.sub(r"((?:№|N)\s*\d[\w/-]*)\s+([^\W\d_]{1,3})\s*$", r"\1\2", piece.rstrip())
        found = [r for r in find_act_refs(shown + " " + kind) if r[2] > len(shown)]
        if found:
            ref, s, _ = found[-1]
            items.append((ref, start + at + s, start + end))
        at = cut.end() if cut else end
    if len(items) < 2:
        return refs
    kept = [r for r in refs if not (start <= r[1] < m.start())]
    return sorted(kept + items, key=lambda r: r[1])


@lru_cache(maxsize=None)
def _joint_item_end() -> re.Pattern:
    """Where an item of a Kazakh joint act's list ends: after its number, a comma or "және" and the next body's
    country (`_joint_listed_kk`)."""
    return re.compile(r"(?<=\S)\s*(?:,|\s" + _w("and_short") + r")\s+(?=" + _w("country_start") + ")", FLAGS)


def _one_number(ref: ActRef) -> ActRef:
    """An act's number as both languages share it (`orgs.shared_number`)."""
    number = shared_number(ref.issuer, ref.number) if ref.number else ref.number
    return replace(ref, number=number) if number != ref.number else ref


@lru_cache(maxsize=None)
def _dated_number() -> re.Pattern:
    return re.compile(
        r"(?:" + _w("from_ru") + r"\s+)?(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{1,2}\.\d{1,2}\.?|\d{4}\s*" + _w("year_kk_full")
        + r"\s*\d{1,2}\s*[^\W\d]+|\d{1,2}\s+[^\W\d]+\s+\d{4}\s*" + _w("year_ru") + r")"
        r"\s*(?:" + _w("year_abbr") + r"\s*)?(?:№|N)\s*(?P<num>(?:[A-ZА-ЯӘІҢҒҮҰҚӨҺ]{2,4}\s+(?=[A-ZА-ЯӘІҢҒҮҰҚӨҺ]))?[\w\-/]+(?:\.[\w\-/]+)*)")


@lru_cache(maxsize=None)
def _signless() -> re.Pattern:
    # "ҚР Әділет министрінің 2012.10.18 351 (… қолданысқа енгізіледі) Бұйрығымен": a note of 2012 names the act
    # by its date in figures and its number with no sign before it
    return re.compile(
        r"(?P<issuer>(?<![\w-])" + _w("issuer_head") + r")\s*(?P<date>\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})"
        r"\s+(?P<num>\d[\w\-/]*)\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?(?P<kind>" + _w("kind_kk") + r")", FLAGS)


def find_note_acts(text: str) -> list[tuple[ActRef, int, int]]:
    """The amending acts a history note names: every act reference, and the further acts a note lists
    after the first with only their date and number, sharing its issuer ("ҚР Ішкі істер министрінің
    28.05.2016 № 574 (...); 22.01.2020 № 44 (...) бұйрықтарымен").

    >>> [(r.number, r.date, r.issuer.ru) for r, _, _ in find_note_acts(
    ...     "4-тармақ жаңа редакцияда - ҚР Ішкі істер министрінің 28.05.2016 № 574 (...); 22.01.2020 № 44 бұйрықтарымен.")]
    [('574', '2016-05-28', 'Министерство внутренних дел'), ('44', '2020-01-22', 'Министерство внутренних дел')]
    """
    found = find_act_refs(text)
    spans = [(s, e) for _, s, e in found]
    out = list(found)
    dated = [m for m in _dated_number().finditer(text) if not any(s <= m.start("num") < e for s, e in spans)]
    # the kind a list says once, after its last number ("… 17 қаңтардағы N 6-33 , … N 8-47 … және 2008 жылғы 15
    # шілдедегі N 12-68 шешімдерімен": decisions, each)
    listed = _kind_after(text, dated[-1].end()) if dated else None
    for m in dated:
        # the act named last before this one: its body, unless the list names another between them
        prior = max(((s, e, r) for r, s, e in out if s < m.start()), key=lambda t: t[0], default=None)
        issuer = (_issuer_named_again(text[prior[1]:m.start()]) or prior[2].issuer) if prior \
            else _issuer_of_note(text[:m.start()])
        kind = _kind_after(text, m.end()) or (prior[2].kind if prior else listed or "order")
        out.append((ActRef(normalise_number(m.group("num")), parse_date(m.group("date")), issuer, kind),
                    m.start(), m.end()))
    if not out:
        for m in _signless().finditer(text):
            begin = _issuer_before(text, m.start("issuer"))
            issuer = _clean_issuer(text[begin:m.end("issuer")])
            out.append((ActRef(normalise_number(m.group("num")), parse_date(m.group("date")),
                               canonical(issuer) if issuer else None,
                               _kinds_by_prefix().get(m.group("kind")[:4].lower(), "order")), begin, m.end()))
    return _joint(sorted(out, key=lambda t: t[1]), text)


def note_rule(body: str, start: int = 0, stop: int | None = None, acts: int = 1) -> tuple[str | None, str | None]:
    """(rule, day) of entry into force a note gives an amending act: the bracket after it, before the next act
    ("… 31.03.2022 № 346 (01.04.2022 бастап қолданысқа енгізіледі); … 10.01.2023 № 16 (алғашқы ресми …)"); a
    note naming one act, wherever its bracket stands (so the requisites' repeal: "Утратил силу приказом … № 163
    (вводится в действие по истечении …)"). The day, when the rule names one ("01.04.2022 бастап")."""
    rx = marker("note_in_force_rule")
    stop = len(body) if stop is None else stop
    whole = (start, stop) == (0, len(body))  # (searched whole already: no second search)
    m = rx.search(body, start, stop) or (rx.search(body) if acts == 1 and not whole else None)
    if not m:
        return None, None
    rule = m.group(1).strip()
    dates = find_dates(rule)
    return rule, dates[0][0] if dates and marker("in_force_from_date").search(rule) else None


def _kind_after(text: str, at: int) -> str | None:
    """The kind of act the word right after a number says, its bracket between them or not ("N 12-68
    шешімдерімен", "№ 44 (…) бұйрықтарымен"); None when no kind's word follows."""
    m = _kind_word_after().match(text[at:at + 400])
    return _kinds_by_prefix().get(m.group(1)[:4].lower()) if m else None


@lru_cache(maxsize=None)
def _kind_word_after() -> re.Pattern:
    return re.compile(r"\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?(" + _w("kind_kk") + r")", FLAGS)


def _issuer_named_again(between: str):
    """The body a note names for the next act of its list, between the act before and that act's day
    ("… № 1051 (вводится в действие …); Министра по чрезвычайным ситуациям РК от 27.01.2021 № 42", "…); ҚР Төтенше
    жағдайлар министрінің 27.01.2021 № 42"), or None when the list goes on with a day and number alone.

    >>> _issuer_named_again(" (вводится в действие ...); Министра по чрезвычайным ситуациям РК от ").en
    'Ministry of Emergency Situations'
    >>> _issuer_named_again(" (вводится в действие ...); ") is None
    True
    >>> _issuer_named_again(" и Министра финансов РК от ").en  # a joint order's second body
    'Ministry of Finance'
    >>> _issuer_named_again(" (…);жаңа редакцияда - ҚР Төтеншежағдайлар министрінің ").en  # (its effect said again)
    'Ministry of Emergency Situations'
    """
    seg = unbracketed(between)
    seg = re.split(r"[;,]", seg)[-1]
    seg = re.split(r"\s[-–—]\s", seg)[-1]  # (after the effect the list says again: "жаңа редакцияда - ҚР …")
    seg = re.sub(r"\s+" + _w("from_ru") + r"\s*$", "", seg).strip(" -–")
    seg = re.sub(r"^" + _w("and_short") + r"\s+", "", seg)
    if not seg or len(seg) > 160 or not re.match(r"(?:\w+\s+){0,5}" + _w("issuer_head"), seg, FLAGS):
        return None
    org = canonical(seg)
    return org if org.en else None  # a body no register knows: the list's body stays


def _issuer_of_note(head: str):
    """The issuer a note names before its first date: "... - ҚР Ішкі істер министрінің"."""
    m = re.search(r"[-–]\s*(?P<name>[^-–;()]{5,160}?)\s*$", head)
    return canonical(m.group("name")) if m and re.search(_w("issuer_head"), m.group("name"), FLAGS) else None


def registration_in(seg: str) -> tuple[str | None, str | None]:
    """(number, day) of the state registration an act's mention gives in the bracket after it ("(зарегистрированное
    Департаментом юстиции … от 18 января 2011 года N 2065, …)", "(Нормативтік құқықтық актілерді мемлекеттік тіркеу
    тізілімінде 2012 жылғы 8 мамырдағы № 7630 болып тіркелген …)"): the day is the one written in the bracket before
    the number, when it is.

    >>> registration_in(' "Об утверждении Правил" (зарегистрированное Департаментом юстиции Алматинской области в Реестре '
    ...               'государственной регистрации нормативных правовых актов от 18 января 2011 года N 2065, опубликованное')
    ('2065', '2011-01-18')
    >>> registration_in(" шешімі (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 6174 тіркелген)")
    ('6174', None)

    An older text gives the day after the number:

    >>> registration_in(' (зарегистрированное в Управлении юстиции Алматинской области N 528 от 25.12.2001 г.)')
    ('528', '2001-12-25')
    >>> registration_in('", зарегистрированный за № 1712 (зарегистрированный в Реестре государственной регистрации '
    ...                 'нормативных правовых актов за № 3100, опубликованный …)')
    ('3100', None)

    A region's department of justice numbers its registrations with the region's two figures ("Зарегистрировано
    Департаментом юстиции Алматинской области 18 сентября 2023 года № 6030-05", the decision's requisites): a bracket
    naming the act gives the number as they do, in either language:

    >>> registration_in(' (зарегистрировано в Реестре государственной регистрации нормативных правовых актов № 6030-05)')
    ('6030-05', None)
    >>> registration_in(' шешімі (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 6030-05 болып тіркелген)')
    ('6030-05', None)

    A title amending an act may end with that act's registration, the act's own following the quote (MVD 2006 № 263's
    list of repealed orders):

    >>> registration_in(' (зарегистрирован в Министерстве юстиции Республики Казахстан 3 декабря 1999 года N 990)", '
    ...                 '(зарегистрирован в Реестре государственной регистрации нормативных правовых актов за N 2092, '
    ...                 'опубликован в Бюллетене нормативных правовых актов …, 2003 год, N 7, ст. 794).')
    ('2092', None)
    >>> registration_in(', зарегистрированный за N 990", зарегистрирован в Реестре государственной регистрации '
    ...                 'нормативных правовых актов за N 3138.')
    ('3138', None)
    >>> registration_in(', зарегистрированный за N 990".')
    (None, None)

    An older Kazakh text says the number "under" which it was registered, its day before it (MVD 2002 № 487):

    >>> registration_in(' бекітілген, Қазақстан Республикасы Әділет министрлігінде 2001 жылы 12 ақпанда 1398 номермен '
    ...                 'тіркеуден өткен, … ережені')
    ('1398', '2001-02-12')

    … or its "registration number" first in the bracket after the act's number, the papers that printed it after
    (Almaty oblast maslikhat 2004 № 10-65):

    >>> registration_in(' N 3-12 (1434 тiркеу нөмiрi, 2004 жылғы 20 қаңтардағы 8 нөмiрiнде "Жетісу" және "Огни Алатау" '
    ...                 'газеттерi) шешiмiне')
    ('1434', None)
    """
    m = marker("registered").search(seg)
    if not m:
        return None, None
    # (a registration its title states, its own in the bracket right after it: '… № 69 "Об утверждении Правил …",
    # зарегистрированный за № 1712 (зарегистрированный в Реестре … за № 3100, …)': the bracket's)
    if (bracket := re.match(r"[^()\w]{0,3}\(", seg[m.end():])) and \
            (own := marker("registered").search(seg, m.end() + bracket.end())) and ")" not in seg[m.end():own.start()]:
        m = own
    # (a registration its title states at the title's end, the quote closing right after it, is the act's the title
    # names: the act's own is the next, or none)
    elif re.match(r"\)?\s*[\"»”]", seg[m.end():]):
        if not (m := marker("registered").search(seg, m.end())):
            return None, None
    opened = seg.rfind("(", 0, m.start())
    said = seg[opened if opened >= 0 and ")" not in seg[opened:m.start()] else m.start():m.end()]
    days = find_dates(said)
    if not days and (after := re.match(r"\s*" + _w("from_ru") + r"\s+", seg[m.end():])):
        days = [d for d in find_dates(seg[m.end():m.end() + after.end() + 30]) if d[1] == after.end()]
    if not days and m.group("reg4"):  # (a Kazakh day right before the number: "… 2001 жылы 12 ақпанда 1398 номермен")
        before = seg[max(0, m.start() - 40):m.start()].rstrip()
        days = [d for d in find_dates(before) if d[2] == len(before)]
    return (m.group("reg") or m.group("reg2") or m.group("reg3") or m.group("reg4") or m.group("reg5")
            or m.group("reg6"), days[-1][0] if days else None)


def find_law_ref(text: str) -> tuple[ActRef, int] | None:
    """A law or code cited by title: '"Кәсіптік біліктілік туралы" Қазақстан Республикасы Заңының'."""
    found = law_ref_span(text)
    return (found[0], found[2]) if found else None


def _code_title(name: str, lang: str) -> str:
    """The title of a code named by its name ("Налоговым", "Гражданского процессуального", "Салық"): the name, in the
    genitive in Russian as laws.yaml lists it, and the word "code" ("Налогового кодекс", "Салық кодексі")."""
    if lang == "ru":
        return _genitive(name) + " " + phrases()["words"]["code_title_ru"]["pattern"]
    return name.strip() + " " + phrases()["words"]["code_title_kk"]["pattern"]


def _genitive(words: str) -> str:
    """A Russian code's name in the genitive, whatever case the citation puts it in (laws.yaml lists the genitive: "…
    Трудового кодекса"): "Гражданским" (Кодексом), "Бюджетному" (кодексу), "Гражданском процессуальном" (кодексе).

    >>> _genitive("Гражданским"), _genitive("Гражданском процессуальном"), _genitive("Трудового"), _genitive("Уголовно-исполнительным")
    ('Гражданского', 'Гражданского процессуального', 'Трудового', 'Уголовно-исполнительного')
    """
    endings = phrases()["adjective_genitive_ru"]
    return " ".join(_case_ending().sub(lambda m: endings[m.group(0)], w) for w in words.split())


@lru_cache(maxsize=None)
def _case_ending() -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(phrases()["adjective_genitive_ru"], key=len, reverse=True)) + ")$")


_CLOSED_BEFORE = re.compile(r'^\s*"(?=\s*[,;])')  # the closing quote of a title read before, the text read on from it


@lru_cache(maxsize=None)
def _law_ref_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """law_ref_span's patterns: a Kazakh title whose opening quote the text lost, a title quoted (either language's
    order) and a code named by its name."""
    unopened = re.compile(r'\s*(?P<title>[А-ЯӘІҢҒҮҰҚӨҺ][^"]{2,150}?\s' + _w("about_kk") + r')"\s+(?:' + _w("country_kk")
                          + r'\s+)?(?P<kind>' + _w("law_kk") + "|" + _w("code_kk") + ")")
    quoted = re.compile(r'"(?P<title>(?![\s,;])[^"]{3,200})""?\s*(?:\([^()\d]{0,40}?' + _w("code_kk_case") + r"\)\s*|"
                        + marker("hereinafter").pattern.replace("(?P<name>", "(?:") + r'\s*)?(?:(?:'
                        + _w("country_kk") + "|" + _w("country_kk_clipped")
                        + r')\s+)?(?:(?P<kday>' + _kk_day() + r')\s+(?:' + PORTAL_CODE + r'\s+)?)?(?:' + _w("law_number_kk")
                        + r'\s+)?(?:' + _w("country_kk") + r'\s+)?(?P<kind>' + _w("law_kk") + "|" + _w("code_kk")
                        + r')|(?P<rkind>' + _w("law_ru") + "|" + _w("code_ru") + "|" + _w("kind_lower_ru")
                        + r')\s+(?:' + _w("country_ru") + r'\s+)?(?:'
                        + _w("law_number_ru") + r'\s+)?(?:' + _w("from_ru") + r'\s+(?P<rday>[^"]{4,40}?)\s+)?"(?P<rtitle>[^"]{3,200})"')
    by_name = re.compile(
        _w("country_kk") + r"\s+(?P<kl>[а-яәіңғүұқөһ][\w-]*\s+)" + _w("code_kk_case")
        + r"|(?:" + _w("country_kk") + r"\s+)?(?!" + _w("country_kk") + "|" + _w("country_kk_clipped")
        + r")(?P<kt>(?:[А-ЯӘІҢҒҮҰҚӨҺ][\w-]*\s+)(?:[\w-]+\s+){0,2}?)" + _w("code_kk_case")
        + r"|(?P<rt>[А-ЯЁ][а-яё]+(?:-[а-яё]+)?(?:\s+[а-яё]+(?:-[а-яё]+)?)?)\s+" + _w("code_ru_case")
        + r"(?P<rc>\s+" + _w("country_ru") + ")?")
    return unopened, quoted, by_name


@lru_cache(maxsize=None)
def _unquoted_kk_law() -> re.Pattern:
    return re.compile(r"\s*(?P<title>[А-ЯӘІҢҒҮҰҚӨҺ][^\"«»\n]{2,220}?\s" + _w("about_kk") + r")\s+(?:" + _w("country_kk")
                      + r"\s+)?(?P<kind>" + _w("law_kk") + "|" + _w("code_kk") + ")")


def _unquoted_listed_law(text: str) -> re.Match | None:
    """A law or code the text opens with, cited by a Kazakh title laws.yaml lists, unquoted ("Есірткі, психотроптық
    заттар, прекурсорлар және … шаралары туралы Қазақстан Республикасының Заңының 17 бабының 2 тармағына сәйкес"); None
    for a title it does not list (the words before "туралы" may be the sentence's own).

    >>> _unquoted_listed_law("Нотариат туралы Қазақстан Республикасының Заңына сәйкес").group("title")
    'Нотариат туралы'
    >>> _unquoted_listed_law("Осы тәртіп туралы Қазақстан Республикасының Заңына сәйкес") is None
    True
    >>> _unquoted_listed_law("Қазақстан Республикасындағы көлік туралы Қазақстан Республикасы Кодексінің 5-бабына") is None
    True
    """
    m = _unquoted_kk_law().match(text)
    if m is None:
        return None
    kind = "code" if re.match(_w("code_kk"), m.group("kind"), FLAGS) else "law"
    # (a listed law's title before "Кодексінің" is no code laws.yaml lists: "Қазақстан Республикасындағы көлік туралы
    # Қазақстан Республикасы Кодексінің", the law on transport's title)
    return m if law_listed(kind, m.group("title")) and law_name(kind, m.group("title"))[0] == kind else None


def law_ref_span(text: str) -> tuple[ActRef, int, int] | None:
    """A law or code cited by title (find_law_ref) and where its citation starts and ends in `text`."""
    # '"… туралы" Қазақстан Республикасы Заңының', the law's date before the country's name or not
    # (the country's name before the law's day or after it: '"Нотариат туралы" Қазақстан Республикасының 1997 жылғы 14
    # шілдедегі Заңының')
    # (a preamble that opens with a Kazakh title whose opening quote the text lost: 'Азаматтық қорғау туралы»
    # Қазақстан Республикасы Заңының 12-бабының …')
    # (the closing quote of a title read before opens no title: '…-процестік кодексін", Қазақстан Республикасының
    # "Әкімшілік … туралы" кодексін', read on from within the quotes of a code named by its name)
    if _CLOSED_BEFORE.match(text):
        text = _CLOSED_BEFORE.sub(lambda q: " " * len(q.group(0)), text, count=1)
    text = inner_quotes_marked(text)  # (a law's title may quote a code's: "О введении в действие Кодекса … "…"")
    unopened, quoted, by_name = _law_ref_res()
    m = unopened.match(text)
    # (its day's year in either case, and the old portal's code of the law after it: '"…" 1998 жылдың 24 наурыздағы
    # Z980213_ Қазақстан Республикасы Заңының')
    # (… or its number: '"… басқару туралы""N 148-II ҚРЗ Заңының', the closing quote typed twice)
    # (… or the code's name in brackets after its title: '"Салық және …" (Салық кодексі) Қазақстан Республикасының 2008
    # жылғы 10 желтоқсандағы Кодексінің'; or the short name it is given: 'Қазақстан Республикасы "Адвокаттық қызмет және
    # заң көмегі туралы" (бұдан әрі - Заң) Заңының 28-1-бабын')
    # (a title opens with no comma or space: the closing quote of a title read before is no opening one, '…
    # Қылмыстық-процестік кодексін", Қазақстан Республикасының "Әкімшілік … туралы" кодексін')
    # (… or a listed law's Kazakh title with no quotes at all, opening the text: "Есірткі, психотроптық заттар, … шаралары
    # туралы Қазақстан Республикасының Заңының 17 бабының 2 тармағына сәйкес", MVD 2006 № 116)
    m = m or _unquoted_listed_law(text)
    m = m or quoted.search(text)
    # a code named by its name, no title quoted ("статьями 8, 75 Бюджетного кодекса Республики Казахстан", "Бюджет
    # кодексінің 212-бабына"), when it comes first; in Russian with no country's name after it only a code laws.yaml
    # lists ("(далее – Налоговый кодекс)", then "пунктом 6 статьи 148 Налогового кодекса"; no "Этического кодекса")
    # (in Kazakh, after the country's name, a name of one word in lower case too: "Қазақстан Республикасы қылмыстық
    # кодексінің 41-бабына", the criminal code; the country's name is no code's name)
    # (nor a code a treaty's name holds: "Еуразиялық экономикалық одақтың Кеден кодексі туралы келісімшартпен", the
    # treaty on the Union's Customs Code, MinFin 2018 № 23, had been a code named "Кеден кодексі")
    c = next((x for x in by_name.finditer(text[:m.start()] if m else text)
              if (not x.group("rt") or x.group("rc") or law_listed("code", _code_title(x.group("rt"), "ru")))
              and not marker("treaty_after_code").match(text, x.end())), None)
    if c and c.group("kt") and (re.fullmatch(_w("country_kk"), c.group("kt").strip(), FLAGS)
                                or not re.search(r"[а-яәіңғүұқөһё]", c.group("kt"))
                                or marker("connective_kk").match(c.group("kt").strip())):
        # (the country's name is no code's: "… туралы Қазақстан Республикасы Кодексінің 5-бабына", the code's title
        # before it unquoted and not one laws.yaml lists, had been a code named "Қазақстан Республикасы кодексі"; nor
        # an abbreviation in capitals: "ТМСКТК Кодекстiң 196-бабының", a coefficient's letters before "the Code", MinFin
        # 2002 № 469, had been a code named "ТМСКТК кодексі"; nor the words opening a sentence: "Сонымен қатар Кодексте
        # …", the code named before, MVD 2011 № 502)
        c = None
    # a code named by its title with no quotes, as a code's title runs ("статьей 889 Кодекса Республики Казахстан об
    # административных правонарушениях", "… Әкімшілік құқық бұзушылық туралы кодексінің 889-бабына"): the titles of
    # codes laws.yaml lists, when it comes first
    u = _unquoted_code().search(text[:m.start()] if m else text)
    # the Constitution, by its name ("статьей 10 Конституции Республики Казахстан", "Қазақстан Республикасы
    # Конституциясының 44-бабы"), when it comes first
    k = _constitution().search(text[:m.start()] if m else text)
    if k and all(x is None or k.start() < x.start() for x in (c, u)):
        return ActRef(None, None, None, "constitution", _constitution_title(k)), k.start(), k.end()
    if u and (not c or u.start() <= c.start()):
        title = u.group("rt") or u.group("kt")
        return ActRef(None, _law_day(text, u, title), None, "code", title), u.start(), u.end()
    if not m or c:
        if not c:
            return None
        kk = c.group("kt") or c.group("kl")
        if c.group("kt"):
            kk = _listed_code_name(kk)
        title = _code_title(kk[:1].upper() + kk[1:], "kk") if kk else _code_title(c.group("rt"), "ru")
        # (its day, before it in Kazakh, after it in Russian: "2015 жылғы 23 қарашадағы Қазақстан Республикасы Еңбек
        # кодексінің", "Трудового кодекса Республики Казахстан от 23 ноября 2015 года")
        said = re.search(_kk_day() + r"\s*$", text[:c.start()]) if kk else _day_after().match(text, c.end())
        days = find_dates(said.group(0)) if said else []
        day = law_enacted("code", title, days[0][0], said=True) if days else None
        return ActRef(None, day, None, "code", title), c.start(), c.end()
    title = m.group("title") or m.group("rtitle")
    if title.count("»") > title.count("«"):  # (a title that opened with the one it quotes: the quote it lost)
        title = "«" + title
    kind = "code" if re.match(_w("code_prefix"), m.group("kind") or m.group("rkind") or "", FLAGS) else "law"
    # (and the code's name in brackets after it, which is no second citation: '"Салық және …" … Қазақстан
    # Республикасының Кодексі (Салық кодексі) 120-бабының', '«О налогах …» (Налоговый кодекс)')
    aside = re.match(r"\s*\([^()\d]{0,40}?(?:" + _w("code_kk_case") + "|" + _w("code_ru_case") + r")\)", text[m.end():])
    said = _said_day(text, m, m.end() + (aside.end() if aside else 0))
    day = _dated(title, said)
    if not law_named_by_day(kind, title) and (said := find_dates(said or "")) \
            and (named := law_passed_on(title, said[0][0])):
        # (a title worded apart from every one laws.yaml lists, a word dropped, its day that of a listed law so titled:
        # that law, '«Қазақстан Республикасындағы жергілікті мемлекеттік және өзін-өзі басқару туралы» Қазақстан
        # Республикасының 2001 жылғы 23 қаңтардағы Заңында', MVD 2014 № 438 in Kazakh)
        kind, title, day = *named, said[0][0]
    return (ActRef(None, day, None, law_name(kind, title)[0], title), m.start(), m.end() + (aside.end() if aside else 0))


def _listed_code_name(words: str) -> str:
    """A Kazakh code's name read from the capitalised words before "кодекс": the words from the last capital on whose
    code laws.yaml lists, where the whole is no listed code's (a sentence's first word before the name: "Тәртiп Салық
    Кодексiнiң" is the Tax Code's, "Салық"); else the words as read.

    >>> _listed_code_name("Тәртіп Салық "), _listed_code_name("Әкімшілік құқық бұзушылық туралы ")
    ('Салық ', 'Әкімшілік құқық бұзушылық туралы ')
    """
    if law_listed("code", _code_title(words, "kk")):
        return words
    parts = words.split()
    for k in range(1, len(parts)):
        if parts[k][:1].isupper() and law_listed("code", _code_title(" ".join(parts[k:]), "kk")):
            return " ".join(parts[k:]) + " "
    return words


def _law_day(text: str, m: re.Match, title: str) -> str | None:
    """The day of a law cited by an amending law's title ("О внесении изменений и дополнений в некоторые
    законодательные акты …", which dozens of laws bear): the date its citation gives, after the title or, in Kazakh,
    before it ('Қазақстан Республикасының 2012 жылғы 12 қаңтардағы "…" Заңы'); of one by a title enacted anew, the day
    said when a law of that title was passed on it (`laws.law_enacted`); None for any other title, which names its law
    alone (a title enacted anew cited with no day is dated by the act's day, `parse._laws_of_their_day`).

    >>> law_ref_span('Законом Республики Казахстан от 5 июля 2008 года "О внесении изменений и дополнений в некоторые '
    ...              'законодательные акты Республики Казахстан"')[0].date
    '2008-07-05'
    >>> law_ref_span('Қазақстан Республикасының 2009 жылғы 10 шілдедегі "Қазақстан Республикасының кейбір заңнамалық '
    ...              'актілеріне өзгерістер мен толықтырулар енгізу туралы" Заңына')[0].date
    '2009-07-10'
    >>> law_ref_span('Законом Республики Казахстан от 5 июля 2008 года "О нотариате"')[0].date is None
    True

    A title enacted anew (laws.yaml `enacted`) names the law of the day said:

    >>> law_ref_span('Закона Республики Казахстан от 21 июля 2007 года "О государственных закупках"')[0].date
    '2007-07-21'
    >>> law_ref_span('Закона Республики Казахстан "Об органах внутренних дел Республики Казахстан" от 23 апреля 2014 '
    ...              'года')[0].date  # (MVD 2018 N 86)
    '2014-04-23'
    """
    return _dated(title, _said_day(text, m))


def _said_day(text: str, m: re.Match, end: int | None = None) -> str | None:
    """The words of the day a law's citation `m` gives: within it, before it in Kazakh or after it in Russian (after
    the code's name in brackets that follows the title, `end`: '"О налогах …" (Налоговый кодекс) от 10 декабря 2008
    года', MinFin 2008 № 601)."""
    groups = m.groupdict()
    said = groups.get("kday") or groups.get("rday")
    if not said and (groups.get("kind") or groups.get("kt")):
        # (… its number and the old portal's code between: "2000 жылғы 5 мамырдағы ҚРЗ N 47-11 Z000047_ "…" Заңына",
        # MVD 2000 № 304)
        before = re.search(_kk_day() + r"(?:\s*" + _w("law_number_kk") + r")?(?:\s*" + PORTAL_CODE + r")?\s*$",
                           text[:m.start()])
        said = before.group(0) if before else None
    if not said and (groups.get("rtitle") or groups.get("rt")):
        # (… or after the Russian title: '"Об органах внутренних дел Республики Казахстан" от 23 апреля 2014 года')
        after = _day_after().match(text, end or m.end())
        said = after.group(0) if after else None
    return said


@lru_cache(maxsize=None)
def _day_after() -> re.Pattern:
    """A Russian day right after a law's title ("… от 21 июля 2007 года", "… от 21.07.2007")."""
    return re.compile(r"\s*" + _w("from_ru") + r"\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d_]{3,12}\s+\d{4})")


@lru_cache(maxsize=None)
def _constitution() -> re.Pattern:
    return re.compile(phrases()["words"]["constitution"]["pattern"], FLAGS)


def _constitution_title(m: re.Match) -> str:
    """The Constitution's title as laws.yaml gives it, in the language a citation of it is in.

    >>> _constitution_title(_constitution().search("Қазақстан Республикасы Конституциясының 44-бабы"))
    'Қазақстан Республикасының Конституциясы'
    """
    entry = next(e for e in laws() if e["kind"] == "constitution")
    return entry["ru" if m.group("cru") else "kk"][0]


@lru_cache(maxsize=None)
def _unquoted_code() -> re.Pattern:
    """A code cited by its title unquoted: in Russian after "Кодекс… Республики Казахстан" ("… об административных
    правонарушениях") or "Кодекс…" alone ("предусмотренной Кодексом об административных правонарушениях ст. ст. 521",
    MinJust 2011 № 17), in Kazakh before "кодекс…", the country's name on either side ("Әкімшілік құқық бұзушылық
    туралы кодексінің", "Неке (ерлі-зайыптылық) және отбасы туралы Қазақстан Республикасы Кодексінің"); the titles of
    the codes laws.yaml lists that open with "О"/"Об" or close with "туралы".

    >>> [m.group("rt") or m.group("kt") for m in _unquoted_code().finditer(
    ...     "статьей 889 Кодекса Республики Казахстан об административных правонарушениях; Қазақстан Республикасы "
    ...     "әкімшілік құқық бұзушылық туралы кодексінің 889-бабына; статьей 521 Кодекса об административных "
    ...     "правонарушениях")]
    ['об административных правонарушениях', 'әкімшілік құқық бұзушылық туралы', 'об административных правонарушениях']
    """
    about_ru, about_kk = re.compile(_w("about_ru") + r"\s", FLAGS), re.compile(r"\s" + _w("about_kk") + "$", FLAGS)
    codes = [e for e in laws() if e["kind"] == "code"]
    ru = sorted({t for e in codes for t in e["ru"] if about_ru.match(t)}, key=len, reverse=True)
    kk = sorted({t for e in codes for t in e["kk"] if about_kk.search(t)}, key=len, reverse=True)
    alt = lambda titles: "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)  # noqa: E731
    return re.compile(r"\b" + _w("code_ru") + r"\s+(?:" + _w("country_ru") + r"\s+)?(?P<rt>" + alt(ru) + r")(?!\w)"
                      + r"|(?<!\w)(?:" + _w("country_kk") + r"\s+)?(?P<kt>" + alt(kk) + r")\s+(?:" + _w("country_kk")
                      + r"\s+)?" + _w("code_kk_case"), FLAGS)


@lru_cache(maxsize=None)
def _kk_day() -> str:
    """A Kazakh day as a law's citation gives it, its year in any case ("2012 жылғы 12 қаңтардағы"), or abbreviated, the
    day hyphened to its month ("2002 ж. 16-мамырдағы «Мемлекеттік сатып алулар туралы» № 321 Заңына", the Almaty oblast
    maslikhat 2003 № 35-205), or its month before the day, in the 1990s ("1997 жылғы шiлде айының 16-жұлдызындағы N 163-I
    Заңына", Almaty oblast akim 1998 № 4-138)."""
    return (r"\d{4}\s*(?:" + _w("year_kk_of") + "|" + _w("year_abbr") + r")\s*(?:\d{1,2}\s*-?\s*[^\W\d_]+|[^\W\d_]+\s+"
            + _w("month_word_kk") + r"\s+\d{1,2}\s*-?\s*[^\W\d_]+)")


_QUOTED_TITLE = r'"(?P<title>[^\s"][^"]{2,199})"'
_SHORT_BRACKET = r'(?:\s*\([^()]{1,120}\))?'  # (a bracket after a title: the short name it gives the act)


def _dated(title: str, said: str | None, kind: str = "law") -> str | None:
    days = find_dates(said) if said else []
    if not days:
        return None
    if kind == "law" and marker("amending_law_title").search(title.strip()) or not law_named_by_day(kind, title):
        # (an amending law's title, or one laws.yaml does not list: the day said, "«Босқындар туралы» Қазақстан
        # Республикасының 2009 жылғы 4 желтоқсандағы Заңы", MVD 2010 № 498)
        return days[0][0]
    # (a title enacted anew: the law of the day said, "Закона … от 21 июля 2007 года «О государственных закупках»")
    return law_enacted(kind, title, days[0][0], said=True)


def _law(title: str, said: str | None) -> ActRef:
    return ActRef(None, _dated(title, said), None, law_name("law", title)[0], title)


def laws_listed(text: str) -> list[tuple[ActRef, int, int]]:
    """Laws a text names by their titles with "laws" said once, in the plural: after the titles in Kazakh ('"Нотариат
    туралы" және "Әділет органдары туралы" Қазақстан Республикасының заңдарына'), before them in Russian ("законов
    Республики Казахстан от 5 июля 2008 года "О …" и от 10 июля 2009 года "О …""); each with where its title is.

    >>> [r.title for r, _, _ in laws_listed('"Нотариат туралы" және "Әділет органдары туралы" Қазақстан '
    ...                                    'Республикасының заңдарына сәйкес')]
    ['Нотариат туралы', 'Әділет органдары туралы']
    >>> [(r.title, r.date) for r, _, _ in laws_listed('во исполнение законов Республики Казахстан "О нотариате", а также '
    ...     'от 10 июля 2009 года "О внесении изменений в некоторые законодательные акты Республики Казахстан"')]
    [('О нотариате', None), ('О внесении изменений в некоторые законодательные акты Республики Казахстан', '2009-07-10')]

    A Russian law's title opens "О …": a code quoted after the laws is not one of them.

    >>> [r.title for r, _, _ in laws_listed('Законов "О гражданской защите", "О государственных секретах", "Уголовного '
    ...                                    'кодекса Республики Казахстан"')]
    ['О гражданской защите', 'О государственных секретах']
    """
    out = []
    ru_laws, ru_item, ru_title, kk_list, kk_item, kk_title = _laws_listed_res()
    for m in ru_laws.finditer(text):
        at, items = m.end(), []
        while (it := ru_item.match(text, at)) and ru_title.match(it.group("title")):
            items.append((_law(it.group("title"), it.group("day")), it.start("title") - 1, it.end()))
            at = it.end()
        # (a law in the singular names a list of two titles or more as the plural would: "Законом Республики Казахстан
        # «Об адвокатской деятельности …», «О некоммерческих организациях», «О саморегулировании»", MinJust 2018 № 1464)
        out += items if not m.group("one") or len(items) > 1 else []
    for m in kk_list.finditer(text):
        for it in kk_item.finditer(m.group("items")):
            # (a title of "… туралы", or one laws.yaml lists: '"Қазақстан Республикасының Патент заңы", "… туралы"
            # Қазақстан Республикасы Заңдарына')
            if kk_title.search(it.group("title")) or law_listed("law", it.group("title")):
                out.append((_law(it.group("title"), it.group("day") or it.group("day_after")), m.start() + it.start("title") - 1,
                            m.start() + it.end()))
    return out


def expand_code_letters(text: str, lang: str) -> str:
    """`text` with each code written in letters with the country's name beside them named by its name instead, as the
    readers of titles take it (laws.yaml `letters`): "статьей 178-2 УИК РК" → "статьей 178-2 Уголовно-исполнительного
    кодекса РК", "Қазақстан Республикасы ҚАК-нің 178-2-бабына" → "Қазақстан Республикасы
    Қылмыстық-атқару кодексінің 178-2-бабына".

    >>> expand_code_letters("в соответствии со статьей 178-2 УИК РК (приложение 5)", "ru")
    'в соответствии со статьей 178-2 Уголовно-исполнительного кодекса РК (приложение 5)'
    >>> expand_code_letters("(ҚР ҚК 33-бабы)", "kk"), expand_code_letters("УИК области", "ru")
    ('(ҚР Қылмыстық кодексінің 33-бабы)', 'УИК области')
    """
    found = _code_letters_re(lang)
    if found is None:
        return text
    names = code_letters(lang)
    if lang == "ru":
        return found.sub(lambda m: names[m.group("letters")] + " " + m.group("country"), text)
    return found.sub(lambda m: m.group("country") + " " + names[m.group("letters")], text)


def approval_restored(text: str, lang: str) -> str:
    """`text` with the act a Kazakh text names right before the document it approved, the kind and "бекітілген"
    left out ("Үкіметінің 2004 жылғы 28 қазандағы N 1120 ережесінің 14-тармағына": point 14 of the regulation
    resolution 1120 approved, MinJust 2002 № 48), named in full: the kind its issuer's acts are (a Government's
    resolution, a President's decree, a minister's order).

    >>> approval_restored("Үкiметiнiң 2004 жылғы 28 қазандағы N 1120 ережесiнiң 14-тармағына сәйкес", "kk")
    'Үкiметiнiң 2004 жылғы 28 қазандағы N 1120 қаулысымен бекітілген ережесiнiң 14-тармағына сәйкес'
    >>> approval_restored("Үкіметінің 2004 жылғы 28 қазандағы N 1120 қаулысымен бекітілген ережесінің", "kk")[-39:]
    'N 1120 қаулысымен бекітілген ережесінің'
    """
    if lang != "kk":
        return text
    words = phrases()["words"]
    said = {"gov": "approved_by_resolution_kk", "pres": "approved_by_decree_kk", "min": "approved_by_order_kk"}
    return marker("approval_elided_kk").sub(
        lambda g: g.group(0) + " " + next(words[w]["pattern"] for k, w in said.items() if g.group(k)), text)


@lru_cache(maxsize=None)
def _code_letters_re(lang: str) -> re.Pattern | None:
    """A code's letters with the country's name: after them in Russian, before them in Kazakh (its case ending after a
    hyphen, "ҚАК-нің")."""
    letters = "|".join(sorted(map(re.escape, code_letters(lang)), key=len, reverse=True))
    if not letters:
        return None
    if lang == "ru":
        return re.compile(r"(?<!\w)(?P<letters>" + letters + r")\s+(?P<country>" + _w("country_ru") + r")(?!\w)")
    return re.compile(r"(?P<country>" + _w("country_kk") + r")\s+(?P<letters>" + letters + r")(?:-\w+)?(?!\w)")


def codes_listed(text: str) -> list[tuple[ActRef, int, int]]:
    """Codes a text names by their names with "codes" said once, in the plural, each a code laws.yaml lists
    ("Гражданским процессуальным и Административным процедурно-процессуальным кодексами Республики Казахстан",
    "Қазақстан Республикасының Азаматтық процессуалдық және Әкімшілік рәсімдік-процестік кодекстеріне"); each with
    where its name is. The names are read back from the plural word, over the 240 characters before it at most.

    >>> [r.title for r, _, _ in codes_listed("в соответствии с Гражданским процессуальным и Административным "
    ...                                      "процедурно-процессуальным кодексами Республики Казахстан")]
    ['Гражданского процессуального кодекс', 'Административного процедурно-процессуального кодекс']
    >>> [r.title for r, _, _ in codes_listed("Конституцией, Уголовным, Уголовно-исполнительным, Уголовно-процессуальным "
    ...                                      "кодексами и иными нормативными правовыми актами")]
    ['Уголовного кодекс', 'Уголовно-исполнительного кодекс', 'Уголовно-процессуального кодекс']
    >>> [r.title for r, _, _ in codes_listed("Қазақстан Республикасының Азаматтық процессуалдық және Әкімшілік "
    ...                                      "рәсімдік-процестік кодекстеріне сәйкес")]
    ['Азаматтық процессуалдық кодексі', 'Әкімшілік рәсімдік-процестік кодексі']

    Each name may give its code's day, after it in Russian, before it in Kazakh: the code passed that day.

    >>> [(r.title, r.date) for r, _, _ in codes_listed("согласно Уголовному от 3 июля 2014 года и Уголовно-исполнительному "
    ...                                                "от 5 июля 2014 года кодексам Республики Казахстан")]
    [('Уголовного кодекс', '2014-07-03'), ('Уголовно-исполнительного кодекс', '2014-07-05')]
    """
    out = []
    item_rx, items_rx, plural = _codes_listed_res()
    for lang, rx in plural:
        for c in rx.finditer(text):
            at = max(0, c.start() - 240)
            m = items_rx.search(text, at, c.start())
            if not m:
                continue
            for it in item_rx.finditer(m.group("items")):
                title = _code_title(it.group("name"), lang)
                if law_listed("code", title):
                    day = _dated(title, it.group("day_kk") or it.group("day_ru"), "code")
                    out.append((ActRef(None, day, None, "code", title), m.start("items") + it.start("name"),
                                m.start("items") + it.end("name")))
    return out


@lru_cache(maxsize=None)
def _codes_listed_res() -> tuple:
    """codes_listed's patterns: a code's name (capitalised, one to three words: "Қылмыстық іс жүргізу"), with its day
    before it in Kazakh or after it in Russian if it gives one, two names or more joined as a list's items are and
    ending where "codes" follows, and the plural word in each language."""
    lower = r"[а-яёәіңғүұқөһ][а-яёәіңғүұқөһ-]*"
    from_ru = _w("from_ru")
    name = (r"[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ-]*(?:\s+(?!(?:" + _w("and_short") + "|" + from_ru + r")\s)" + lower
            + r"){0,2}")
    # (each with its day: "согласно Уголовному от 3 июля 2014 года и Уголовно-исполнительному от 5 июля 2014 года
    # кодексам", "2014 жылғы 3 шілдедегі Қылмыстық және 2014 жылғы 5 шілдедегі Қылмыстық-атқару кодекстеріне", MVD 2014
    # № 508)
    day_ru = r"\d{1,2}\s+[^\W\d_]+\s+\d{4}(?:\s*(?:" + _w("year_ru") + r"))?"

    def item(named: bool) -> str:  # (the groups named once, in the pattern reading one item)
        g = (lambda n: f"(?P<{n}>") if named else (lambda n: "(?:")
        return (r"(?:" + g("day_kk") + _kk_day() + r")\s+)?" + g("name") + name + r")(?:\s+" + from_ru + r"\s+"
                + g("day_ru") + day_ru + r"))?")

    joined = r"(?:\s*,\s*(?:(?:" + _w("and_short") + r")\s+)?|\s+(?:" + _w("and_short") + r")\s+)"
    # (case kept: the names' capitals count)
    return (re.compile(item(True)), re.compile(r"(?P<items>" + item(False) + r"(?:" + joined + item(False) + r")+)\s+$"),
            (("ru", re.compile(_w("codes_ru"))), ("kk", re.compile(_w("codes_kk")))))


@lru_cache(maxsize=None)
def _laws_listed_res() -> tuple[re.Pattern, ...]:
    """laws_listed's patterns: the Russian plural, an item after it and a law's title; the Kazakh list up to its
    plural, an item of it and a law's title."""
    # (a Kazakh item's day before its title or after it: '"… органдары туралы" 1995 жылғы 21 желтоқсандағы және "…"
    # 1996 жылғы 15 шілдедегі Қазақстан Республикасының Заңдарына', MVD 2010 № 90)
    # (a title may be followed by the bracket giving the law a short name: '«… тіркеу туралы» (бұдан әрі - Заң) және
    # «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының заңдарына', "Законами Республики Казахстан
    # «О …» (далее - Закон) и «О государственных услугах»", MinJust 2013 № 156)
    # (… or the portal's code of the act between the title and its day: '"…" Z952198_ 1995 жылғы 17 сәуірдегі', MinJust
    # 2000 № 40)
    kk_item = (r"(?:" + _kk_day() + r"\s+)?" + _QUOTED_TITLE.replace("?P<title>", "") + r"(?:\s+" + PORTAL_CODE + r")?(?:\s+"
               + _kk_day() + r")?" + _SHORT_BRACKET)
    return (re.compile(r"(?:" + _w("laws_ru") + r"|(?P<one>" + _w("law_one_ru") + r"))\s+(?:" + _w("country_ru") + r"\s+)?"),
            # (a title's opening quote may stand apart from its first word: '"О лицензировании", " О наркотических
            # средствах …"', MVD 2003 № 111)
            re.compile(_SHORT_BRACKET + _w("list_and") + r"(?:" + _w("from_ru") + r'\s+(?P<day>[^"]{4,40}?)\s+)?'
                       + _QUOTED_TITLE.replace('"(?P', '"\\s?(?P', 1)),
            re.compile(_w("law_title_ru")),
            re.compile(r"(?P<items>" + kk_item + r"(?:" + _w("list_and") + kk_item + r")+)\s+(?:" + _w("country_kk")
                       + r"\s+)?(?:" + _w("laws_kk") + "|" + _w("law_one_kk") + ")"),
            re.compile(r"(?P<day>" + _kk_day() + r"\s+)?" + _QUOTED_TITLE + r"(?:\s+" + PORTAL_CODE + r")?(?:\s+(?P<day_after>"
                       + _kk_day() + r"))?"),
            re.compile(_w("about_kk") + r"\W*$"))


# --- unit references ------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _kinds() -> list[tuple[str, re.Pattern]]:
    return [(k["kind"], re.compile(rf"^(?:{k['pattern']})$", FLAGS)) for k in phrases()["unit_kinds"]]


def unit_kind(word: str) -> str | None:
    """The unit kind a word names: "тармақшасы" → "subpoint"."""
    w = word.strip(" ,.;:")
    for kind, pat in _kinds():
        if pat.match(w) or pat.fullmatch(word.strip(" ,;:")):  # (an abbreviation keeps its full stop: "п.", "пп.")
            return kind
    if re.match(r"^" + _w("title_word_any") + r"$", w, FLAGS):
        return "title"
    if re.match(r"^" + _w("preamble_word") + r"$", w, FLAGS):
        return "preamble"
    return None


@lru_cache(maxsize=None)
def _ordinals() -> list[tuple[re.Pattern, int]]:
    return [(re.compile(rf"^(?:{o['pattern']})$", FLAGS), o["value"]) for o in phrases()["ordinals"]]


def ordinal(word: str) -> int | None:
    for pat, v in _ordinals():
        if pat.match(word):
            return v
    return None


@lru_cache(maxsize=None)
def _unit_word() -> str:
    return _alt(phrases()["unit_kinds"]) + "|" + _w("title_word")


@lru_cache(maxsize=None)
def _named_heading() -> re.Pattern:
    return re.compile(rf'(?:{_unit_word()})\s+"(?P<h>[^"\d][^"]{{2,150}})"', FLAGS)


def named_heading(text: str) -> str | None:
    """The heading a text names a division by, with no number ('Раздел "Общие положения"'), or None.

    >>> named_heading('Раздел "Общие положения" - в новой редакции')
    'Общие положения'
    """
    m = _named_heading().search(text)
    return m.group("h").strip() if m else None


_LET = r"[^\W\d_]\)(?:\s*-\s*\d+)?"  # a lettered sub-point's label: "е)", "в)-1"
_LETTERS = re.compile(r"([^\W\d_])\)(?:\s*-\s*(\d+))?")


@lru_cache(maxsize=None)
def _ref_re() -> re.Pattern:
    conj, conj2, called = _w("and"), _w("and_short"), _w("called")
    # (a range of bracketed sub-points: "14)-17)-тармақшалары"; a range spaced before the word: "199 - 202 баптарымен")
    # (a number's parts joined by an en dash as by a hyphen: "58–1-бабына", article 58-1, MinFin 2020 № 302)
    num = NUM.replace(r"(?:-\d+", r"(?:[-–]\d+", 1)
    # (sub-points listed with a comma left out between two: "подпунктов 3), 4), 5), 6) 7) пункта 2", MVD 2014 № 432; a
    # comma before the last: "статьями 7, 14, и 24 Закона", "Заңының 7, 14, және 24 баптарымен", MinJust 2011 № 321)
    nums = rf"(?:\d+\)\s*[-–]\s*\d+\)|\d+\s+[-–]\s+\d+(?=\s*-?\s*[^\W\d_])|{num}(?:(?:\s*,\s*|(?<=\))\s+(?=\d+\)))" \
           rf"{num})*(?:\s*,?\s*{conj}\s*{num})?)"
    ords = _alt(phrases()["ordinals"])
    # (a range of ordinals hyphened: "үшінші-бесінші абзацтар", the third to the fifth)
    ordseq = rf"(?:{ords})(?:\s*-\s*(?:{ords})(?![\w-])|(?:\s*,\s*(?:{ords}))*(?:\s*{conj2}\s*(?:{ords}))?)"
    word = _unit_word()
    # (Roman numerals listed: "разделов II, Х, и XI Закона", sections 2, 10 and 11; a Cyrillic Х or І typed among them)
    roman1 = _ROMAN_ITEM
    romans = rf"{roman1}(?:\s*,\s*(?:{conj}\s+)?{roman1}|\s+{conj}\s+{roman1})*"
    # (no reference starts inside a word, "Подраздел 1000" is no section 1000: the guard spares the engine trying every
    # alternative at every letter, which had made this the parser's costliest pattern); a number typed onto a Kazakh
    # genitive ending starts one ("бабының3-тармағына")
    return re.compile(
        r'(?:(?<![^\W\d_])|(?=\d)(?<=' + _w("genitive_glued_kk") + r'))(?:'
        rf'"(?P<qnum>{NUM})\.?\s*(?P<qhead>[^"]*)"\s+{called}\s+(?P<qword>{word})'  # "80. Механик" деген параграфта
        rf'|"(?P<hhead>[^"]+)"\s+{called}\s+(?P<hnum>{NUM})\s*-\s*(?P<hword>{word})'  # "..." деген 2-тарау
        rf'|(?P<nums>{nums})(?:\.(?=-))?\s*-?\s*(?:(?:{_w("ordinal_suffix_kk")}|{_w("new_unit_kk")})\s+)?(?!{_w("unit_word_ru_only")})(?P<word>{word})(?<!\d)'  # 9 және 9-1-тармақтар, 12.1.-тармақпен, 1-ші тармағына, 19)-жаңа тармақшамен
        rf'|(?P<ords>{ordseq})\s+(?P<oword>{word})'  # екінші және үшінші бөліктері
        rf'|(?P<xword>{word})\s+(?P<xlet>[^\W\d_])\)(?!\w)'  # подпункт е) (older texts letter their sub-points)
        # е) тармақшасы; м)-тармақшамен, в)-1, о) тармақшаларымен (older Kazakh notes: the letter, its bracket, a hyphen)
        rf'|(?<![\w-])(?P<ylet>{_LET}(?:\s*,\s*{_LET})*(?:\s*{conj}\s*{_LET})?)\s*-?\s*(?P<yword>{word})'
        # (no number after a Kazakh word in the genitive: it is the next word's, "қосымшаның 3 тармағы", the appendix's
        # point 3, the Almaty oblast maslikhat 2006 № 29-223)
        rf'|(?P<rword>{word})(?<!' + _w("genitive_glued_kk") + rf')(?:\s+|(?<=\.))(?:(?:N|№)\s*(?=\d))?(?:(?P<rroman>{romans})(?![\w-])|(?P<rnums>\d+\s+[-–]\s+\d+|{nums}|{ordseq})'
        rf'(?![^\W_]|[-–]\s*[^\W\d_])(?:\s+"(?P<rhead>[^"]+)")?)'  # пункт 551, части вторую, абзацы 3 - 40, главе III, приложении № 2
        # (not "V-тарау 46в-тармақпен": a number hyphened to the word after it is that word's)
        rf'|(?P<tword>{word})\s+"(?P<tnum>{NUM})\.\s*(?P<thead>[^"]+)"'  # раздел "2. Должности специалистов"
        rf'|(?P<lword>{word})\s+"(?P<lnum>[^\W\d_]|\d+[^\W\d_]?)"'  # подпункт "а", пункт "37а" (older texts quote them)
        rf'|"(?P<klnum>[^\W\d_]|\d+[^\W\d_]?)"(?:\s+|\s*-\s*)(?P<klword>{word})'  # "а" тармақшасы, "37а" тармағы, "а"-тармақшасы
        rf'|(?<![\w-])(?P<kroman>(?:{roman1}(?:\s*,\s*|\s+{conj}\s+))*[IVXLІХ]{{1,6}})(?:\s+|\s*-\s*)(?P<kword>{word})'  # III тарауда, V-тарау, II және XI бөлімдері
        rf'|(?<![\w-])(?P<bword>{_w("title_word")}|{_w("appendix_bare")}|{_w("preamble_word")}))',  # тақырыбы, қосымшаның, кіріспесі
        FLAGS,
    )


@lru_cache(maxsize=None)
def _number_separator() -> re.Pattern:
    words = "|".join(rf"\b{w}\b" for w in phrases()["words"]["and"]["pattern"].split("|"))
    # (… or the space between two bracketed sub-points whose comma was left out: "6) 7)")
    return re.compile(rf"\s*(?:,|{words})\s*|(?<=\))\s+(?=\d+\))")


_RANGE = re.compile(r"^(\d+)\s+[-–]\s+(\d+)$|^(\d+)\)\s*[-–]\s*(\d+)\)$")  # 3 - 5; 14)-17)
_RANGE_MAX = 200  # a range of more units than this is no range of one point's paragraphs
_UNSPACED_RANGE = re.compile(r"^(\d+)-(\d+)$")


def split_numbers(nums: str) -> list[str]:
    """ "115, 116 және 119" → ["115", "116", "119"]; "11) және 12)" → ["11", "12"]; "3 - 5" → ["3", "4", "5"]
    (a range, spaced: "9-1" is one number)."""
    r = _RANGE.match(nums.strip())
    low, high = (int(r.group(1) or r.group(3)), int(r.group(2) or r.group(4))) if r else (0, 0)
    if r and 0 < high - low <= _RANGE_MAX:
        return [str(n) for n in range(low, high + 1)]
    words = re.fullmatch(r"([^\W\d_]+)\s*-\s*([^\W\d_]+)", nums.strip())  # "үшінші-бесінші": 3, 4, 5
    if words and ordinal(words.group(1)) and ordinal(words.group(2)) \
            and 0 < ordinal(words.group(2)) - ordinal(words.group(1)) <= _RANGE_MAX:
        return [str(n) for n in range(ordinal(words.group(1)), ordinal(words.group(2)) + 1)]
    parts = _number_separator().split(nums.strip())
    out = []
    for p in parts:
        p = p.strip().rstrip(")").strip()
        if not p:
            continue
        o = ordinal(p)
        out.append(str(o) if o else p)
    return out


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "Y": 5}  # (Y: the V some Kazakh texts type, "YI-тарау")


# one Roman numeral of a division's number, the Cyrillic І and Х typed for I and X among them
_ROMAN_ITEM = r"[IVXLІХ]{1,6}(?![\w-])"


@lru_cache(maxsize=None)
def _roman_item() -> re.Pattern:
    return re.compile(rf"(?:(?:{_w('and')})\s+)?{_ROMAN_ITEM}")


def _romans(listed: str) -> list[str]:
    """The values of the Roman numerals a list of them names ("II, Х, и XI": ["2", "10", "11"])."""
    return [str(roman(n)) for n in re.findall(r"[IVXLІХ]+", listed)]


def roman_item_at(text: str, at: int) -> bool:
    """Does a Roman numeral of a list stand at `at` ("II, Х, и XI" after each comma: "Х", "и XI")?

    >>> roman_item_at("разделов II, Х, и XI Закона", 13), roman_item_at("разделов II, Х, и XI Закона", 16)
    (True, True)
    >>> roman_item_at("II, Иванов", 4)
    False
    """
    return bool(_roman_item().match(text, at))


def roman(numeral: str) -> int:
    """The value of a Roman numeral, the Cyrillic І and Х read as I and X ("ІV" is 4).

    >>> roman("IV"), roman("ХІІ"), roman("XIX")
    (4, 12, 19)
    """
    values = [_ROMAN[c] for c in numeral.upper().replace("\u0406", "I").replace("\u0425", "X")]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _numbers(nums: str, word: str) -> list[str]:
    """The numbers a reference names; a span with a plural word ("10-24-тармақтар алынып тасталынды", "пункты 10-24"),
    alone or among the numbers listed ("статьями 114, 116-125"), names each unit of it, where "9-1-тармақ" is one
    point inserted after 9 and "65-1, 65-2" two inserted after 65.

    >>> _numbers("114, 116-118", "статьями"), _numbers("65-1, 65-2", "статьями")
    (['114', '116', '117', '118'], ['65-1', '65-2'])
    """
    out = split_numbers(nums)
    if marker("plural_unit_word").fullmatch(word):  # (each span, alone or among the numbers listed)
        out = [n for x in out for n in _span_numbers(x)]
    return out


def _span_numbers(num: str) -> list[str]:
    """The numbers of an unspaced span ("116-125": 116 to 125), or the number itself ("65-1" is one)."""
    m = _UNSPACED_RANGE.match(num)
    if m and 0 < int(m.group(2)) - int(m.group(1)) <= _RANGE_MAX:
        return [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]
    return [num]


def _ref_from(m: re.Match) -> tuple[str | None, list[str], str | None]:
    if m.group("qword"):
        return unit_kind(m.group("qword")), [m.group("qnum").rstrip(")")], m.group("qhead")
    if m.group("hword"):
        return unit_kind(m.group("hword")), [m.group("hnum").rstrip(")")], m.group("hhead")
    if m.group("word"):
        return unit_kind(m.group("word")), _numbers(m.group("nums").replace("–", "-"), m.group("word")), None
    if m.group("oword"):
        return unit_kind(m.group("oword")), split_numbers(m.group("ords")), None
    if m.group("xword"):
        return unit_kind(m.group("xword")), [m.group("xlet").lower()], None
    if m.group("yword"):  # (a lettered sub-point inserted after one: "в)-1" is в-1)
        return unit_kind(m.group("yword")), [f"{a}-{b}" if b else a for a, b in _LETTERS.findall(m.group("ylet").lower())], None
    if m.group("rword") and m.group("rroman"):  # "в главе III": a division numbered in Roman numerals, or several
        kind = unit_kind(m.group("rword"))
        return (kind if kind in ("chapter", "section") else None), _romans(m.group("rroman")), None
    if m.group("rword"):
        return unit_kind(m.group("rword")), _numbers(m.group("rnums").replace("–", "-"), m.group("rword")), m.group("rhead")
    if m.group("tword"):
        return unit_kind(m.group("tword")), [m.group("tnum").rstrip(")")], m.group("thead")
    if m.group("lword"):
        return unit_kind(m.group("lword")), [m.group("lnum")], None
    if m.group("klword"):
        return unit_kind(m.group("klword")), [m.group("klnum")], None
    if m.group("kword"):
        kind = unit_kind(m.group("kword"))
        return (kind if kind in ("chapter", "section") else None), _romans(m.group("kroman")), None
    kind = unit_kind(m.group("bword"))
    return kind, (["1"] if kind == "appendix" else [""]), None


def _gazette_article(text: str, m: re.Match) -> bool:
    """Is a unit reference an article abbreviated right after a gazette's issue ("… 2002 г., N 29, ст.630"), the
    gazette's article and no act's?"""
    return bool(re.match(r"[^\W\d_]{1,3}\.", m.group(0)) and marker("gazette_issue").search(text, 0, m.start()))


def unit_refs(text: str, headings: dict | None = None) -> list[list[tuple[str, str]]]:
    """Unit references in a text, in textual order; each a list of alternatives (one per number).

    Quoted text is not read, except a quoted heading that names its unit
    ('"80. Механик" деген параграфта'); such headings are put in `headings`
    keyed by (kind, number).

    >>> unit_refs('пунктом 2 статьи 7, "80. Механик" деген параграфта')
    [[('point', '2')], [('article', '7')], [('paragraph', '80')]]

    No reference starts inside a word: a "Подраздел 1000" is no section 1000.

    >>> unit_refs('11. Подраздел 1000 "Денежные средства" предназначен для учета')
    []
    """
    found: list[tuple[int, tuple]] = []
    stripped = strip_quoted(text)
    bare: list[str] | None = None  # the text with its quotes and the references read from them blanked, if any was
    first = list(_ref_re().finditer(text))
    for m in first:
        if m.group("qword") or m.group("hword") or m.group("tword") or m.group("lword") or m.group("klword"):
            found.append((m.start(), _ref_from(m)))
            bare = list(stripped) if bare is None else bare
            bare[m.start():m.end()] = " " * (m.end() - m.start())
    # (nothing blanked: the second reading is the first's)
    for m in (first if bare is None and stripped == text else
              _ref_re().finditer(stripped if bare is None else "".join(bare))):
        if not (m.group("qword") or m.group("hword") or m.group("tword") or m.group("lword") or m.group("klword")) \
                and not _gazette_article(text, m):
            found.append((m.start(), _ref_from(m)))
    out: list[list[tuple[str, str]]] = []
    for _, (kind, nums, head) in sorted(found, key=lambda t: t[0]):
        if not kind or kind == "row":
            continue
        if kind == "title":
            nums = [""]
        if headings is not None and head and len(nums) == 1:
            headings[(kind, nums[0])] = head.strip()
        out.append([(kind, n) for n in nums])
    return out


def unit_lead(text: str) -> str:
    """The words at the head of an instruction that name its unit, before the words it quotes ("в абзаце третьем" of
    'в абзаце третьем слово "Законом" заменить …'), or say it is throughout the text; "" when it names none there.

    >>> unit_lead('в абзаце третьем слово "Законом" заменить словом "законами"'), unit_lead('бесінші абзацтағы "а"')
    ('в абзаце третьем', 'бесінші абзацтағы')
    >>> unit_lead('по всему тексту слова "а" заменить словами "б"'), unit_lead('слова "а" исключить')
    ('по всему тексту', '')
    """
    bare = strip_quoted(text)
    head = bare[:bare.find('"')] if '"' in bare else bare
    last = None
    for last in _ref_re().finditer(head):
        pass
    if last is None:
        last = marker("throughout_text").search(head)
    return text[:last.end()].strip().lstrip("-–— ") if last else ""  # (not a dash that opens the line)


def without_labels(text: str) -> str:
    """The text with the quoted labels of its units blanked (same length), so that the words it quotes are only
    words ('в подпункте "д" слова "денежные средства"', '"а" тармақшасы'; a quoted word alone stays: 'слово "и"').

    >>> without_labels('в подпункте "д" слова "и" исключить')
    'в подпункте     слова "и" исключить'
    """
    out = list(text)
    for m in _ref_re().finditer(text):
        for g in ("lnum", "klnum"):
            if m.group(g):
                a, b = m.start(g) - 1, m.end(g) + 1  # the label with its quotes
                out[a:b] = " " * (b - a)
    return "".join(out)


def order_refs(refs: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Coarse to fine: kk writes genitive chains coarse-first, ru writes fine-first. A sub-point of a point's first
    part ("подпункт 6) части первой пункта 36") is the point's own sub-point, a later part's is that part's (as the
    reader builds a point with two lists). A part of an article with no point between, as a code's articles are
    parted, keeps its sub-points ("подпунктом 3) части 1 статьи 16 Уголовно-исполнительного кодекса", MVD 2014 № 511).

    >>> order_refs([[("subpoint", "6")], [("part", "1")], [("point", "36")]])
    [[('point', '36')], [('subpoint', '6')]]
    >>> order_refs([[("subpoint", "2")], [("part", "2")], [("point", "36")]])
    [[('point', '36')], [('part', '2')], [('subpoint', '2')]]
    >>> order_refs([[("subpoint", "3")], [("part", "1")], [("article", "16")]])
    [[('article', '16')], [('part', '1')], [('subpoint', '3')]]
    """
    out = sorted(refs, key=lambda alts: RANK.get(alts[0][0], 9))
    kinds = [alts[0][0] for alts in out]
    if "subpoint" in kinds and "point" in kinds and "part" in kinds and out[kinds.index("part")] == [("part", "1")]:
        del out[kinds.index("part")]
    return out


# --- effects and quotes ---------------------------------------------------------------------

@lru_cache(maxsize=None)
def _effects(context: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((e["effect"], prefiltered(re.compile(e["pattern"], FLAGS))) for e in phrases()["effects"]
                 if e["context"] == context)


def effect_before(text: str, pos: int, context: str = "note") -> str | None:
    """The effect stated last before `pos`, outside quoted text: a note that names several acts
    gives each the effect written before it ("Пункт 3 в редакции приказа … № 999; с изменением,
    внесенным приказом … № 73": 999 rewrote it, 73 changed it).

    >>> effect_before("Пункт 3 в редакции приказа № 999; с изменением, внесенным приказом № 73", 60)
    'Modification'
    """
    bare = strip_quoted(text)[:pos]
    found = [(m.start(), m.end(), effect) for effect, pat in _effects(context) for m in pat.finditer(bare)]
    # (a phrase inside a longer one is that one's: "күші жойылды" in "6-тармағынан басқасының күші жойылды")
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[:2] != f[:2] for o in found)]
    best = None
    for start, _, effect in found:
        if best is None or start > best[1]:
            best = (effect, start)
    return best[0] if best else None


def effects_stated(text: str, context: str = "note") -> list[str]:
    """The effects a text states, in the order it states them, outside quoted text (a phrase inside another's
    match is not one more).

    >>> effects_stated("16-тармақ толықтырылды, өзгертілді, жаңа редакцияда жазылды - ")
    ['Modification', 'Modification', 'Substitution']
    """
    return [effect for effect, _, _ in effect_spans(text, context)]


def effect_spans(text: str, context: str = "note") -> list[tuple[str, int, int]]:
    """(effect, start, end) of each effect a text states, in order (as effects_stated).

    >>> effect_spans("36-тармақ өзгертілді және 3-тармақша алынып тасталды - ")
    [('Modification', 10, 20), ('Deletion', 37, 52)]
    """
    bare = strip_quoted(text)
    found = sorted((m.start(), -m.end(), effect) for effect, pat in _effects(context) for m in pat.finditer(bare))
    out, end = [], -1
    for start, neg_end, effect in found:
        if start >= end:
            out.append((effect, start, -neg_end))
            end = -neg_end
    return out


def repeals_here(text: str) -> bool:
    """Does a point of the act itself repeal (or cancel) an act: the Repeal effect's phrases of an instruction
    ("Признать утратившим силу приказ …", "… бұйрығының күші жойылды деп танылсын"; not privileges cancelled, "…
    жеңілдіктердің күші жойылсын", as there)?

    >>> repeals_here("2. Утратившим силу приказ Министра юстиции от 13 декабря 2003 г. № 264"), repeals_here("Утвердить")
    (True, False)
    """
    return any(pat.search(text) for effect, pat in _effects("instruction") if effect == "Repeal")


@_short_memo(as_list=False)
def effect_of(text: str, context: str = "instruction") -> tuple[str, re.Match] | None:
    """The effect an instruction (or note) states, looked for outside quoted text."""
    bare = strip_quoted(text)
    best = None
    for effect, pat in _effects(context):
        m = pat.search(bare)
        if m and (best is None or m.start() < best[1].start()):
            best = (effect, m)
    return best


_QUOTED = re.compile(r'"[^"]*"')
_BRACKETED = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")


def unbracketed(text: str) -> str:
    """A text without what it says in brackets, one bracket within another included (an act's registration and
    publication: "(… 2007 жылғы 9 тамыздағы № 121 (1150) «Заң газетінде» жарияланған)").

    >>> unbracketed("N 69 бұйрығы (тізілімінде № 1712 болып тіркелген, № 121 (1150) «Заң газетінде»);")
    'N 69 бұйрығы  ;'
    """
    return _BRACKETED.sub(" ", text)


def bracketed(text: str) -> list[str]:
    """What a text says in brackets, each bracket's words (one bracket within another kept in it).

    >>> bracketed("Контракт (Приложение № 7 к Положению (в редакции 1997 года)) считать утратившим силу (с 1 мая).")
    ['Приложение № 7 к Положению (в редакции 1997 года)', 'с 1 мая']
    """
    return [m.group(0)[1:-1] for m in _BRACKETED.finditer(text)]


def strip_quoted(text: str) -> str:
    """Blank out quoted spans (same length), so phrases inside quotes are not read as grammar. A title may quote
    another, its quotes nested (the text's «» made "): a quote after a space or another opening one opens a span
    within, one after a word closes the innermost ("… «О внесении изменений в решение … № 34-202 «Об установлении
    …»» от 12 мая 2016 года № 2-17": the day and number are outside).

    >>> strip_quoted('решения "О внесении изменений в решение № 34-202 "Об установлении ставок"" от 12 мая № 2-17')
    'решения "                                                                " от 12 мая № 2-17'
    >>> strip_quoted('решения "О внесении в решение № 34-202 "Об установлении" от 12 мая № 2-17 (в "Әділет")')
    'решения "                                              " от 12 мая № 2-17 (в "      ")'
    >>> strip_quoted('приказ "Об утверждении Правил" и "О порядке"')
    'приказ "                     " и "         "'
    >>> strip_quoted('"Алматы облысының азаматы" атағын беру туралы" N 39-228 шешімінің ("Жетісу" газетінде)')
    '"                        " атағын беру туралы" N 39-228 шешімінің ("      " газетінде)'
    """
    if '"' not in text:
        return text
    spans = _quoted_spans(text, 0)
    if spans is None:  # a quote never closed: the quotes are paired as they come
        return _QUOTED.sub(lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', text)
    out, at = [], 0
    for a, b in spans:
        out += [text[at:a + 1], " " * (b - a - 1)]
        at = b
    return "".join(out) + text[at:]


def inner_quotes_marked(text: str) -> str:
    """The text with the quotes of a title quoted inside another title as « and » (same length), so that the outer
    title reads whole ('"О введении в действие Кодекса … "О налогах …" (Налоговый кодекс)"'); as it was when a quote
    never closes.

    >>> inner_quotes_marked('Закона "О введении в действие Кодекса "О налогах" (Налоговый кодекс)" и "О нотариате"')
    'Закона "О введении в действие Кодекса «О налогах» (Налоговый кодекс)" и "О нотариате"'
    >>> inner_quotes_marked('"Салық … туралы" Кодексін (Салық кодексі) қолданысқа енгізу туралы" Заңының')
    '"Салық … туралы» Кодексін (Салық кодексі) қолданысқа енгізу туралы" Заңының'
    >>> inner_quotes_marked('"Салық … туралы" Кодексін (Салық кодексі)" қолданысқа енгізу туралы" Заңының')
    '"Салық … туралы» Кодексін (Салық кодексі)» қолданысқа енгізу туралы" Заңының'
    >>> inner_quotes_marked('"Мемлекеттік … туралы" Заңының 10-бабы 1) тармақшасына сәйкес" БҰЙЫРАМЫН')
    '"Мемлекеттік … туралы" Заңының 10-бабы 1) тармақшасына сәйкес" БҰЙЫРАМЫН'
    """
    spans = _quoted_spans(text, 0) if text.count('"') > 2 else None
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        for i in range(a + 1, b):
            if out[i] == '"':
                out[i] = "«" if text[i - 1].isspace() or text[i - 1] in "([" else "»"
        # a Kazakh title that opens with the title it quotes, one quote for both ('2017 жылғы 25 желтоқсандағы
        # "Салық … туралы" Қазақстан Республикасы Кодексін (Салық кодексі) қолданысқа енгізу туралы" … Заңының'):
        # the quote closing after a word with none to open it closes the outer title
        stray = _stray_close().match(text, b + 1)
        if stray and not any(a2 == stray.end() - 1 for a2, _ in spans):
            out[b] = "»"
            # (… and a quote typed after the code's name in brackets, before the rest: '"Салық … туралы" Қазақстан
            # Республикасы Кодексін (Салық кодексі)" қолданысқа енгізу туралы" … Заңының', MinFin 2008 N 618)
            if stray.group("extra"):
                out[stray.start("extra")] = "»"
    return "".join(out)


@lru_cache(maxsize=None)
def _stray_close() -> re.Pattern:
    """The rest of a Kazakh title that opened with the one it quotes, up to its closing quote: the outer title ends as
    titles do ("… қолданысқа енгізу туралы""), not as a sentence does ('… Заңының 10-бабы 1) тармақшасына сәйкес"', a
    quote the text strayed, MinJust 2017 N 336's preamble)."""
    return re.compile(r'[^"]{1,150}?(?:\)(?P<extra>")[^"]{1,150}?)?\s' + _w("about_kk") + r'"(?=[\s.,;:)]|$)', FLAGS)


# an opening quote typed twice ("… регламент государственной услуги ««Выдача пропусков …» (далее - регламент)")
_DOUBLED_OPENING = re.compile(r'(?:(?<=\s)|^)""(?=[^\W\d_])')


def _quoted_spans(text: str, at: int) -> list[tuple[int, int]] | None:
    """(opening, closing) of each outermost quoted span from `at` on, quotes nested (`strip_quoted`); None when one
    never closes. Where one never closes and a title opens with two quotes, as a title quoting another does ('««Выдача
    …» стандартын бекіту туралы»'), the two are read as one ('… услуги ««Выдача пропусков …» (далее - регламент)
    разработан в соответствии со статьей 34 …': the article's words are outside the quotes, MVD 2012 № 584)."""
    spans = _nested_spans(text, at)
    if spans is None and '""' in text:
        once = _DOUBLED_OPENING.sub(' "', text)
        if once != text:
            return _nested_spans(once, at)
    return spans


def _nested_spans(text: str, at: int) -> list[tuple[int, int]] | None:
    """`_quoted_spans` read as the quotes stand."""
    spans: list[tuple[int, int]] = []
    while True:
        depth, start, opened, inner = 0, 0, False, None
        for m in re.finditer('"', text[at:]):
            i = at + m.start()
            before = text[i - 1] if i else " "
            after = text[i + 1:i + 2]
            if depth == 0 and before.isalnum() and (not after or after.isspace() or after in ".,;:)"):
                # a closing quote whose title lost its opening one ('… 14 желтоқсандағы "Алматы облысының құрметті
                # азаматы" атағын беру Ережесін бекіту туралы" N 39-228 шешімінің'): it opens nothing
                continue
            if depth == 0 or before.isspace() or before in "([" or (before == '"' and opened):
                if depth == 0:
                    start, inner = i, None
                depth, opened = depth + 1, True
            else:
                depth, opened = depth - 1, False
                if depth == 0:
                    spans.append((start, i))
                elif depth == 1 and inner is None:
                    inner = i
        if depth == 1 and inner is not None:
            # a title that lost its closing quote where the title it quotes closes ('"О внесении изменений в решение …
            # № 34-202 "Об установлении ставок …" от 12 мая 2016 года № 2-17'): it ends there, and the quotes after it
            # are read anew
            spans.append((start, inner))
            at = inner + 1
            continue
        return None if depth else spans


_TITLE_CLOSED = "\x02"  # a quoted title's closing quote inside the words quoted, while their span is read


def quoted(text: str) -> list[str]:
    """The texts of the outermost quoted spans, quotes nested as `strip_quoted` reads them; Kazakh words that open with
    a quoted title keep it (their opening quote is the title's: '"Салық … туралы" … Жарлығы" деген сөздер' are the words
    '"Салық … туралы" … Жарлығы').

    >>> quoted('в "подпункте "е" во втором абзаце исключить слова "доплату к пенсии".')
    ['подпункте "е', 'доплату к пенсии']
    >>> quoted('1-тармақтағы "Мемлекеттік қызмет туралы" Қазақстан Республикасының Заңына" деген сөздер "Заңға" деген '
    ...        'сөздермен ауыстырылсын')
    ['"Мемлекеттік қызмет туралы" Қазақстан Республикасының Заңына', 'Заңға']

    Words that quote a title inside them keep it as it stands:

    >>> quoted('"1996 жылғы N 52-1 "Бюджет жүйесі туралы" заңына сәйкес" деген сөздер алынып тасталсын')
    ['1996 жылғы N 52-1 "Бюджет жүйесі туралы" заңына сәйкес']
    """
    if '"' not in text:
        return []
    if text.count('"') >= 3:
        text = marker("titled_words_kk").sub(lambda m: m.group(0)[0] + m.group("t").replace('"', _TITLE_CLOSED) + '"',
                                             text)
    spans = _quoted_spans(text, 0)
    if spans is None:
        return [_title_kept(q[1:-1]) for q in _QUOTED.findall(text)]
    return [_title_kept(text[a + 1:b]) for a, b in spans]


def _title_kept(words: str) -> str:
    """The words with their title's closing quote given back, and its opening one where the words open with the title
    (a title inside the words keeps its own: '"1996 жылғы … N 52-1 "Қазақстан … туралы" заңына сәйкес" деген сөздер',
    MinFin 1999 № 323 in Kazakh)."""
    if _TITLE_CLOSED not in words:
        return words
    words = words.replace(_TITLE_CLOSED, '"')
    return '"' + words if words.count('"') % 2 else words


def position_block(heading: str | None) -> str | None:
    """The block of a register of civil servants' positions a heading row names, as its Latin letter (A
    management, B core, C administrative, D support staff), or None.

    >>> position_block("В блогы (негізгі персонал)"), position_block("БЛОК А – УПРАВЛЕНЧЕСКИЙ ПЕРСОНАЛ")
    ('B', 'A')
    """
    m = marker("position_block").match(heading or "")
    # (the letter is typed in either script: a Cyrillic one is its Latin twin)
    return (m.group("letter") or m.group("letter2")).translate(LATIN_LOOKALIKES) if m else None


def acts_named(text: str, exclude: ActRef | None = None) -> list[ActRef]:
    """Acts a text names outside quoted titles (an act cited inside a title is not meant; a Kazakh title that opens
    with the title it quotes, one quote for both, is one title: '«"…" … № 100 бұйрығына өзгерістер енгізу туралы» …
    № 601 бұйрығының', `inner_quotes_marked`)."""
    bare = strip_quoted(inner_quotes_marked(text))
    out = []
    found = find_act_refs(text)

    def in_quotes(start: int) -> bool:  # the match starts inside a quoted span
        return bare[start:start + 1] == " " and text[start:start + 1] != " "

    if bare != text and all(in_quotes(s) for _, s, _ in found):
        # every act found is inside a title, which itself names an act ('приказ … «О внесении изменений в приказ … от
        # 23 августа 2002 года № 556 «Об утверждении …» от 24 апреля 2006 года № 196'): the act named around the
        # title, read with each title folded to one word (its words put back)
        folded, titles = _folded(text, bare)
        around = [replace(r, title=titles.get(r.title, r.title)) for r, _, _ in find_act_refs(folded)]
        if around:
            return [r for r in around if exclude is None or r.ident != exclude.ident]
    for ref, start, end in found:
        if in_quotes(start):
            continue
        more = [ref] + [r for r, _, _ in listed_after(bare, ref, end, text)]
        for r in more:
            if (exclude is None or r.ident != exclude.ident) and r.ident not in {x.ident for x in out}:
                out.append(r)
    return out


def listed_after(bare: str, ref: ActRef, end: int, text: str | None = None) -> list[tuple[ActRef, int, int]]:
    """The acts listed after `ref` (which ends at `end` in `bare`, the text with its quoted titles blanked) with its
    kind and issuer ("приказы Министра … от … N 129 "…" и от … № 74", "Указами Президента … от 16 марта 2020 года № 286
    «…» и от 13 апреля 2022 года № 872 «…»"), each with where it is named; given the `text` itself, each with the
    title quoted right after its number ('… и от 4 марта 1997 года N 299 "Об утверждении положения …"', the Almaty
    oblast akim's decision 5-182 of 1998)."""
    out = []
    while m := marker("act_listed_next").match(bare, end):
        issuer = canonical(m.group("issuer")) if m.group("issuer") else ref.issuer  # a body named again
        end = m.end()
        # (its own registration, in the bracket right after it: "… № 2-17 (зарегистрирован в Реестре … № 3892, …)")
        bracket = re.match(r"\s*\([^()]*\)", bare[end:])
        reg, reg_day = registration_in(bracket.group(0)) if bracket else (None, None)
        title = None
        if text is not None and (opened := re.match(r'\s*"', bare[end:])):
            start = end + opened.end()
            close = bare.find('"', start)  # (the title's closing quote: its inner quotes are blanked in `bare`)
            title = (text[start:close].strip() or None) if close > 0 else None
        elif text is not None and m.group("qtitle"):  # (… or quoted before its day: ', а также "О защите прав граждан
            # …" от 27 апреля 1998 года № 3928', the Almaty oblast akim's decision 8-251 of 1998)
            title = text[m.start("qtitle") + 1:m.end("qtitle") - 1].strip() or None
        out.append((replace(ref, number=normalise_number(m.group("num") or m.group("num2")),
                            date=parse_date(m.group("date") or m.group("date2")),
                            title=title, issuer=issuer, registration=reg, registration_date=reg_day), m.start(), end))
    return out


def _folded(text: str, bare: str) -> tuple[str, dict[str, str]]:
    """The text with each quoted title folded to one word ("Title0", "Title1" …), and {word: title}."""
    out, titles, at, k = [], {}, 0, 0
    for m in re.finditer(r'"( +)"', bare):
        word = f"Title{k}"
        titles[word] = text[m.start(1):m.end(1)].strip()
        out += [text[at:m.start(1)], word]
        at, k = m.end(1), k + 1
    return "".join(out) + text[at:], titles


def kinds_named_first(text: str) -> list[ActRef]:
    """The acts a Kazakh text lists after their issuer and kind, said once in the plural before the first: '…
    Үкiметiнiң қаулыларына сәйкес 1996 жылғы 20 маусымдағы № 760 "…" және 1997 жылғы 4 наурыздағы № 299 "…"' (the
    Almaty oblast akim's decision 5-182 of 1998; its Russian "постановлениями Правительства … от 20 июня 1996 года N 760
    "…" и от 4 марта 1997 года N 299 "…""): each an act of that issuer and kind, its day the one before its number.

    >>> [(r.number, r.date, r.kind) for r in kinds_named_first('Үкіметінің қаулыларына сәйкес 1996 жылғы 20 маусымдағы '
    ...                                                        '№ 760 "Ереже туралы" және 1997 жылғы 4 наурыздағы № 299 "Тәртіп туралы" шешті')]
    [('760', '1996-06-20', 'resolution'), ('299', '1997-03-04', 'resolution')]
    """
    bare = strip_quoted(text)
    out: list[ActRef] = []
    for m in marker("listed_orders").finditer(bare):
        if not m.group("kk"):
            continue
        at = marker("kind_said_before").match(bare, m.end()).end()
        while item := marker("listed_after_kind").match(bare, at):
            days = find_dates(item.group("day"))
            if len(days) != 1 or not marker("list_joined_kk").match(item.group("day")[:days[0][1]]):
                break
            # (the act read as the issuer's words before the plural, its day, number and kind said together)
            said = f"{text[max(0, m.start() - 150):m.start()]} {item.group('day')} № {item.group('num')} {m.group('kk')}"
            found = [r for r, _, _ in find_act_refs(said) if r.number == normalise_number(item.group("num")) and r.date]
            title = (quoted(text[item.end("num"):item.end()]) or [None])[0]
            out += [replace(found[-1], title=found[-1].title or title)] if found else []
            if not item.group("sep"):
                break
            at = item.end()
    return out


def kinds_named_last(text: str, refs: list[ActRef], amending: ActRef | None) -> list[ActRef]:
    """The acts a Kazakh text names before the last, their kind said once in the plural after the last: a repeal ("…
    министрінің 1996 жылғы 23 желтоқсандағы N 370 , "…" … 1997 жылғы 23 қыркүйектегі N 344 бұйрықтарының күші жойылды
    деп есептелсін"): each number followed by a comma, or by "және", is an order of the issuer named before it; when
    the issuer is said once, before the first ("Әдiлет министрiнiң 1998 жылғы 6 қаңтарындағы N 129 "…" және 1998 жылғы
    24 маусымындағы N 74 "…" бұйрықтары күші жойылды деп танылсын"), every order the list names is that issuer's, of
    the day written before its number. A preamble so ("Үкiметiнiң 1993 жылғы қазанның 15-гi N 1024 "…" және … 1994
    жылғы 5 қазандағы N 1113 қаулыларына сәйкес"): both resolutions."""
    bare = strip_quoted(text)
    m = marker("listed_orders").search(bare)
    if not m or not m.group("kk"):
        return []
    seen, out = {r.number for r in refs}, []
    issuer, last = None, 0
    for n in marker("listed_order_number").finditer(bare[:m.start()]):
        number = normalise_number(n.group("num"))
        named = acts_named(text[:n.end("num")] + " " + m.group("kk"), exclude=amending)  # the plural, a kind's word
        found = [r for r in named if r.number == number and r.date]
        title = (quoted(text[n.end("num"):n.end()]) or [None])[0]  # the order's title right after its number
        if title is None and out and (before := quoted(text[last:n.start()])) and before[-1] != out[-1].title:
            # (… or before its day, after the number of the one before: '… "…" 1997 жылғы наурыздың 6-ғы N 3398 ,
            # сондай-ақ "…" 1998 жылғы сәуiрдiң 27-гі N 3928 Жарлықтарын орындау жолында', Almaty region akim 1998)
            title = before[-1]
        if not found and issuer is not None and (days := find_dates(bare[last:n.start()])):
            # (of the kind the plural says: orders, decisions, resolutions; not that of a law named before the list,
            # '"…" заңдары және … Үкiметiнiң … N 186 "…", 2000 жылғы 3 тамыздағы N 1176 "…" қаулыларына', MVD 2003 № 111)
            kind = _kinds_by_prefix().get(m.group("kk")[:4].lower()) or next((r.kind for r in out + refs), "order")
            found = [ActRef(number, days[-1][0], issuer, kind, title)]
        # (the registration in the bracket after its number: "№ 34-202 (… тізілімінде № 2056 тіркелген, …) және")
        reg, reg_day = registration_in(bare[n.end("num"):n.end()])
        found = [replace(r, title=r.title or title, registration=r.registration or reg,
                         registration_date=r.registration_date or reg_day) for r in found]
        issuer, last = (found[-1].issuer or issuer) if found else issuer, n.end()
        if number not in seen:
            out += found[-1:]
            seen |= {r.number for r in found[-1:]}
    return out if refs or len(out) > 1 else []
