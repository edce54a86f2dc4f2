"""Linked data other tools can trust: ELI's work / expression / format layers, a VoID + DCAT
description that leads to the endpoint and every dump, and HTTP content negotiation by the book."""
from __future__ import annotations

import json

import httpx
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.build import build
from kg.store import GraphStore
from kg.vocab import sparql_prefixes

from .servers import kg_serve
from .test_layout import LAYOUT

ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
ACT_553 = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/2020-12-30/553"
UNKNOWN = "/id/act/enbek-zhane-khalykty-aleumettik-korgau-ministrligi/1999-01-01/0"
SELECT = "/sparql?query=SELECT%20%3Fn%20WHERE%20%7B%20%3Fa%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23number%3E%20%3Fn%20%7D%20LIMIT%202"
CONSTRUCT = ("/sparql?query=CONSTRUCT%20%7B%20%3Fa%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23number%3E%20%3Fn"
             "%20%7D%20WHERE%20%7B%20%3Fa%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23number%3E%20%3Fn%20%7D%20LIMIT%202")


@pytest.fixture(scope="module")
def server(corpus_store, tmp_path_factory):
    with kg_serve(corpus_store.path, tmp_path_factory.mktemp("ld"), "--timeout", "20") as (url, _):
        yield url


# --- content negotiation ----------------------------------------------------------------------

CASES = [  # (path, Accept, expected status, expected media type; None: any)
    (ACT_553, "text/html", 200, "text/html"),
    (ACT_553, "text/turtle", 200, "text/turtle"),
    (ACT_553, "text/turtle;q=1.0, text/html;q=0", 200, "text/turtle"),
    (ACT_553, "text/html;q=0.5, application/ld+json", 200, "application/ld+json"),
    (ACT_553, "application/ld+json;q=0.2, application/n-triples;q=0.9", 200, "application/n-triples"),
    (ACT_553, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 200, "text/html"),
    (ACT_553, "*/*", 200, "text/turtle"),
    (ACT_553, "text/*", 200, "text/turtle"),
    (ACT_553, "application/*", 200, "application/ld+json"),
    (ACT_553, "", 200, "text/turtle"),
    (ACT_553, "image/png", 406, "text/plain"),
    (ACT_553, "text/turtle;q=0", 406, "text/plain"),
    (UNKNOWN, "text/html", 404, "text/html"),
    (UNKNOWN, "text/turtle", 404, "text/plain"),
    (UNKNOWN, "image/png", 406, "text/plain"),
    (SELECT, "application/sparql-results+json", 200, "application/sparql-results+json"),
    (SELECT, "text/csv;q=0.5, application/sparql-results+xml", 200, "application/sparql-results+xml"),
    (SELECT, "*/*", 200, "application/sparql-results+json"),
    (SELECT, "image/png", 406, "text/plain"),
    (CONSTRUCT, "application/ld+json", 200, "application/ld+json"),
    (CONSTRUCT, "image/png", 406, "text/plain"),
    ("/void", "text/turtle", 200, "text/turtle"),
    ("/void", "application/ld+json", 200, "application/ld+json"),
    ("/void", "image/png", 406, "text/plain"),
    ("/ontology", "text/html", 200, "text/html"),
    ("/ontology", "text/turtle", 200, "text/turtle"),
    ("/ontology", "image/png", 406, "text/plain"),
]


@pytest.mark.parametrize("path,accept,status,media", CASES, ids=[f"{c[0][:12]}|{c[1][:40]}" for c in CASES])
def test_content_negotiation(server, path, accept, status, media):
    r = httpx.get(server + path, headers={"Accept": accept} if accept else {}, timeout=60)
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].split(";")[0] == media
    assert "Accept" in [v.strip() for v in r.headers.get("vary", "").split(",")]
    if status == 406:
        assert "text/turtle" in r.text or "application/sparql-results+json" in r.text  # says what it produces


def test_turtle_has_prefixes_and_json_ld_is_compact(server):
    ttl = httpx.get(server + ACT_553, headers={"Accept": "text/turtle"}).text
    assert "@prefix eli: <http://data.europa.eu/eli/ontology#> ." in ttl and "eli:number" in ttl
    doc = httpx.get(server + ACT_553, headers={"Accept": "application/ld+json"}).json()
    context = httpx.get(server + "/context.jsonld").json()
    assert doc["@context"] == context["@context"] and doc["eli:number"] == "553"
    g = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")
    assert (rdflib.URIRef("https://w3id.org/kzlex" + ACT_553), ELI.number, rdflib.Literal("553")) in g


# --- the dataset described -------------------------------------------------------------------

def test_void_leads_to_the_endpoint_and_every_dump(server, corpus_store):
    g = rdflib.Graph().parse(data=httpx.get(server + "/.well-known/void", headers={"Accept": "text/turtle"}).text,
                             format="turtle")
    [ds] = list(g.subjects(RDF.type, VOID.Dataset))
    assert (ds, RDF.type, DCAT.Dataset) in g and g.value(ds, DCTERMS.license) and g.value(ds, DCTERMS.modified)
    # the counts it declares are the store's
    declared = {k: int(g.value(ds, VOID[k])) for k in ("triples", "entities", "classes", "properties")}
    endpoint = str(g.value(ds, VOID.sparqlEndpoint))
    assert endpoint == server + "/sparql"

    def count(query: str) -> int:
        w = SPARQLWrapper(endpoint)
        w.setQuery(query)
        w.setReturnFormat(JSON)
        return int(w.query().convert()["results"]["bindings"][0]["n"]["value"])

    assert declared == {
        "triples": count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        "entities": count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s)) }"),
        "classes": count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"),
        "properties": count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
    }
    assert declared["triples"] == corpus_store.triples()
    for part in g.objects(ds, VOID.classPartition):
        cls = g.value(part, VOID["class"])
        assert int(g.value(part, VOID.entities)) == count(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}")
    # every distribution gives what it declares
    dists = list(g.objects(ds, DCAT.distribution))
    downloads = [d for d in dists if g.value(d, DCAT.downloadURL)]
    assert len(downloads) == 4
    for d in downloads:
        url, media = str(g.value(d, DCAT.downloadURL)), str(g.value(d, DCAT.mediaType)).rsplit("media-types/", 1)[1]
        r = httpx.get(url, timeout=120)
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
        fmt = {"application/n-quads": "nquads", "application/trig": "trig", "text/turtle": "turtle",
               "application/n-triples": "nt"}[media]
        data = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
        data.parse(data=r.text, format=fmt)
        triples = {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))} if fmt in ("nquads", "trig") \
            else set(data)
        assert len(triples) == declared["triples"], url
    service = [d for d in dists if g.value(d, DCAT.accessURL)]
    assert [str(g.value(d, DCAT.accessURL)) for d in service] == [endpoint]
    # the service description links the dataset's description
    sd = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"}).text
    assert f"<{ds}>" in sd and server + "/void" in sd


def test_kg_export_writes_the_description(corpus_store, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "void.ttl"
    p = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "void", "--store", str(corpus_store.path),
                        "--output", str(out)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    g = rdflib.Graph().parse(out, format="turtle")
    [ds] = list(g.subjects(RDF.type, VOID.Dataset))
    assert int(g.value(ds, VOID.triples)) == corpus_store.triples()
    assert g.value(ds, VOID.sparqlEndpoint) is None  # no server named, no endpoint invented


def test_ontology_is_served_with_its_licence_and_generated_documentation(server):
    ttl = httpx.get(server + "/ontology", headers={"Accept": "text/turtle"}).text
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    onto = rdflib.URIRef("https://w3id.org/kzlex/ontology")
    assert g.value(onto, DCTERMS.license) and g.value(onto, DCTERMS.creator)
    page = httpx.get(server + "/ontology", headers={"Accept": "text/html"}).text
    assert "pyLODE" in page and "Types of legal acts" in page  # generated by pyLODE, not written by hand


# --- FRBR layers -----------------------------------------------------------------------------

def test_kk_and_ru_texts_are_two_expressions_of_one_work(tmp_path):
    store = GraphStore(tmp_path / "store")
    assert not build([LAYOUT], store).failed
    rows = [{k: (r[k].value if r[k] is not None else None) for k in ("act", "e", "lang", "title", "f", "media", "g")}
            for r in store.query(sparql_prefixes() + """SELECT ?act ?e ?lang ?title ?f ?media ?g WHERE {
        ?g kzl:describes ?act ; kzl:fileName ?file . FILTER(CONTAINS(?file, "900001"))
        ?act eli:is_realized_by ?e . ?e a eli:LegalExpression ; eli:realizes ?act ; eli:language ?lang ; eli:title ?title .
        OPTIONAL { ?e eli:is_embodied_by ?f . ?f a eli:Format ; eli:embodies ?e ; eli:format ?media ; kzl:sourceGraph ?g }
    }""")]
    assert len({r["act"] for r in rows}) == 1
    by_lang = {r["lang"].rsplit("/", 1)[-1]: r for r in rows}
    assert set(by_lang) == {"KAZ", "RUS"}
    # each text is the edition of its day (meta.yaml's version_date), an expression of its own
    assert by_lang["KAZ"]["e"].endswith("/kaz/2021-06-01") and by_lang["RUS"]["e"].endswith("/rus/2021-06-01")
    assert by_lang["KAZ"]["title"].startswith("Нотариаттық") and by_lang["RUS"]["title"].startswith("Об утверждении")
    assert {r["f"].rsplit("/", 3)[-3] for r in rows if r["f"]} == {"kaz", "rus"}
    assert {r["media"] for r in rows if r["media"]} == {"https://www.iana.org/assignments/media-types/text/markdown"}
    versions = {r["e"].value: r["d"].value for r in store.query(
        "SELECT ?e ?d WHERE { ?e <http://data.europa.eu/eli/ontology#version_date> ?d }")}
    # meta.yaml's version_date: the day each language's text is the act as of
    assert versions == {by_lang["KAZ"]["e"]: "2021-06-01", by_lang["RUS"]["e"]: "2021-06-01"}
    act = rows[0]["act"]
    facts = {r["p"].value: r["o"].value for r in store.query(f"SELECT ?p ?o WHERE {{ <{act}> ?p ?o }}")}
    assert facts[str(ELI.type_document)] == "https://w3id.org/kzlex/ontology#ActType-order"
    assert facts[str(ELI.jurisdiction)] == "http://publications.europa.eu/resource/authority/country/KAZ"
    assert facts[str(ELI.id_local)] == "18450"
    assert str(ELI.title) not in facts  # a title is said of an expression


def test_an_act_whose_number_is_not_ascii_has_its_page_and_its_triples(tmp_path):
    # numbers as acts write them: "06-7/35" (its "/" is %2F in the IRI), "274-Ө-М" (Kazakh letters, percent-encoded)
    store = GraphStore(tmp_path / "store")
    assert not build([LAYOUT], store).failed
    iris = [r["a"].value for r in store.query(sparql_prefixes() + 'SELECT ?a WHERE { ?a eli:number ?n . '
                                              'FILTER(?n IN ("06-7/35", "274-Ө-М")) }')]
    assert len(iris) == 2 and all("%" in i for i in iris)
    del store
    (tmp_path / "serve").mkdir()
    with kg_serve(tmp_path / "store", tmp_path / "serve") as (url, _):
        for iri in iris:
            path = "/id/" + iri.split("/id/", 1)[1]
            page = httpx.get(url + path, headers={"Accept": "text/html"}, timeout=30)
            assert page.status_code == 200, (iri, page.text[:200])
            turtle = httpx.get(url + path, headers={"Accept": "text/turtle"}, timeout=30)
            assert turtle.status_code == 200 and iri.rsplit("/", 1)[-1] in turtle.text
            # escapes in lower case name the same act
            assert httpx.get(url + path.lower(), headers={"Accept": "text/turtle"}, timeout=30).status_code == 200
