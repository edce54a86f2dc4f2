"""The browse pages as a person sees them, rendered by headless Chromium (Debian's `chromium`)."""
from __future__ import annotations

import re
import subprocess
from html import unescape

import pytest

from .servers import kg_serve, require_binary

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ACT_207 = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2024-06-20/207"
POINT_551 = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/p/551"


@pytest.fixture(scope="module")
def browse(corpus_store, tmp_path_factory):
    chromium = require_binary("chromium")
    tmp = tmp_path_factory.mktemp("browser")
    with kg_serve(corpus_store.path, tmp) as (url, _):
        def render(path: str, screenshot=None) -> str:
            args = [chromium, *FLAGS, f"--user-data-dir={tmp / 'profile'}", "--virtual-time-budget=5000"]
            if screenshot:
                args += [f"--screenshot={screenshot}", "--window-size=1280,1600"]
            else:
                args += ["--dump-dom"]
            p = subprocess.run([*args, url + path], capture_output=True, text=True, timeout=120)
            assert p.returncode == 0, p.stderr[-500:]
            return p.stdout
        yield render


def visible_text(dom: str) -> str:
    dom = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", dom)))


def section(dom: str, anchor: str) -> str:
    start = dom.index(f'id="{anchor}"')
    nxt = dom.find("<h2", start + 1)
    return visible_text(dom[start:nxt if nxt != -1 else None])


def test_act_page_of_207_lists_its_amendments_to_553(browse):
    dom = browse(ACT_207)
    text = section(dom, "amendments-out")
    assert text.count("№ 553") >= 25
    for point in ("551", "791", "854"):
        assert f" {point} Substitution" in text
    assert "Insertion" in text
    approvals = section(dom, "approvals")
    assert "Қаржы министрлігі" in approvals and "Энергетика министрлігі" in approvals


def test_unit_page_of_point_551_shows_its_versions(browse):
    dom = browse(POINT_551)
    text = section(dom, "versions")
    assert "Version 1: 2024-06-20" in text and "by order № 207 of 2024-06-20" in text
    assert "учаске механигі" in text


def test_position_and_validation_pages(browse):
    dom = browse("/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553/app/1/ch/2/sec/2/par/116/position")
    text = visible_text(dom)
    assert "Нутрициолог" in text and "Duties" in text and "тамақтану жоспарын дайындайды" in text
    report = visible_text(browse("/validation"))
    assert "conforms: false — 3 violations" in report and "000_1204b08a91af53df.txt:618" in report


def test_query_form_runs_a_query(browse):
    dom = browse("/sparql?format=html&query=SELECT%20%3Fn%20WHERE%20%7B%20%3Fa%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23number%3E%20%3Fn%20%7D%20ORDER%20BY%20%3Fn%20LIMIT%202")
    text = visible_text(dom)
    assert "1019" in text and "2 rows" in text


def test_screenshot_of_the_act_page(browse, tmp_path):
    png = tmp_path / "act.png"
    browse(ACT_207, screenshot=png)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000
