"""The project's own errors. Each carries the exit code the command line uses, and where
it arose as fields: `file`, `line` (None when it concerns no line of a file) and `reason`.

>>> e = ParseError("no act identity", file="a.txt", line=3)
>>> str(e), e.file, e.line, e.reason, e.exit_code
('a.txt:3: no act identity', 'a.txt', 3, 'no act identity', 1)
>>> ParseError("a.txt:3: no act identity").line  # the message's own "file:line: " is read too
3
"""
from __future__ import annotations

import re

__all__ = ["KzlexError", "InputError", "ParseError", "UsageError", "StoreError", "ListenError"]

_LOCATED = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<reason>.*)$", re.S)


class KzlexError(Exception):
    """Base class: anything kzlex raises on purpose."""

    exit_code = 2

    def __init__(self, reason: str, *, file: str | None = None, line: int | None = None):
        m = _LOCATED.match(reason) if file is None else None
        if m:
            file, line, reason = m.group("file"), int(m.group("line")), m.group("reason")
        self.file, self.line, self.reason = file, line, reason
        super().__init__(f"{file}:{line}: {reason}" if file is not None and line is not None else
                         f"{file}: {reason}" if file is not None else reason)


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
