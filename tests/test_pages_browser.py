"""The reader's pages as a person sees them, rendered by headless Chromium (Debian's `chromium`).

Each test writes a screenshot of the page it reads to the artifacts folder
(``$KZLEX_ARTIFACTS``, default ``artifacts/screenshots`` in the repository)."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from html import unescape
from pathlib import Path

import pytest

from kg.build import build
from kg.store import GraphStore

from .conftest import ROOT, load_synth
from .servers import kg_serve, require_binary

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]  # a container's /dev/shm is often 64 MB: Chromium crashes when it fills
ACT_553 = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553"
ACT_207 = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2024-06-20/207"
POINT_551 = ACT_553 + "/app/1/p/551"
ARTIFACTS = Path(os.environ.get("KZLEX_ARTIFACTS", ROOT / "artifacts" / "screenshots"))


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    """Run headless Chromium once with a profile of its own. A run the system killed by a signal (a crash of the
    browser, not an answer of the page) is run again, twice at most; every other failure fails the test."""
    for attempt in range(3):
        profile = tempfile.mkdtemp(prefix="profile-", dir=tmp)
        p = subprocess.run([args[0], *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", *args[1:]],
                           capture_output=True, text=True, timeout=120)
        if p.returncode >= 0:
            break
        print(f"chromium killed by signal {-p.returncode} (run {attempt + 1}): {p.stderr[-300:]}")
    assert p.returncode == 0, p.stderr[-500:]
    return p


def _chromium_renderer(url: str, tmp: Path):
    chromium = require_binary("chromium")

    def render(path: str, shot: str | None = None) -> str:
        if shot:  # the screenshot first, from the same page the test then reads
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            _chromium([chromium, f"--screenshot={ARTIFACTS / (shot + '.png')}", "--window-size=1280,1600", url + path],
                      tmp)
        return _chromium([chromium, "--dump-dom", url + path], tmp).stdout
    return render


@pytest.fixture(scope="module")
def browse(corpus_store, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    require_binary("chromium")
    with kg_serve(corpus_store.path, tmp) as (url, _):
        yield _chromium_renderer(url, tmp)


def visible_text(dom: str) -> str:
    dom = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", dom)))


def section(dom: str, anchor: str) -> str:
    start = dom.index(f'id="{anchor}"')
    nxt = dom.find("<h2", start + 1)
    return visible_text(dom[start:nxt if nxt != -1 else None])


def test_act_553_on_the_day_after_order_207(browse):
    dom = browse(ACT_553 + "?date=2024-06-21", shot="act-553-2024-06-21")
    text = section(dom, "text")
    assert "Text as in force on 2024-06-21" in text
    # point 551 as order 207 rewrote it, credited to that order
    assert re.search(r"551\. Біліктілікке қойылатын талаптар: .*учаске механигі не жөндеу шеберханасының механигі\. "
                     r"\[rewritten by order № 207 of 2024-06-20", text)
    assert "§ 116 . Нутрициолог" in text and "653-4." in text  # the inserted § and its points
    assert text.index("§ 115") < text.index("§ 116") < text.index("§ 117")  # in document order
    changes = section(dom, "changes-in")
    assert "§ 116 · Нутрициолог inserted by order № 207 of 2024-06-20" in changes
    assert changes.count("by order № 207") == 25


def test_act_553_on_the_day_before_order_207(browse):
    dom = browse(ACT_553 + "?date=2024-06-19", shot="act-553-2024-06-19")
    text = section(dom, "text")
    assert "Нутрициолог" not in text and "§ 116" not in text  # inserted later
    # point 551 is part of the act that day, its wording then is not in the corpus: said in place
    assert re.search(r"§ 80 \. Механик 551-тармақ — wording on 2024-06-19 not in the corpus", text)
    assert "учаске механигі" not in text


def test_language_switch_and_plain_text(browse):
    dom = browse(ACT_553 + "?date=2024-06-21&lang=ru")
    assert 'option value="ru" selected' in dom
    plain = browse(ACT_553 + "?date=2024-06-21&format=text")
    assert "as in force on 2024-06-21 (kk)" in plain and "Нутрициолог" in plain


def test_act_page_of_207_lists_what_it_changes(browse):
    dom = browse(ACT_207, shot="act-207")
    text = section(dom, "amendments-out")
    assert text.count("in order № 553 of 2020-12-30") >= 25
    for point in ("551", "791", "854"):
        assert f"point {point} rewritten" in text
    assert "§ 116 · Нутрициолог inserted" in text
    approvals = section(dom, "approvals")
    assert "Қаржы министрлігі" in approvals and "Энергетика министрлігі" in approvals
    assert "amended_by" not in dom and "has_part" not in dom and "sourceLine" not in visible_text(dom)


def test_a_laws_page_lists_who_stands_on_it(browse):
    """The law on civil service of 1999 has no text in the corpus: its page is headed by its title and day and says
    which act stands on it, linked, and on which of its units."""
    dom = browse("/id/law/o-gosudarstvennoi-sluzhbe-respubliki-kazakhstan-1999-07-23", shot="law-civil-service")
    assert "<h1>law «Мемлекеттік қызмет туралы» of 1999-07-23" in dom and "Order № None" not in dom
    assert "order № 152-Ө of 2014-04-07 stands on Article 13, point 5" in section(dom, "cited-by")
    listed = dom[dom.index('id="cited-by"'):]
    assert 'href="/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2014-04-07/152-' in listed[:listed.index("</ul>")]


def test_unit_page_of_point_551(browse):
    dom = browse(POINT_551, shot="point-551")
    assert "<h1>point 551</h1>" in dom
    crumbs = visible_text(dom[dom.index('<nav class="crumbs"'):dom.index("<h1>")])
    assert crumbs.startswith(" order № 553 of 2020-12-30 › Appendix 1 › Chapter 2") and "§ 80 · Механик › point 551" in crumbs
    versions = section(dom, "versions")
    assert "Its wording before 2024-06-20 is not in the corpus." in versions
    assert versions.count("original text") == 0  # no invented original version
    assert "2024-06-20 – today: rewritten by order № 207 of 2024-06-20" in versions
    assert versions.count("учаске механигі не жөндеу") == 1  # the text once
    assert "551." not in versions  # no number prefix the original lacks


def test_inserted_paragraph_starts_at_its_insertion(browse):
    dom = browse(ACT_553 + "/app/1/ch/2/sec/2/par/116", shot="paragraph-116")
    assert "<h1>§ 116 · Нутрициолог</h1>" in dom
    versions = section(dom, "versions")
    assert "inserted by order № 207" in versions and "not in the corpus" not in versions
    assert "original text" not in versions


def test_home_lists_every_act_and_filters(browse, corpus_store):
    known = {r["a"].value for r in corpus_store.query(
        "SELECT DISTINCT ?a WHERE { ?a a <http://data.europa.eu/eli/ontology#LegalResource> }")}
    dom = browse("/", shot="home")
    rows = re.findall(r'<tr><td><a href="([^"]+)">', dom[dom.index('id="acts"'):])
    assert {"https://w3id.org/kzlex" + r.replace("/id/", "/id/", 1) for r in rows} == known
    assert ACT_553 in rows
    filtered = browse("/?year=2024")
    rows_2024 = re.findall(r'<tr><td><a href="[^"]+">[^<]*</a></td><td>([^<]*)</td>', filtered)
    assert rows_2024 and all(d.startswith("2024") for d in rows_2024)


def test_search_box_and_page(browse):
    dom = browse("/search?q=%D0%BD%D1%83%D1%82%D1%80%D0%B8%D1%86%D0%B8%D0%BE%D0%BB%D0%BE%D0%B3%D1%82%D1%8B%D2%A3",
                 shot="search")  # нутрициологтың
    assert 'name="q"' in dom and "§ 116 · Нутрициолог" in visible_text(dom) and "<mark>" in dom


def test_position_and_validation_pages(browse):
    dom = browse(ACT_553 + "/app/1/ch/2/sec/2/par/116/position", shot="position")
    text = visible_text(dom)
    assert "Нутрициолог" in text and "Duties" in text and "тамақтану жоспарын дайындайды" in text
    assert "duties as in force on 2024-06-20" in text
    report = visible_text(browse("/validation", shot="validation"))
    assert "conforms: false — 3 violations" in report and "000_1204b08a91af53df.txt:618" in report


def test_query_pages(browse):
    dom = browse("/sparql?format=html&query=SELECT%20%3Fn%20WHERE%20%7B%20%3Fa%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23number%3E%20%3Fn%20%7D%20ORDER%20BY%20%3Fn%20LIMIT%202")
    text = visible_text(dom)
    assert "1019" in text and "2 rows" in text
    form = browse("/query", shot="query")
    assert "PREFIX eli: &lt;http://data.europa.eu/eli/ontology#&gt;" in form and 'href="/query?example=position"' in form
    assert '<select name="format"' in form
    named = browse("/queries", shot="queries")
    assert 'action="/queries/unit-history"' in named and 'name="unit"' in named
    ran = visible_text(browse("/queries/position?position=%D0%9D%D1%83%D1%82%D1%80%D0%B8%D1%86%D0%B8%D0%BE%D0%BB%D0%BE%D0%B3"
                              "&format=html", shot="named-query-position"))
    assert "тамақтану жоспарын дайындайды" in ran and re.search(r"\b18 rows", ran)


# --- a unit changed twice, from the synthetic corpus --------------------------------------



@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    require_binary("chromium")
    tmp = tmp_path_factory.mktemp("synthetic")
    load_synth().generate(60, tmp / "corpus", seed=7)
    store = GraphStore(tmp / "store")
    build([tmp / "corpus"], store)
    rows = list(store.query("""PREFIX kzl: <https://w3id.org/kzlex/ontology#>
        SELECT ?u ?lang WHERE { ?v kzl:versionOf ?u ; kzl:text ?t } GROUP BY ?u (LANG(?t) AS ?lang)
        HAVING (COUNT(DISTINCT ?v) >= 3) ORDER BY ?u LIMIT 1"""))
    del store
    assert rows, "the synthetic corpus has no unit changed twice"
    with kg_serve(tmp / "store", tmp) as (url, _):
        yield _chromium_renderer(url, tmp), rows[0]["u"].value, rows[0]["lang"].value


def test_unit_changed_twice_shows_word_level_redlines(synthetic):
    render, unit, lang = synthetic
    dom = render("/id/" + unit.split("/id/", 1)[1] + "?lang=" + lang, shot="unit-changed-twice")
    versions = dom[dom.index('id="versions"'):]
    assert versions.count('class="version"') >= 3
    redlines = re.findall(r'<div class="text redline">(.*?)</div>', versions, flags=re.S)
    assert len(redlines) >= 2
    for r in redlines:  # words, not whole lines: unchanged words stay outside <ins>/<del>
        changed = re.findall(r"<(ins|del)>(.*?)</\1>", r, flags=re.S)
        assert changed and all(len(t.split()) <= 3 for _, t in changed)
        assert visible_text(re.sub(r"<(ins|del)>.*?</\1>", "", r, flags=re.S)).strip()
