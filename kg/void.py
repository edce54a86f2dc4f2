"""The dataset described for other tools: VoID and DCAT, generated from the store.

The description says what the graph holds (triples, entities, classes, properties, with a
partition per class), when it was last built, under which licence, which vocabularies it
uses, where its SPARQL endpoint is and where each dump can be downloaded (one
dcat:Distribution per export format). `kg export --format void` writes it; `kg serve`
answers it at ``/void`` and ``/.well-known/void`` (RFC 5785, VoID §7), with its own URLs.
"""
from __future__ import annotations

import pyoxigraph as ox

from .lexicon import phrases
from .vocab import DCAT, DCT, KZL, PREFIXES, RDF, VOID, XSD

__all__ = ["DUMPS", "dataset_iri", "describe", "counts"]

IANA = "https://www.iana.org/assignments/media-types/"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"
#: the dumps a server offers at /export/<key>: (media type, pyoxigraph format name, title)
DUMPS = {"nquads": ("application/n-quads", "N_QUADS", "N-Quads, one named graph per source"),
         "trig": ("application/trig", "TRIG", "TriG, one named graph per source"),
         "turtle": ("text/turtle", "TURTLE", "Turtle, the union of the graphs"),
         "ntriples": ("application/n-triples", "N_TRIPLES", "N-Triples, the union of the graphs")}
_VOCABULARIES = ("eli", "kzl", "skos", "org", "prov", "dcterms")


def dataset_iri(base: str) -> str:
    return base + "dataset"


def counts(store) -> dict:
    """What the description counts, each by one query over the default graph (the union)."""
    one = lambda q: int(next(iter(store.query(q)))["n"].value)  # noqa: E731
    classes = {r["c"].value: int(r["n"].value) for r in store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")}
    return {"triples": store.triples(),
            "entities": one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s)) }"),
            "classes": len(classes),
            "properties": one("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
            "distinctSubjects": one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
            "by_class": classes}


def describe(store, base: str, url: str | None = None, modified: str | None = None) -> list[ox.Triple]:
    """The VoID + DCAT description of the store's dataset; `url` is where a server answers
    (its endpoint and dumps are named only when it is given)."""
    ds = ox.NamedNode(dataset_iri(base))
    t: list[ox.Triple] = []

    def add(s, p, o):
        t.append(ox.Triple(s if isinstance(s, (ox.NamedNode, ox.BlankNode)) else ox.NamedNode(s), ox.NamedNode(p), o))

    def integer(n: int):
        return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))

    n = counts(store)
    add(ds, RDF + "type", ox.NamedNode(VOID + "Dataset"))
    add(ds, RDF + "type", ox.NamedNode(DCAT + "Dataset"))
    for lang, title in phrases()["dataset_title"].items():
        add(ds, DCT + "title", ox.Literal(title, language=lang))
    add(ds, DCT + "description", ox.Literal(
        "Kazakhstan's legal acts read from their published texts: acts, their structure down to sub-points, "
        "the amendments and repeals that connect them with the versions of every unit, positions of "
        "qualification handbooks, and the organisations that pass and approve them.", language="en"))
    add(ds, DCT + "license", ox.NamedNode(LICENCE))
    add(ds, DCT + "conformsTo", ox.NamedNode("http://data.europa.eu/eli/ontology"))
    if modified:
        add(ds, DCT + "modified", ox.Literal(modified, datatype=ox.NamedNode(XSD + "dateTime")))
    add(ds, VOID + "uriSpace", ox.Literal(base))
    for prefix in _VOCABULARIES:
        add(ds, VOID + "vocabulary", ox.NamedNode(PREFIXES[prefix].rstrip("#")))
    for key in ("triples", "entities", "classes", "properties", "distinctSubjects"):
        add(ds, VOID + key, integer(n[key]))
    for cls, count in sorted(n["by_class"].items()):
        part = ox.NamedNode(f"{ds.value}/class/{cls.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        add(ds, VOID + "classPartition", part)
        add(part, VOID + "class", ox.NamedNode(cls))
        add(part, VOID + "entities", integer(count))
    example = next(iter(store.query(f"SELECT ?a WHERE {{ GRAPH ?g {{ ?g <{KZL}describes> ?a }} }} LIMIT 1")), None)
    if example is not None:
        add(ds, VOID + "exampleResource", example["a"])
    if url:
        url = url.rstrip("/")
        add(ds, VOID + "sparqlEndpoint", ox.NamedNode(url + "/sparql"))
        service = ox.NamedNode(f"{ds.value}/service/sparql")
        add(service, RDF + "type", ox.NamedNode(DCAT + "DataService"))
        add(service, DCAT + "endpointURL", ox.NamedNode(url + "/sparql"))
        add(service, DCAT + "servesDataset", ds)
        add(service, DCT + "conformsTo", ox.NamedNode("https://www.w3.org/TR/sparql11-protocol/"))
        for key, (media, _, title) in DUMPS.items():
            dist = ox.NamedNode(f"{ds.value}/distribution/{key}")
            add(ds, DCAT + "distribution", dist)
            add(ds, VOID + "dataDump", ox.NamedNode(f"{url}/export/{key}"))
            add(dist, RDF + "type", ox.NamedNode(DCAT + "Distribution"))
            add(dist, DCT + "title", ox.Literal(title, language="en"))
            add(dist, DCAT + "downloadURL", ox.NamedNode(f"{url}/export/{key}"))
            add(dist, DCAT + "mediaType", ox.NamedNode(IANA + media))
            add(dist, DCT + "license", ox.NamedNode(LICENCE))
        sparql = ox.NamedNode(f"{ds.value}/distribution/sparql")
        add(ds, DCAT + "distribution", sparql)
        add(sparql, RDF + "type", ox.NamedNode(DCAT + "Distribution"))
        add(sparql, DCT + "title", ox.Literal("SPARQL 1.1 endpoint", language="en"))
        add(sparql, DCAT + "accessURL", ox.NamedNode(url + "/sparql"))
        add(sparql, DCAT + "accessService", service)
    return t
