"""Word-level redlines between two wordings of a provision.

diff-match-patch compares characters; prose is compared word by word by giving every
distinct word (and every run of spaces or punctuation) one private character, diffing
those strings, and reading the words back — the "line mode" the library documents,
applied to words. The result is a list of (op, text) with op "same", "del" or "ins".
"""
from __future__ import annotations

import html
import re

from diff_match_patch import diff_match_patch

__all__ = ["redline", "redline_html", "redline_text"]

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_OPS = {0: "same", -1: "del", 1: "ins"}


def _encode(text: str, table: dict[str, str], words: list[str]) -> str:
    out = []
    for tok in _TOKEN.findall(text):
        ch = table.get(tok)
        if ch is None:
            ch = table[tok] = chr(0xE000 + len(words)) if len(words) < 6400 else chr(0xF0000 + len(words) - 6400)
            words.append(tok)
        out.append(ch)
    return "".join(out)


def redline(old: str | None, new: str | None) -> list[tuple[str, str]]:
    """Word-level differences from `old` to `new`.

    >>> redline("кемінде 3 жыл жұмыс өтілі", "кемінде 5 жыл жұмыс өтілі")
    [('same', 'кемінде '), ('del', '3'), ('ins', '5'), ('same', ' жыл жұмыс өтілі')]
    """
    old, new = old or "", new or ""
    table: dict[str, str] = {}
    words: list[str] = []
    a, b = _encode(old, table, words), _encode(new, table, words)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 2.0
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    back = {ch: w for w, ch in table.items()}
    out: list[tuple[str, str]] = []
    for op, chars in diffs:
        text = "".join(back[c] for c in chars)
        if out and out[-1][0] == _OPS[op]:
            out[-1] = (out[-1][0], out[-1][1] + text)
        elif text:
            out.append((_OPS[op], text))
    return out


def redline_html(old: str | None, new: str | None) -> str:
    """The redline as HTML: <del> and <ins> around what changed."""
    parts = []
    for op, text in redline(old, new):
        t = html.escape(text).replace("\n", "<br>")
        parts.append(t if op == "same" else f"<{op}>{t}</{op}>")
    return "".join(parts)


def redline_text(old: str | None, new: str | None) -> str:
    """The redline in plain text: [-removed-]{+added+} (the convention of `git diff --word-diff`).

    >>> redline_text("3 жыл", "5 жыл")
    '[-3-]{+5+} жыл'
    """
    return "".join(t if op == "same" else (f"[-{t}-]" if op == "del" else f"{{+{t}+}}") for op, t in redline(old, new))
