"""The version of kzlex (one place: the package, the wheel and the provenance of every graph read it)."""

__version__ = "0.1.0"
