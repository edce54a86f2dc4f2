"""Every phrase of the lexicon finds its own examples and none of its counter-examples."""
from __future__ import annotations

import re

import pytest

from kg.lexicon import FLAGS, local_bodies, org_grammar, organisations, phrases


def _entries():
    lex = phrases()
    for section in ("months", "ordinals", "unit_kinds", "effects", "position_parts", "table_criteria", "card_rows", "table_columns"):
        for e in lex[section]:
            name = e.get("kind") or e.get("effect") or e.get("part") or str(e.get("value"))
            yield pytest.param(e, id=f"{section}:{name}:{e.get('context', '')}".rstrip(":"))
    for section in ("markers", "requirement_facts"):
        for name, e in lex[section].items():
            yield pytest.param(e, id=f"{section}:{name}")
    grammar = org_grammar()
    for name in ("country", "acting", "rank", "head", "institution"):
        yield pytest.param(grammar[name], id=f"org_grammar:{name}")
    for lang in ("kk", "ru"):
        for e in grammar[lang]:
            yield pytest.param(e, id=f"org_grammar:{lang}:{e['becomes']}:{e['pattern'][:20]}")


@pytest.mark.parametrize("entry", list(_entries()))
def test_pattern_matches_its_examples(entry):
    rx = re.compile(entry["pattern"], FLAGS)
    assert entry["examples"], "every entry carries examples"
    for example in entry["examples"]:
        assert rx.search(example), f"{entry['pattern']!r} does not find {example!r}"
    for counter in entry.get("counter", []):
        assert not re.fullmatch(entry["pattern"], counter, FLAGS), f"{entry['pattern']!r} wrongly matches {counter!r}"


def test_organisations_have_names_in_both_languages():
    for o in organisations():
        assert o["kk"] and o["ru"] and o["en"], o
        # an unquoted comma in a flow mapping splits a name into a key of its own
        assert set(o) <= {"kk", "ru", "en", "codes", "forms", "examples", "became", "number_suffixes", "since", "union"}, o
        assert "since" not in o or re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(o["since"])), o  # (a day, quoted: a string)


@pytest.mark.parametrize("example", local_bodies()["examples"], ids=lambda e: e["name"])
def test_a_local_body_is_one_organisation_in_every_form(example):
    from kg.orgs import canonical

    org = canonical(example["name"])
    assert org.en == example["en"]
    # its own names, in both languages, are the same body
    assert canonical(org.kk) == org and canonical(org.ru) == org


@pytest.mark.parametrize("kk, ru", [
    # the issuers of normative resolutions as the requisites of their acts name them: a board passes its body's acts
    ("Қазақстан Республикасы Ұлттық Банкі Басқармасының", "Правления Национального Банка Республики Казахстан"),
    ("Қазақстан Республикасы Қаржы нарығын реттеу және дамыту агенттігі Басқармасының",
     "Правления Агентства Республики Казахстан по регулированию и развитию финансового рынка"),
    ("Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігі Төрағасының",
     "Председателя Агентства по стратегическому планированию и реформам Республики Казахстан"),
    ("Қазақстан Республикасы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің (Сыбайлас жемқорлыққа қарсы қызмет) "
     "Төрағасының", "Председателя Агентства Республики Казахстан по противодействию коррупции (Антикоррупционной службы)"),
    ("Қазақстан Республикасы Қаржылық мониторинг агенттігі Төрағасының",
     "Председателя Агентства по финансовому мониторингу Республики Казахстан"),
    ("Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің",
     "Министра экологии, геологии и природных ресурсов Республики Казахстан"),
    ("Қазақстан Республикасы Су ресурстары және ирригация министрінің",
     "Министра водных ресурсов и ирригации Республики Казахстан"),
    # bodies of earlier years, as notes name the orders that changed acts still in force
    ("Қазақстан Республикасы Экономикалық даму және сауда министрінің",
     "Министра экономического развития и торговли Республики Казахстан"),
    ("Қазақстан Республикасы Табиғи монополияларды реттеу агенттігі төрағасының",
     "Председателя Агентства Республики Казахстан по регулированию естественных монополий"),
    ("Қазақстан Республикасы Экономикалық және сыбайлас жемқорлық қылмысқа қарсы күрес агенттігі (қаржы полициясы) "
     "төрағасының", "Председателя Агентства Республики Казахстан по борьбе с экономической и коррупционной "
     "преступностью (финансовой полиции)"),
    # the regulator of 2004-2011 agreeing an order of the Ministry of Justice (2004 N 316), its Kazakh name of that year
    # with the Russian word for market
    ("Қазақстан Республикасының Қаржы рыногын және қаржылық ұйымдарды реттеу мен қадағалау жөніндегі агенттігінің "
     "Төрағасы", "Председателем Агентства Республики Казахстан по регулированию и надзору финансового рынка и "
     "финансовых организаций"),
    # the agency of statistics agreeing a form of MinFin (2013 N 313), its Kazakh name with no "жөніндегі"
    ("Қазақстан Республикасы Статистика агенттігінің төрағасы", "Председатель Агентства Республики Казахстан по статистике"),
    # (a first deputy who says "first" before the body's name: MVD 2002 № 394's approval)
    ("Қазақстан Республикасының Бірінші қаржы вице-Министрі", "Первый вице-Министр финансов Республики Казахстан"),
    # (an older text's one-word ministry, its space kept: "Қазақстан Республикасы Ішкі ісминінің 1996 жылғы 18 наурыздағы
    # … бұйрығы", MVD 1999)
    ("Қазақстан Республикасы Ішкі ісминінің", "Министерства внутренних дел Республики Казахстан"),
])
def test_a_body_s_kazakh_and_russian_names_are_one_known_organisation(kk, ru):
    """An amending act cited in both languages is one node only when its body is: a body the registry does not know
    is a node of its words in each language."""
    from kg.orgs import canonical

    assert canonical(kk).en and canonical(kk) == canonical(ru)


def test_a_body_whose_name_lost_a_space_where_the_portal_joined_lines_is_the_body():
    """A note of MVD 2017 № 240: "… в редакции приказа Министра по чрезвычайнымситуациям РК от 20.01.2021 № 19": the
    Ministry of Emergency Situations, as the same note names it with the space in its other parts (it had been a body of
    its own, with no English name, known nowhere else)."""
    from kg.orgs import canonical

    glued = canonical("Министра по чрезвычайнымситуациям РК")
    assert glued.en == "Ministry of Emergency Situations" and glued == canonical("Министра по чрезвычайным ситуациям РК")


def test_the_labour_ministry_misnamed_in_an_approval_is_the_labour_ministry():
    """MVD 2020 № 623 (qualification characteristics) is agreed by "Қазақстан Республикасының Еңбек және әлеуметтік
    даму министрлігі", a name no ministry had: the labour ministry of that time, which agrees such characteristics (it
    had been a body of its own words); the ministry of health and social development stays itself."""
    from kg.orgs import canonical

    labour = canonical("Қазақстан Республикасының Еңбек және әлеуметтік даму министрлігі")
    assert labour == canonical("Еңбек және халықты әлеуметтік қорғау министрлігі") and labour.en.startswith("Ministry of Labour")
    assert canonical("Денсаулық сақтау және әлеуметтік даму министрлігі").en == "Ministry of Health and Social Development"


def test_the_union_s_ministry_is_a_body_of_its_own_the_republic_s_is_another():
    """MVD 1993 repeals "приказы МВД СССР: от 20 апреля 1987 года N 87, …": the USSR's Ministry of Internal Affairs, a
    body of the registry (it had been a node of its words, with no English name), not the Republic's ministry."""
    from kg.orgs import canonical

    union = canonical("МВД СССР")
    assert union.en == "Ministry of Internal Affairs of the USSR" and union == canonical("Министра внутренних дел СССР")
    assert canonical("МВД").en == "Ministry of Internal Affairs"
    # (… and in Kazakh by the Union's Russian letters too, as the Kazakh text of order N 253 of 1993 names it: "СССР
    # Iшкi iстер министрлiгiнiң 1985 жылғы қарашаның 1-iндегi N 211 бұйрығы", the order the Russian text calls "Приказ
    # МВД СССР от 1 ноября 1985 года N 211": one act)
    assert canonical("СССР Ішкі істер министрлігінің") == union == canonical("КСРО Ішкі істер министрінің")


def test_renamings_point_at_known_organisations():
    known = {o["kk"] for o in organisations()}
    for o in organisations():
        for succ in o.get("became", {}).get("into", []):
            assert succ in known, succ


# letter inventories (not phrases) and messages to the reader, the only Cyrillic the code may spell
LETTERS = {"ӘәҒғҚқҢңӨөҰұҮүҺһІі", "ЂђЉљЊњЋћЌќЎўЏџЃѓ", "әіңғүұқөһӘІҢҒҮҰҚӨҺ", "аеиоуыбвгдклмнпрстАЕИОУБВГДКЛМНПРСТ",
           "іІасеорхуАВСЕНКМОРТХ"}
MESSAGES = {": no operative part (no 'БҰЙЫРАМЫН:' / 'ПРИКАЗЫВАЮ:' and no numbered point)"}


def _literals(path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_drafting_phrase_outside_the_lexicon():
    """A Kazakh or Russian word in code is a phrase the lexicon should hold (with examples); character
    classes ("[А-ЯӘІ]"), single letters (transliteration, look-alikes) and messages are not phrases."""
    from pathlib import Path

    word = re.compile(r"[а-яёәіңғүұқөһ]{2,}", re.I)
    found = []
    for path in sorted((Path(__file__).resolve().parent.parent / "kg").rglob("*.py")):
        for line, value in _literals(path):
            if value in LETTERS or value in MESSAGES:
                continue
            if word.search(re.sub(r"\[[^\]]*\]", "", value)):
                found.append(f"{path.name}:{line}: {value[:60]!r}")
    assert not found, found


def test_each_law_s_titles_name_one_law():
    from kg.laws import law_name
    from kg.lexicon import law_patterns, laws

    for entry in laws():
        for title in entry["ru"] + entry["kk"]:
            assert law_name("law", title) == (entry["kind"], entry["ru"][0]), title
    # (the first title is the law's title in the graph: a code's in the nominative, not in the genitive its
    # citations are read in, "Водного кодекс")
    assert not [e["ru"][0] for e in laws() if e["kind"] == "code" and re.search(r"ого\b", e["ru"][0])]
    for entry in law_patterns():
        named = {law_name("law", e)[1] for e in entry["examples"]}
        assert all(re.search(r"\d{4}", n) for n in named) and len(named) == len(entry["examples"]) // 2, named


def test_registry_reached_grows_year_by_year():
    """The register's numbers only grow: each year of `registry_reached` after the one before, each figure above the
    last (a figure mistyped would leave out true registrations, or keep portal codes)."""
    reached = phrases()["registry_reached"]
    years = sorted(reached)
    assert years == list(range(years[0], years[-1] + 1))
    assert all(reached[a] < reached[b] for a, b in zip(years, years[1:]))
