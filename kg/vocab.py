"""Namespaces of the vocabulary contract (ELI + kzl:), as plain strings."""
from __future__ import annotations

__all__ = ["ELI", "KZL", "SKOS", "ORG", "PROV", "DCT", "RDF", "RDFS", "XSD", "OWL", "SH", "VOID", "DCAT", "PREFIXES", "sparql_prefixes", "act_by", "ACT_CLASSES"]

ELI = "http://data.europa.eu/eli/ontology#"
KZL = "https://w3id.org/kzlex/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"

PREFIXES = {"eli": ELI, "kzl": KZL, "skos": SKOS, "org": ORG, "prov": PROV, "dcterms": DCT,
            "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "sh": SH, "void": VOID, "dcat": DCAT}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


#: the kzl: class of an act of each kind (`ActRef.kind`); its eli:type_document is kzl:ActType-<kind>
ACT_CLASSES = {"order": "Order", "law": "Law", "code": "Code", "resolution": "Resolution", "decree": "Decree",
               "decision": "Decision", "constitution": "Constitution"}


def act_by(kind: str | None, number: str | None) -> str:
    """How a reader is told which act made a change: its kind (as `ActRef.kind` says it, or its eli:type_document,
    kzl:ActType-decision) and its number.

    >>> act_by(KZL + "ActType-decision", "3-19"), act_by("resolution", "5"), act_by(None, "165"), act_by(None, None)
    ('decision № 3-19', 'resolution № 5', 'act № 165', 'act № ?')
    """
    word = kind.rsplit("ActType-", 1)[-1] if kind else "act"
    return f"{word} № {number or '?'}"
