"""Hostile input: every case ends in a parsed document or an error naming file and line,
the rest of the corpus still loads, and nothing but the project's own errors is raised."""
from __future__ import annotations

import random
import re
import time

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.build import build
from kg.errors import KzlexError
from kg.parse import parse_bytes, parse_text
from kg.patterns import forget_texts
from kg.store import GraphStore

from .conftest import CORPUS, DATA
from .test_parse_genres import doc_meta

FIXTURES = DATA.parent / "tests" / "fixtures"
LOCATED = re.compile(r"[\w.-]+:\d+: ")


def corpus_text(name: str) -> str:
    return next(p for p in CORPUS if p.name.startswith(name)).read_text(encoding="utf-8")


def bad_inputs() -> dict[str, bytes]:
    order = corpus_text("003")
    ru = (FIXTURES / "ru_rules.txt").read_text(encoding="utf-8")
    rng = random.Random(5)
    return {
        "empty.txt": b"",
        "blank.txt": b"\n \n\t\n",
        "binary.txt": bytes(rng.randrange(256) for _ in range(4096)) + b"\x00",
        "utf16.txt": order.encode("utf-16"),
        "cp1251.txt": ru.encode("cp1251"),
        "latin1-noise.txt": bytes(rng.choice(range(0x80, 0xC0)) for _ in range(3000)),
        "page.html.txt": ("<!doctype html><html><head><title>x</title><style>p{}</style></head><body>"
                          + "".join(f"<p>{line}</p>" for line in order.splitlines()) + "</body></html>").encode(),
        "long-line.txt": ("сыбайлас жемқорлыққа қарсы № 5 " * 350_000).encode(),
        "unbalanced-quotes.txt": corpus_text("002").replace('"7) қашықтан', "7) қашықтан", 1).encode(),
        "nested-quotes.txt": corpus_text("002").replace('"Еңбек нарығы"', '«"Еңбек «нарығы»"»').encode(),
        "many-lines.txt": b"\xd0\xb0\n" * 300_000,
    }


def _best_parse_seconds(text: str, name: str) -> float:
    best = float("inf")
    for _ in range(2):  # the better of two runs: a busy machine must not fail the test, a slow parser will
        forget_texts()  # (the second run reads the lines anew, not from the parser's memo of the first)
        start = time.perf_counter()
        try:
            parse_text(text, name)
        except KzlexError:
            pass
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def ordinary_megabyte_seconds() -> float:
    """The time to read a megabyte of an ordinary order (the corpus's first, its points repeated) on this machine."""
    head = corpus_text("001")
    body = "\n".join(head.splitlines()[20:])
    return _best_parse_seconds(head + ("\n" + body) * int(1.0e6 // len(body.encode("utf-8"))), "ordinary.txt")


@pytest.mark.parametrize("name", list(bad_inputs()))
def test_bad_input_parses_or_fails_with_file_and_line(name, ordinary_megabyte_seconds):
    """… in no more time a megabyte than an ordinary order's megabyte takes on the same machine (the 20 MB line takes
    10-12 s here, at the base's reader too: an absolute bound of 10 s had let a slow day fail it)."""
    data = bad_inputs()[name]
    start = time.monotonic()
    try:
        doc = parse_bytes(data, name)
    except KzlexError as exc:
        assert str(exc).startswith(f"{name}:") and LOCATED.match(str(exc)), str(exc)
    else:
        assert doc.act is not None and doc.lines_total > 0
    assert time.monotonic() - start < max(1.0, len(data) / 1e6) * ordinary_megabyte_seconds


def test_decodable_variants_give_the_same_act():
    inputs = bad_inputs()
    assert parse_bytes(inputs["utf16.txt"], "u").act.ref.number == "399"
    assert parse_bytes(inputs["page.html.txt"], "h").act.ref.registration == "33455"
    assert parse_bytes(inputs["cp1251.txt"], "c").act.ref.number == "400"


def test_bad_files_do_not_stop_the_build(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in CORPUS:
        (corpus / p.name).write_bytes(p.read_bytes())
    for name, data in bad_inputs().items():
        (corpus / f"zz-{name}").write_bytes(data)
    report = build([corpus], GraphStore(tmp_path / "st"))
    loaded = {d.file.rsplit("/", 1)[-1] for d in report.docs if not d.error}
    assert {p.name for p in CORPUS} <= loaded
    for d in report.failed:
        assert re.search(r"zz-[\w.-]+:\d+: ", d.error), d.error


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:3])
def test_truncated_documents(path):
    data = path.read_bytes()
    rng = random.Random(path.name)
    for cut in sorted(rng.sample(range(1, len(data)), 50)):
        piece = data[:cut]
        try:
            doc = parse_bytes(piece, path.name)
        except KzlexError as exc:
            assert LOCATED.match(str(exc)), str(exc)
        else:
            assert 0 < doc.lines_understood <= doc.lines_total


DRAFTING = st.sampled_from([
    "БҰЙЫРАМЫН:", "ПРИКАЗЫВАЮ:", '1. "Т" Қазақстан Республикасы Еңбек министрінің 2020 жылғы 30 желтоқсандағы № 553 бұйрығына '
    "мынадай өзгерістер енгізілсін:", "көрсетілген бұйрықпен бекітілген қағидаларда:", "2-тармақта:",
    '5-тармақ мынадай редакцияда жазылсын:', '"5. Жаңа.";', '"', '";', "11) және 12) тармақшалар алып тасталсын;",
    "Ескерту. 6-тармақ жаңа редакцияда - ҚР Қаржы министрінің 27.01.2025 № 22 бұйрығымен.", "\"Келісілді\"",
    "Қазақстан Республикасы Еңбек министрінің 2024 жылғы 20 маусымдағы № 207 бұйрығы", "102-параграф. Маман",
    "311-1. Лауазымдық міндеттері:", "215-4\tЦифрлық заңгер\t§ 118", "Х бас сарапшысы (2 бірлік), С-4 санаты, 1-01-01",
    "Критерийлер\tТалаптар", "Білімі\tЖоғары", "№ № №", "(((", "с ә й к е с", "**", "## ", "- 4) x", "",
    "Приложение к приказу Министра от 1 мая 2020 года № 5", "Утверждены приказом", "бекітілген", "1-қосымша",
    '<a id="p2"', '<a id="p4"></a>', "> *Сноска. Пункт 2 исключен*", "```", "<table>", "<td>x</td>", "| a | b |",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(DRAFTING, st.text(max_size=40)), max_size=60))
def test_parser_raises_only_its_own_errors(lines):
    try:
        doc = parse_text("\n".join(lines), "fuzz.txt")
    except KzlexError as exc:
        assert LOCATED.match(str(exc))
    else:
        assert doc.lines_understood <= doc.lines_total


ADVERSARIAL = {
    "quotes": '"а" ' * 250_000,
    "letter-spacing": "с ә й к е с " * 85_000,
    "numbers-and-units": "1) 2-тармақ 3. 4-бөлім " * 45_000,
    "signs": "№ 5 бұйрығы № 6 " * 62_000,
    "semicolons": " ;x" * 330_000,
    "long-words": ("ж" * 5000 + " ") * 100,
    "wrapped": "мынадай\nредакцияда\nжазылсын\n" * 35_000,
    "markdown": "**#** | a | b |\n" * 70_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_no_adversarial_megabyte_costs_more_than_an_ordinary_one(name, ordinary_megabyte_seconds):
    """Each adversarial megabyte reads in less time than a megabyte of an ordinary order on the same machine (here
    0.8-1.1 s against 3.1-3.9 s; an absolute bound of 1 s failed on a slow day at 1.06 s, the base's reader as slow)."""
    text = ADVERSARIAL[name]
    assert 0.9e6 < len(text.encode("utf-8")) < 2.2e6
    assert _best_parse_seconds(text, name) < ordinary_megabyte_seconds


def _mutate(lines: list[str], ops: list[tuple[str, int, int]]) -> list[str]:
    out = list(lines)
    for op, i, j in ops:
        if not out:
            break
        i, j = i % len(out), j % len(out)
        if op == "delete":
            del out[i]
        elif op == "duplicate":
            out.insert(j, out[i])
        elif op == "swap":
            out[i], out[j] = out[j], out[i]
        elif op == "cut":
            out[i] = out[i][: j % (len(out[i]) + 1)]
        elif op == "digits":
            out[i] = re.sub(r"\d", str(j % 10), out[i])
        elif op == "index-row":
            out.insert(i, f"{j}-1\tИнженер\t§ {j % 300}")
        elif op == "join":
            out[i] = out[i] + " " + out[j]
    return out


MUTATION = st.tuples(st.sampled_from(["delete", "duplicate", "swap", "cut", "digits", "index-row", "join"]),
                     st.integers(0, 10_000), st.integers(0, 10_000))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=st.sampled_from(CORPUS), ops=st.lists(MUTATION, min_size=1, max_size=12))
def test_a_mutated_document_loads_or_fails_with_file_and_line_never_a_traceback(tmp_path_factory, doc, ops):
    """Read, parse and map in one: any mutant ends as quads or as its own `file:line: reason`,
    never as an exception out of the build and never as an internal error (a bug)."""
    from kg.build import parse_and_map
    from kg.iri import DEFAULT_BASE

    folder = tmp_path_factory.mktemp("mut")
    path = folder / doc.name
    path.write_text("\n".join(_mutate(doc.read_text(encoding="utf-8").splitlines(), ops)), encoding="utf-8")
    _, _, quads, summary = parse_and_map((str(path), DEFAULT_BASE))
    if quads is None:
        assert LOCATED.search(summary.error) and "internal error" not in summary.error, summary.error
    else:
        assert quads and not summary.error


def test_a_crashing_document_sorted_first_leaves_the_others_loaded(tmp_path):
    """An index row outside any appendix once raised IndexError in the mapper and aborted the build."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "000_bad.txt").write_text("Қазақстан Республикасы Еңбек министрінің 2024 жылғы 15 тамыздағы № 9 бұйрығы\n"
                                        "      БҰЙЫРАМЫН:\n101-1\tИнженер\t§ 102\n", encoding="utf-8")
    for p in CORPUS:
        (corpus / p.name).write_bytes(p.read_bytes())
    store = GraphStore(tmp_path / "st")
    report = build([corpus], store)
    assert {d.file.rsplit("/", 1)[-1] for d in report.docs if not d.error} >= {p.name for p in CORPUS}
    assert not store.needs_repair()
    for d in report.failed:
        assert "internal error" not in d.error and LOCATED.search(d.error), d.error


def _long_lists(n: int) -> tuple[str, str]:
    """An instruction naming n points, and n instructions: the two pathological amendment lists."""
    head = "\n".join(corpus_text("001").splitlines()[:20])
    one = head + "\n      " + ", ".join(str(i) for i in range(1, n + 1)) + "-тармақтар алып тасталсын;\n"
    many = head + "\n" + "\n".join(f"      {i}-тармақ алып тасталсын;" for i in range(1, n + 1)) + "\n"
    return one, many


def _timed(path, *more) -> tuple[float, int]:
    """(seconds, characters of all literals) of reading and mapping the document at `path` once."""
    from kg.build import parse_and_map
    from kg.iri import DEFAULT_BASE

    forget_texts()
    start = time.perf_counter()
    _, _, q, summary = parse_and_map((str(path), DEFAULT_BASE, *more))
    took = time.perf_counter() - start
    assert q, summary.error
    return took, sum(len(x.object.value) for x in q if isinstance(x.object, ox.Literal))


def _parse_and_map_seconds(text: str, tmp_path, name: str, *more) -> tuple[float, int]:
    """(best seconds, characters of all literals) of reading and mapping one document (`more`: the task's name,
    meta.yaml and language, for a text of the corpus layout)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    # (the better of two runs: a busy machine must not fail the test, a quadratic step will)
    runs = [_timed(path, *more) for _ in range(2)]
    return min(t for t, _ in runs), runs[-1][1]


def _interleaved_seconds(texts: dict[str, str], tmp_path, rounds: int = 3) -> dict[str, tuple[float, int]]:
    """{name: (best seconds, characters of all literals)} of reading and mapping each text, the texts run in turn
    `rounds` times: a machine busy for a while slows each of them alike, so the ratios between them hold (one
    measured after the other had let a busy spell fall on one alone: 6.5× where linear is 4×, the bound 6.4×)."""
    out: dict[str, tuple[float, int]] = {}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for _ in range(rounds):
        for name in texts:
            took, chars = _timed(tmp_path / name)
            out[name] = (min(took, out.get(name, (took, 0))[0]), chars)
    return out


def test_long_amendment_lists_are_read_in_linear_time(tmp_path):
    """"1, 2, …, N-тармақтар алып тасталсын" and N one-line instructions: reading and mapping cost
    grows with N, not N² (the instruction's text was once hashed and stored once per point)."""
    small, large = 750, 6_000
    # (the cost of an amendment against that of a point of plain text on the same machine: an absolute bound failed
    # on a slower one, 0.55 ms an amendment against 0.5)
    head = "\n".join(corpus_text("001").splitlines()[:20])
    plain = head + "\n" + "\n".join(f"{i}. Бұл тармақ өз мәтінімен оқылады." for i in range(1, large + 1)) + "\n"
    for form in (0, 1):
        timed = _interleaved_seconds({"plain.txt": plain, f"s{form}.txt": _long_lists(small)[form],
                                      f"l{form}.txt": _long_lists(large)[form]}, tmp_path)
        (t_plain, _), (t_small, q_small), (t_large, q_large) = timed.values()
        assert q_large < 8 * q_small * 1.3, (form, q_small, q_large)  # the text is stored once, not per point
        assert t_large < 5 * t_plain, f"{t_large / t_plain:.1f}× a plain point's cost an amendment"
        # linear is 8×, quadratic 64×: twice linear is the bound (a check machine once measured 6.4× for a 4× spread
        # here, where this one measures 4.1×: bounds of 1.6× linear on a 4× spread were noise, not a finding)
        assert t_large < 8 * t_small * 2, (form, t_small, t_large)


def test_a_five_million_character_line_is_cut_with_a_warning(tmp_path):
    """Once 18 s to build and 120 s to validate: now cut into bounded pieces at read time, each
    reported as text not understood, with a warning naming the line. The build's time grows with the line's length,
    not its square: measured against a line an eighth as long on the same machine (an absolute bound of 8 s failed on
    a machine where this build takes 8.1 s, as it did before any change)."""
    from kg.validate import validate_store

    def built(name: str, repeat: int):
        lines = corpus_text("003").splitlines()
        lines.insert(40, "сыбайлас жемқорлыққа қарсы " * repeat)
        corpus = tmp_path / name
        corpus.mkdir()
        (corpus / "long.txt").write_text("\n".join(lines), encoding="utf-8")
        store = GraphStore(tmp_path / f"{name}-st")
        start = time.perf_counter()
        report = build([corpus], store)
        return time.perf_counter() - start, report, store

    t_eighth, _, _ = built("eighth", 185_000 // 8)
    t_whole, report, store = built("c", 185_000)
    assert t_whole < 8 * t_eighth * 2, (t_eighth, t_whole)  # linear is 8×, quadratic 64×
    (doc,) = report.docs
    assert not doc.error and doc.act
    cut = [re.match(r".*long\.txt:(\d+): a line of ([\d,]+) characters, read as \d+ pieces", w) for w in doc.warnings]
    assert any(m and 36 <= int(m.group(1)) <= 41 and int(m.group(2).replace(",", "")) >= 4_995_000 for m in cut), cut
    assert sum(len(t) for _, t in doc.unparsed) > 4_000_000  # reported, not silently dropped
    start = time.perf_counter()
    validate_store(store)
    assert time.perf_counter() - start < 8


@pytest.mark.parametrize("number", ["З99", "３９９", "٣٩٩", "۳۹۹"])
def test_look_alike_digits_name_the_same_act(number):
    """"№ З99" (Cyrillic Ze), full-width and Arabic-Indic digits once loaded as other acts 399."""
    from kg.iri import Minter

    text = corpus_text("003")
    plain = parse_text(text, "a.txt")
    other = parse_text(text.replace("№ 399", f"№ {number}", 1).replace("2023 жылғы 21", "２０２３ жылғы ٢١", 1), "b.txt")
    assert Minter().act(other.act.ref) == Minter().act(plain.act.ref)


def test_an_impossible_date_is_refused_with_file_and_line():
    text = corpus_text("003").replace("2023 жылғы 21 қыркүйектегі", "2023 жылғы 31 ақпандағы", 1)
    with pytest.raises(KzlexError, match=r"^x\.txt:\d+: impossible date '2023 жылғы 31 ақпандағы'"):
        parse_text(text, "x.txt")
    from kg.patterns import find_dates

    assert find_dates("31.02.2023 және 29.02.2024") == [("2024-02-29", 16, 26)]  # never "2023-02-31"


def test_validate_reports_an_ill_typed_date_without_a_traceback(tmp_path):
    import subprocess
    import sys

    from .conftest import fresh_store

    path = fresh_store(tmp_path / "st")
    store = GraphStore(path)
    act = "https://w3id.org/kzlex/id/act/x/2023-02-31/1"
    triples = (f"<{act}> a <http://data.europa.eu/eli/ontology#LegalResource>, <https://w3id.org/kzlex/ontology#Order> ;"
               f' <http://data.europa.eu/eli/ontology#number> "1" ; <http://data.europa.eu/eli/ontology#date_document>'
               f' "2023-02-31"^^<http://www.w3.org/2001/XMLSchema#date> .')
    store.update(f"INSERT DATA {{ GRAPH <urn:g> {{ {triples} }} }}")
    store.sync_default()
    store.flush()
    del store
    p = subprocess.run([sys.executable, "-m", "kg.cli", "validate", "--store", str(path)], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 1 and "Traceback" not in p.stderr + p.stdout, p.stderr
    assert "ActIdentityShape" in p.stdout


def test_a_kz1048_file_is_read_as_kazakh():
    """KZ-1048, the Kazakh code page, was once reported as "no act identity"."""
    text = corpus_text("003")
    doc = parse_bytes(text.encode("kz1048"), "kz.txt")
    assert doc.act.ref.number == "399" and doc.act.ref.registration == "33455"
    assert any("KZ-1048" in w for w in doc.warnings)
    assert doc.units == parse_text(text, "kz.txt").units


def test_a_file_cut_inside_a_utf8_character_keeps_its_readable_part():
    data = corpus_text("003").encode("utf-8")
    cut = data[: data.rindex("ә".encode()) + 1]  # the first byte of a two-byte letter, then the end
    doc = parse_bytes(cut, "cut.txt")
    assert doc.act.ref.number == "399"
    assert any(re.match(r"cut\.txt:\d+: the file ends inside a UTF-8 character", w) for w in doc.warnings), doc.warnings


def test_many_agreements_side_by_side_are_read_in_linear_time():
    # the columns of agreements printed side by side are split by trying the ways to cut their lines: a document of
    # thousands of such blocks reads a few of them that way and reports the rest, in linear time: four times the blocks
    # take about four times as long (sixteen, were each block to cost by the ones before it), under 3 s a megabyte (the
    # best of three runs each: this machine's timings vary by a third from run to run)
    from kg.model import ActMeta, ActRef
    from kg.orgs import by_code

    block = ('"Согласовано" "Согласовано"\n\nПредседатель Комитета Министр обороны Министр юстиции Председатель Агентства'
             '\n\nНациональной безопасности Республики Казахстан Республики Казахстан по делам\n\nРеспублики Казахстан '
             'Министерства финансов Республики Казахстан\n\n11 марта 2003 г.\n\n')
    meta = ActMeta(ActRef("111", "2003-03-01", by_code("103003000000"), "order"))

    def best(blocks: int) -> tuple[float, float, object]:
        text = ("# Т\n\nприказываю:\n\n1. Утвердить.\n\n*Министр*\n\n" + block * blocks + "> *Утверждена*  \n"
                "> *приказом Министра внутренних дел*  \n> *от 1 марта 2003 г. N 111*\n\n## Инструкция\n\n1. Текст.\n")
        least = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            d = parse_text(text, "rus.md", meta=meta)
            least = min(least, time.perf_counter() - start)
        return least, len(text.encode("utf-8")) / 1e6, d

    small, _, _ = best(750)
    large, mb, d = best(3000)
    assert large < 4 * small * 1.75, (small, large)  # linear is 4×, quadratic 16×
    assert large < 3.0 * mb, (large, mb)
    assert d.unparsed  # the blocks not read are reported, not dropped


def _rules_with_notes(points: int) -> str:
    """Rules an order approved, in the corpus markdown, every point rewritten by an order its note names (as in the
    MVD's rules of 2015 amended each year since)."""
    tail = "(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)"
    out = ["# Об утверждении Правил\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые Правила.\n\n**К. Касымов**\n\n"
           "> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республики Казахстан*  \n"
           "> *от 13 февраля 2015 года № 112*\n\n## Правила\n\n"]
    for n in range(1, points + 1):
        if n % 50 == 1:
            out.append(f"### Глава {n // 50 + 1}. Порядок\n\n")
        out.append(f"{n}. Услугодатель в течение двух рабочих дней проверяет полноту представленных документов.\n\n"
                   f"> *Сноска. Пункт {n} в редакции приказа Министра по чрезвычайным ситуациям РК от 18.08.2025 "
                   f"№ 334 {tail}.*\n\n")
    return "".join(out)


def test_history_notes_of_long_rules_are_read_in_linear_time(tmp_path):
    """A note is read against the units read before it: those were once built anew, texts and all, for every note,
    so rules of 4,800 points (1.6 million characters, a note under every seventh) took 7.2 s to read, half of them 2.4."""
    meta = ("act_code: '87896'\nrequisite: Приказ Министра внутренних дел Республики Казахстан от 13 февраля 2015 года "
            "№ 112\nform: ПРИК\napproved_on: 2015-02-13\napproved_by:\n- '103003000000'\n")
    seconds = {}
    for n in (200, 1_600):
        folder = tmp_path / f"a{n}"
        folder.mkdir()
        (folder / "meta.yaml").write_text(meta, encoding="utf-8")
        seconds[n], _ = _parse_and_map_seconds(_rules_with_notes(n), folder, "rus.md", None,
                                               str(folder / "meta.yaml"), "ru")
    assert seconds[1_600] < 8 * seconds[200] * 2, seconds  # linear is 8×, quadratic 64×


def test_a_register_drawn_one_cell_a_line_is_read_not_refused():
    """Natural norms of the MVD (2021) draw their tables one cell a line, 23 cells and 25 lines a row: 2,800 rows had
    passed the bound on a document's lines (60,000) and the whole act was refused as "not the text of one act". The
    bound counts a cell a quarter of a line and the table's markup nothing: the act is read, every row of it."""
    row = ("<tr>\n<td>{n}</td>\n<td>Мобильный комплекс для производства проверки следов рук по дактилоскопическому учету"
           "</td>\n<td>комплект</td>\n<td>1</td>\n<td>1</td>\n" + '<td colspan="3">1</td>\n<td colspan="2"></td>\n' * 3
           + '<td colspan="2">5 лет</td>\n' * 4 + '<td colspan="2"></td>\n' * 6 + "</tr>\n")
    text = ("# Об утверждении натуральных норм\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить прилагаемые натуральные нормы.\n\n"
            "**Е. Тургумбаев**\n\n> *Утверждены приказом*  \n> *Министра внутренних дел*  \n> *Республика Казахстан*  \n"
            "> *от 26 апреля 2021 года*  \n> *№ 239*\n\n## Натуральные нормы\n\n"
            "## Глава 1 Технико-криминалистические средства\n\n<table>\n"
            + "".join(row.format(n=n) for n in range(1, 2_801)) + "</table>\n")
    assert text.count("\n") > 60_000
    d = doc_meta(text, "rus.md", "239", "2021-04-26", "103003000000")
    (table,) = [u for u in d.units if u.path[-1][0] == "table"]
    assert table.text.count("\n") + 1 == 2_800
    assert d.coverage == 1.0


def test_the_parser_s_memo_of_lines_hands_out_a_new_answer_each_time():
    # a line is read by several rules in turn, so what it names is remembered; a caller changing the list it got must
    # not change what the next one gets, and a long text is read each time (not kept)
    from kg.patterns import find_act_refs, find_dates

    line = "приказом Министра юстиции Республики Казахстан от 9 апреля 2010 года № 110"
    first = find_act_refs(line)
    first.append("changed")
    again = find_act_refs(line)
    assert [(r.number, r.date) for r, _, _ in again] == [("110", "2010-04-09")]
    forget_texts()
    assert find_act_refs(line) == again
    long = (line + "; ") * 60
    assert len(long) > 2000 and len(find_act_refs(long)) == 60 and len(find_dates(long)) == 60
