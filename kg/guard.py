"""What a client's SPARQL may do here: decided on the parsed request, enforced by the process.

Two independent walls keep a query from reaching out:

1. **The parsed request.** A query or update is parsed with a real SPARQL 1.1 parser
   (rdflib's), and the decision is made on its syntax tree: a `ServiceGraphPattern`
   anywhere, a `Load`, or any update operation where only a query is allowed, is refused.
   Nothing is decided on the text, so escaped quotes, long strings, comments and IRIs that
   contain keywords are what the grammar says they are.
2. **The process.** The worker processes that run client queries drop the right to open
   network sockets (a seccomp filter: `socket(AF_INET|AF_INET6, …)` fails with EACCES), so
   even a parser disagreement between rdflib and Oxigraph cannot become an outbound
   request: Oxigraph's SERVICE client has no socket to open.
"""
from __future__ import annotations

import errno
import re
import socket
import sys
from dataclasses import dataclass
from functools import lru_cache

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

__all__ = ["Verdict", "check_query", "check_update", "lock_down", "parsed_verdict"]

_UPDATE_OPS = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
               "Copy": "COPY", "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA",
               "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT"}


@dataclass(frozen=True)
class Verdict:
    """The guard's answer: `status` 200 (may run), 400 (not SPARQL 1.1) or 403 (refused), and why."""

    status: int
    reason: str = ""

    @property
    def allowed(self) -> bool:
        return self.status == 200


def _names(node) -> set[str]:
    """Every grammar rule name in a parse tree (iteratively: deep trees do not recurse)."""
    found, todo = set(), [node]
    while todo:
        n = todo.pop()
        if isinstance(n, CompValue):
            found.add(n.name)
            todo.extend(n.values())
        elif isinstance(n, dict):
            todo.extend(n.values())
        elif isinstance(n, (list, tuple, ParseResults)):
            todo.extend(n)
    return found


def _syntax(exc: Exception) -> Verdict:
    return Verdict(400, f"SPARQL syntax error: {exc}")


# every word a refused request needs (SERVICE; the update operations), and the codepoint escapes
# (\\u0053ERVICE) that SPARQL decodes before it reads keywords: a text with none of them, anywhere, in any
# case (Unicode case folding included), cannot be refused, so it is not parsed
_MAY_BE_REFUSED = re.compile(r"service|insert|delete|load|clear|drop|create|add|move|copy|\\u", re.I)
_A_QUERY_FORM = re.compile(r"select|ask|construct|describe", re.I)  # without one it is no query (an empty text is an empty update)


@lru_cache(maxsize=4096)
def check_query(text: str) -> Verdict:
    """May this read-only query run? Refuses SERVICE, and any update sent as a query.

    A text that holds none of the words a refused request needs is let through unparsed (its
    syntax is the engine's to judge); any other is parsed with rdflib (~2 ms a query, more than
    Oxigraph takes to answer a lookup), and the verdict is kept for the texts asked most recently."""
    if _A_QUERY_FORM.search(text) and not _MAY_BE_REFUSED.search(text):
        return Verdict(200)
    return parsed_verdict(text)


def parsed_verdict(text: str) -> Verdict:
    """The verdict on a query read with a real SPARQL 1.1 parser (what check_query falls back to)."""
    try:
        tree = parseQuery(text)
    except (ParseBaseException, ValueError, TypeError, RecursionError) as exc:
        try:
            ops = sorted(_UPDATE_OPS[n] for n in _names(parseUpdate(text)) if n in _UPDATE_OPS)
        except (ParseBaseException, ValueError, TypeError, RecursionError):
            return _syntax(exc)
        op = ops[0] if ops else "an update"
        return Verdict(403, f"{op} is refused: it is an update, and this endpoint is read-only")
    if "ServiceGraphPattern" in _names(tree):
        return Verdict(403, "SERVICE is refused: this endpoint makes no outbound requests")
    return Verdict(200)


def check_update(text: str) -> Verdict:
    """May this (authorised) update run? Refuses LOAD and SERVICE: no outbound request."""
    try:
        names = _names(parseUpdate(text))
    except (ParseBaseException, ValueError, TypeError, RecursionError) as exc:
        return _syntax(exc)
    if "Load" in names or "ServiceGraphPattern" in names:
        return Verdict(403, "LOAD and SERVICE are refused: this endpoint makes no outbound requests")
    return Verdict(200)


_LOCKED = False


def lock_down() -> bool:
    """Forbid this process (and its children) to open IPv4/IPv6 sockets. True when in force.

    Linux only (seccomp through libseccomp); elsewhere the parsed-request check is the
    only wall, and this returns False so that the caller can say so."""
    global _LOCKED
    if _LOCKED:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError):
        return False
    f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for family in (socket.AF_INET, socket.AF_INET6):
        f.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family))
    f.load()
    _LOCKED = True
    return True
