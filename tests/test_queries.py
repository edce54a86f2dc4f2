"""Each named query (queries/*.rq) with its expected result on the corpus; parameters are bound."""
from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest

from kg.errors import UsageError
from kg.queries import registry, rows_of, run_named
from kg.resolve import resolve_act


def run(store, query_name, /, **params):
    names, rows = rows_of(run_named(query_name, params, store))
    return [{n: (t.value if t is not None else None) for n, t in zip(names, row)} for row in rows]


def test_every_query_has_a_header_and_its_example_runs(corpus_store):
    reg = registry()
    assert len(reg) >= 10
    for q in reg.values():
        assert q.purpose and q.examples, q.name
        args = shlex.split(q.examples[0])
        assert args[:3] == ["kg", "query", q.name]
        params = dict(a.split("=", 1) for a in args[3:] if "=" in a)
        assert run(corpus_store, q.name, **params), f"the example of {q.name} returns nothing"


def test_unit_history_of_point_551(corpus_store):
    [v] = run(corpus_store, "unit-history", unit="553/2020-12-30:p551")
    assert (v["validFrom"], v["amendingNumber"], v["effect"].rsplit("#")[-1]) == ("2024-06-20", "207", "Substitution")
    assert "учаске механигі" in v["text"]


def test_unit_text_on_date(corpus_store):
    [row] = run(corpus_store, "unit-text-on-date", unit="553/2020-12-30:p653-6", date="2024-06-21")
    assert row["text"].startswith("Біліктілікке қойылатын талаптар:")
    assert row["text"].endswith("білім және (немесе) сертификаттау курстары.")
    assert run(corpus_store, "unit-text-on-date", unit="553/2020-12-30:p653-6", date="2024-06-19") == []


def test_order_changes_of_129(corpus_store):
    rows = run(corpus_store, "order-changes", act="129/2026-04-10")
    assert len({r["target"] for r in rows}) == 36
    assert {r["amendedNumber"] for r in rows} == {"1019", "374", "380", "391", "20", "392"}



def test_order_changes_give_the_instruction_and_the_lines_that_place_it(corpus_store):
    # order 207 (file 000): "көрсетілген бұйрықпен бекітілген … анықтамалығында:" / '"…" деген 2-тарауда:' / "2-бөлімде:"
    # / '"80. Механик" деген параграфта:' / "551-тармақ мынадай редакцияда жазылсын:"
    rows = run(corpus_store, "order-changes", act="207/2024-06-20")
    [row] = [r for r in rows if r["number"] == "551"]
    assert row["instruction"] == "551-тармақ мынадай редакцияда жазылсын:"
    lines = row["context"].split("\n")
    assert lines[0].startswith("көрсетілген бұйрықпен бекітілген Басшылар, мамандар және басқа да қызметшілер")
    assert lines[-2:] == ["2-бөлімде:", '"80. Механик" деген параграфта:']
    # §115 is inserted beside §80, not in it: its lines stop at the section
    [inserted] = [r for r in rows if r["number"] == "115" and r["kind"].endswith("Paragraph")]
    assert inserted["context"].split("\n")[-1] == "2-бөлімде:"


def test_acts_amending_553_by_registration_number(corpus_store):
    [row] = run(corpus_store, "acts-amending", act="22003")
    assert (row["number"], row["date"], row["changes"]) == ("207", "2024-06-20", "25")


def test_org_acts_in_a_period(corpus_store):
    rows = run(corpus_store, "org-acts", org="Денсаулық сақтау және әлеуметтік даму", **{"from": "2014-01-01", "to": "2014-12-31"})
    assert {(r["number"], r["role"], r["otherNumber"]) for r in rows} == {("192", "passed", None), ("192", "repealed", "152-Ө")}
    later = run(corpus_store, "org-acts", org="Денсаулық сақтау және әлеуметтік даму", **{"from": "2015-01-01", "to": "2015-12-31"})
    assert {(r["number"], r["date"], r["role"]) for r in later} == {("1019", "2015-12-25", "passed")}


def test_repeal_chain(corpus_store):
    rows = run(corpus_store, "repeal-chain", act="152-Ө/2014-04-07")
    assert [(r["direction"], r["number"], r["date"]) for r in rows] == [("repealed by", "192", "2014-10-28")]


def test_approvals_by_org(corpus_store):
    rows = run(corpus_store, "approvals-by-org", org="Қаржы министрлігі")
    assert sorted(r["number"] for r in rows) == ["207", "399"]
    rows = run(corpus_store, "approvals-by-org", org="Мемлекеттік қызмет істері")
    assert [(r["number"], r["person"], r["dateLeftBlank"]) for r in rows] == [("152-Ө", "А. Байменов", "true")]


def test_position_with_its_parts(corpus_store):
    rows = run(corpus_store, "position", position="нутрициолог")
    parts = {}
    for r in rows:
        parts.setdefault(r["part"], set()).add(r["item"])
    assert {k: len(v) for k, v in parts.items()} == {"duty": 11, "knowledge": 6, "requirement": 1}
    assert {r["unitNumber"] for r in rows} == {"116"}


def test_positions_by_experience(corpus_store):
    none_needed = {r["label"] for r in run(corpus_store, "positions-by-experience", years="0")}
    three = {r["label"] for r in run(corpus_store, "positions-by-experience", years="3")}
    assert "Дәнекерлеу жөніндегі инженер" in none_needed and "Механик" not in none_needed
    assert none_needed < three and "Механик" in three


def test_index_entries_with_the_paragraph_they_name(corpus_store):
    rows = run(corpus_store, "index-entries", act="553/2020-12-30")
    assert len(rows) == 11
    row = next(r for r in rows if r["row"] == "215-4")
    assert (row["number"], row["heading"]) == ("118", "Цифрлық заңгер")


def test_act_names_resolve_to_one_node(corpus_store):
    assert resolve_act(corpus_store, "553/2020-12-30") == resolve_act(corpus_store, "22003") == resolve_act(corpus_store, "553")


def test_parameters_are_bound_not_pasted(corpus_store):
    before = len(corpus_store)
    hostile = '") } } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER("'
    assert run(corpus_store, "position", position=hostile) == []
    assert len(corpus_store) == before
    with pytest.raises(UsageError, match="parameter date wants a date"):  # (worded for the web and the CLI alike)
        run(corpus_store, "unit-text-on-date", unit="553:p551", date="2024-01-01'; DROP")
    with pytest.raises(UsageError, match="no parameter"):
        run(corpus_store, "position", position="x", extra="y")
    with pytest.raises(UsageError, match="needs the parameter"):
        run(corpus_store, "position")


def test_cli_list_and_json(corpus_store):
    kg = [sys.executable, "-m", "kg.cli"]
    listing = subprocess.run([*kg, "query", "--list"], capture_output=True, text=True)
    for name in registry():
        assert name in listing.stdout
    p = subprocess.run([*kg, "query", "index-entries", "--param", "act=22003", "--format", "json",
                        "--store", str(corpus_store.path)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert len(data["results"]["bindings"]) == 11
    bad = subprocess.run([*kg, "query", "nope", "--store", str(corpus_store.path)], capture_output=True, text=True)
    assert bad.returncode == 2 and "no query named" in bad.stderr


def test_acts_based_on_a_law_by_words_of_its_title(corpus_store):
    """Order 152-Ө of 2014 stands on article 13, point 5 of the law on civil service of 1999 ("1999 жылғы 23
    шілдедегі «Мемлекеттік қызмет туралы» Заңының 13-бабының 5-тармағына"): found by words of the law's title in
    either language, the law named with the day it was passed (the title was enacted in 1995, 1999 and 2015)."""
    for words in ("мемлекеттік қызмет", "МЕМЛЕКЕТТІК ҚЫЗМЕТ"):
        rows = run(corpus_store, "acts-based-on", title=words)
        assert {(r["number"], r["passed"], r["basis"].rsplit("/law/", 1)[1]) for r in rows} == {
            ("152-Ө", "1999-07-23", "o-gosudarstvennoi-sluzhbe-respubliki-kazakhstan-1999-07-23/art/13/p/5")}
    assert run(corpus_store, "acts-based-on", title="Салық кодексі") == []


def test_provisions_citing_a_law_by_words_of_its_title(corpus_store):
    """The qualification handbook 152-Ө of 2014 names the law on appeals of individuals and legal entities in the
    knowledge each position's table requires, the law's Kazakh title in two spellings ("… тұлғалардың өтініштерін
    қарау тәртібі туралы", "… тұлғаларды өтініштерін …"): one law, and each table that names it a provision citing
    it; a law no provision names finds none."""
    rows = run(corpus_store, "provisions-citing", title="өтініштерін қарау")
    assert {r["cited"].rsplit("/", 1)[1] for r in rows} == {
        "o-poriadke-rassmotreniia-obrashchenii-fizicheskikh-i-iuridicheskikh-lits"}
    assert {r["number"] for r in rows} == {"152-Ө"}
    assert len({r["provision"] for r in rows}) == 7 and all("/tbl/" in r["provision"] for r in rows)
    assert run(corpus_store, "provisions-citing", title="Салық кодексі") == []


def test_who_relies_on_an_act(corpus_store):
    """The law on civil service of 1999 is the basis of order 152-Ө (its article 13, point 5); the law on professional
    qualifications is the basis of order 399 and cited by the points of the rules it approved; an act nothing names
    has no rows."""
    rows = run(corpus_store, "act-cited-by", act="https://w3id.org/kzlex/id/law/o-gosudarstvennoi-sluzhbe-respubliki-"
                                               "kazakhstan-1999-07-23")
    assert [(r["relation"].rsplit("#", 1)[1], r["number"], r["target"].rsplit("/", 4)[1:]) for r in rows] == [
        ("based_on", "152-Ө", ["art", "13", "p", "5"])]
    rows = run(corpus_store, "act-cited-by", act="https://w3id.org/kzlex/id/law/kasiptik-biliktilik-turaly")
    assert {r["relation"].rsplit("#", 1)[1] for r in rows} == {"based_on", "cites"} and {r["number"] for r in rows} == {
        "399"}
    assert run(corpus_store, "act-cited-by", act="152-Ө/2014-04-07") == []
