"""Each shape has a valid and an invalid example graph (tests/shapes/<Shape>.{valid,invalid}.ttl).

The valid example gives no result at all; the invalid one fails on exactly the shape its
file name names. A shape without examples fails the coverage test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF, SH

from kg.validate import load_shapes, validate_turtle

EXAMPLES = Path(__file__).parent / "shapes"
SHAPES = "https://w3id.org/kzlex/shapes#"
NAMES = sorted({p.name.split(".")[0] for p in EXAMPLES.glob("*.ttl")})


def test_every_shape_has_both_examples():
    shapes = load_shapes()
    declared = {str(s)[len(SHAPES):] for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert declared == set(NAMES)
    for n in NAMES:
        assert (EXAMPLES / f"{n}.valid.ttl").exists() and (EXAMPLES / f"{n}.invalid.ttl").exists()


@pytest.mark.parametrize("name", NAMES)
def test_valid_example_conforms(name):
    report = validate_turtle((EXAMPLES / f"{name}.valid.ttl").read_text(encoding="utf-8"), file_name=f"{name}.valid.ttl")
    assert [r.as_dict() for r in report.results] == []


@pytest.mark.parametrize("name", NAMES)
def test_invalid_example_fails_on_its_shape_only(name):
    report = validate_turtle((EXAMPLES / f"{name}.invalid.ttl").read_text(encoding="utf-8"), file_name=f"{name}.invalid.ttl")
    assert {r.shape for r in report.results} == {SHAPES + name}, [r.as_dict() for r in report.results]
    for r in report.results:
        assert r.message and r.message_kk, "messages in en and kk"


def test_shapes_carry_messages_in_kk_and_en():
    shapes = load_shapes()
    for s in shapes.subjects(RDF.type, SH.NodeShape):
        nodes = [s, *shapes.objects(s, SH.sparql)]
        langs = {getattr(m, "language", None) for n in nodes for m in shapes.objects(n, SH.message)}
        assert {"en", "kk"} <= langs, s


def test_a_retroactive_act_is_a_warning_not_a_violation():
    # an order signed on 24 September 2021 that "вводится в действие с 1 января 2021 года" (the Ministry of Internal
    # Affairs' suspension order № 576): lawful, if rare; the graph cannot tell it from a day misread, so it warns
    report = validate_turtle((EXAMPLES / "InForceBeforeSignedShape.invalid.ttl").read_text(encoding="utf-8"),
                             file_name="InForceBeforeSignedShape.invalid.ttl")
    assert [(r.severity, r.shape) for r in report.results] == [("Warning", SHAPES + "InForceBeforeSignedShape")]
    assert report.conforms


def test_a_floor_of_entry_into_force_before_the_signing_is_a_warning_too():
    # "… но не ранее 1 января 2015 года" read off an order signed later than that day: a day misread, or the floor
    # of another act's point; an order whose floor is after its signing conforms
    data = (EXAMPLES / "InForceBeforeSignedShape.valid.ttl").read_text(encoding="utf-8")
    later = data + '\na:2024-01-10\\/1 kzl:entryIntoForceNotBefore "2024-03-01"^^xsd:date .\n'
    assert not validate_turtle(later, file_name="later.ttl").results
    earlier = later.replace('"2024-03-01"', '"2023-12-31"')
    report = validate_turtle(earlier, file_name="earlier.ttl")
    assert [(r.severity, r.shape, str(r.value)) for r in report.results] == [
        ("Warning", SHAPES + "InForceBeforeSignedShape", "2023-12-31")]


def test_a_version_s_result_names_the_line_of_its_unit():
    """A version is computed by lineage, not stated by a text: a result about it names the source line of the unit it
    is a version of (it had said "(no source)")."""
    data = (EXAMPLES / "VersionShape.invalid.ttl").read_text(encoding="utf-8").replace(
        'kzl:text "1. Бірінші мәтін."@kk .\n', 'kzl:text "1. Бірінші мәтін."@kk ; kzl:sourceLine 7 .\n', 1)
    (result,) = validate_turtle(data, file_name="order-1.md").results
    assert result.shape == SHAPES + "VersionShape" and result.source == {"file": "order-1.md", "line": 7}
