"""The project's own errors. Each carries the exit code the command line uses."""
from __future__ import annotations

__all__ = ["KzlexError", "InputError", "ParseError", "UsageError", "StoreError", "ListenError"]


class KzlexError(Exception):
    """Base class: anything kzlex raises on purpose."""

    exit_code = 2


class UsageError(KzlexError):
    """The caller asked for something that cannot be done (bad option, unknown query)."""

    exit_code = 2


class InputError(KzlexError):
    """A document cannot be read as text; the message names the file and line."""

    exit_code = 1


class ParseError(KzlexError):
    """A document was read but could not be parsed; the message names the file and line."""

    exit_code = 1


class StoreError(KzlexError):
    """The store could not be opened or written."""

    exit_code = 2


class ListenError(KzlexError):
    """`kg serve` cannot listen on the address it was given (port in use, no such address)."""

    exit_code = 3
