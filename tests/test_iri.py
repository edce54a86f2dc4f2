"""IRIs are minted in one place and parse back to what they were minted from."""
from __future__ import annotations

from hypothesis import given, strategies as st

from kg.iri import Minter, slug
from kg.model import ActRef
from kg.orgs import canonical

M = Minter()
numbers = st.from_regex(r"\A[0-9]{1,4}(-[0-9ӨөA-Za-z]{1,3})?\Z")
dates = st.dates().map(lambda d: d.isoformat())
steps = st.lists(st.tuples(st.sampled_from(["appendix", "chapter", "section", "paragraph", "subpoint", "part", "row"]),
                           st.from_regex(r"\A[0-9]{1,3}(-[0-9]{1,2})?\Z")), max_size=4)


@given(numbers, dates)
def test_act_iri_round_trip(number, date):
    key = "еңбек және халықты әлеуметтік қорғау министрлігі"
    assert M.act_parts(M.act_iri(key, date, number)) == (slug(key), date, number)


@given(steps)
def test_unit_iri_round_trip(path):
    ref = ActRef("553", "2020-12-30", canonical("Еңбек және халықты әлеуметтік қорғау министрлігі"))
    path = tuple(path)
    assert M.unit_steps(M.unit(ref, path)) == M.identity(path) if path else True


def test_point_identity_ignores_its_containers():
    ref = ActRef("553", "2020-12-30", None)
    a = M.unit(ref, (("appendix", "1"), ("chapter", "2"), ("section", "2"), ("paragraph", "80"), ("point", "551")))
    b = M.unit(ref, (("appendix", "1"), ("point", "551")))
    assert a == b and a.endswith("/app/1/p/551")


def test_one_iri_per_organisation_whatever_the_form():
    forms = ["Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің",
             "ҚР Еңбек және халықты әлеуметтік қорғау министрінің",
             "Еңбек және халықты әлеуметтік қорғау министрі міндетін атқарушының",
             "Министра труда и социальной защиты населения Республики Казахстан"]
    assert len({M.org(canonical(f).key) for f in forms}) == 1


def test_slug_is_ascii():
    assert slug("Ұлттық қауіпсіздік комитеті") == "ulttyk-kauipsizdik-komiteti"
