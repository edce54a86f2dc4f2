"""Required words: a compiled pattern searched only in texts that hold a word every match of it holds.

Python's `re` tries a pattern at every place of a text, and a case-insensitive pattern that opens with a choice of
words (most of the lexicon's) costs microseconds a line even where none of its words stands. As engines built for
search do (RE2, Hyperscan, ripgrep), the words a match cannot do without are read off the pattern once: a choice needs
one of its branches' words, a sequence the words of one of its parts, a part repeated at least once the part's words,
a lookaround its own. `search`, `finditer`, `findall`, `sub`, `subn` and `split` then look for those words in the
lowered text first (a C loop over a string) and run the pattern only where one stands; `match` and `fullmatch`, tried
at one place and cheap already, go to the pattern itself. The answers are the pattern's own, on every text: a
text holding a letter that the pattern's case folding reads as another of the words' letters (the Cyrillic "о" has a
small letter of old manuscripts, U+1C82, for its twin; the Latin "i" has the dotless "ı") is searched by the pattern.
"""
from __future__ import annotations

import re
from re import _casefix, _constants as C, _parser  # type: ignore[attr-defined]

__all__ = ["prefiltered", "required_words", "Prefiltered"]

# the shortest word worth looking for: a word of two letters stands in most lines
_SHORTEST = 3
# a text shorter than this is searched by the pattern at once: it fails there about as fast as the words are looked for
_SHORT_TEXT = 24


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lowercase words one of which stands in every text `pattern` matches in, or None where none can be said.

    >>> sorted(required_words(r"(?:ға|ге)\\s+(?:N\\s*)?\\d*-?\\s*қосымша$"))
    ['қосымша']
    >>> sorted(required_words(r"приказ\\w*|постановлени\\w*|Указ"))
    ['постановлени', 'приказ', 'указ']
    >>> required_words(r"\\d+\\s*(?:ст|п)\\.") is None
    True
    """
    words = _required(_parser.parse(pattern, flags))
    return frozenset(words) if words else None


def _required(seq) -> set[str] | None:
    """The words one of which a match of the sequence `seq` (parsed) holds: the best of its parts' (longest shortest
    word, then fewest words), or None."""
    found: list[set[str]] = []
    run: list[str] = []

    def close() -> None:
        word = "".join(run)
        if word and len(word.lower()) == len(word):  # (no letter lowered to two: "İ")
            found.append({word.lower()})
        run.clear()

    for op, av in seq:
        letter = _one_letter(op, av)
        if letter is not None:
            run.append(letter)
            continue
        close()
        words = None
        if op is C.SUBPATTERN:
            words = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            words = _required(av)
        elif op is C.BRANCH:
            branches = [_required(b) for b in av[1]]
            words = None if any(not b for b in branches) else set().union(*branches)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            words = _required(av[2])
        elif op is C.ASSERT:  # a lookahead or lookbehind must match too, in the same text
            words = _required(av[1])
        if words:
            found.append(words)
    close()
    found = [w for w in found if min(map(len, w)) >= _SHORTEST]
    return max(found, key=lambda w: (min(map(len, w)), -len(w))) if found else None


def _one_letter(op, av) -> str | None:
    """The letter an item stands for, case aside: a literal, or a class of one letter's cases ("[Ии]")."""
    if op is C.LITERAL:
        return chr(av)
    if op is C.IN and av and all(o is C.LITERAL for o, _ in av) and len({chr(a).lower() for _, a in av}) == 1:
        return chr(av[0][1])
    return None


def _twins(words: frozenset[str]) -> str:
    """Letters that case folding reads as a letter of `words` where str.lower() does not make them it (U+1C82 for
    "о", "ı" for "i", "ς" for "σ"), and the dotted capital I, which lowers to two letters."""
    out = set()
    for letter in set("".join(words)):
        out.update(chr(c) for c in _casefix._EXTRA_CASES.get(ord(letter), ()))
    return "".join(sorted(out)) + "\u0130"


class Prefiltered:
    """A compiled pattern whose searches first look for a word every match holds (`required_words`). Anything else
    is the pattern's (`pattern`, `groupindex`, `flags`, ...)."""

    __slots__ = ("regex", "words", "twins", "match", "fullmatch")

    def __init__(self, regex: re.Pattern, words: frozenset[str]):
        self.regex, self.words, self.twins = regex, tuple(sorted(words, key=len)), _twins(words)
        self.match, self.fullmatch = regex.match, regex.fullmatch
        _know_twins(self.twins)

    def may_match(self, text: str) -> bool:
        """Can the pattern match somewhere in `text`?"""
        global _LAST
        if len(text) < _SHORT_TEXT:
            return True
        last = _LAST
        if last[0] is not text:
            low = text.lower()
            last = _LAST = (text, low, {}, _ODD.search(text) is not None or _ODD.search(low) is not None)
        low, seen = last[1], last[2]
        for word in self.words:
            hit = seen.get(word)
            if hit is None:
                hit = seen[word] = word in low
            if hit:
                return True
        if not last[3]:  # no twin of any pattern's letters in the text (nearly every text): none of this one's
            return False
        for twin in self.twins:  # (a letter, never a word: the same table)
            hit = seen.get(twin)
            if hit is None:
                hit = seen[twin] = twin in low or twin in text
            if hit:
                return True
        return False

    def search(self, text: str, *args, **kw):
        return self.regex.search(text, *args, **kw) if self.may_match(text) else None

    def finditer(self, text: str, *args, **kw):
        return self.regex.finditer(text, *args, **kw) if self.may_match(text) else iter(())

    def findall(self, text: str, *args, **kw):
        return self.regex.findall(text, *args, **kw) if self.may_match(text) else []

    def sub(self, repl, text: str, count: int = 0):
        return self.regex.sub(repl, text, count) if self.may_match(text) else text

    def subn(self, repl, text: str, count: int = 0):
        return self.regex.subn(repl, text, count) if self.may_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0):
        return self.regex.split(text, maxsplit) if self.may_match(text) else [text]

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r}, {self.words!r})"


# the text read last, lowered, which words were looked for in it (found or not), and whether it holds a twin of any
# pattern's letters (`_ODD`), one tuple rebound whole (a thread reading it meanwhile sees the one before or after): the
# parser reads a line with several patterns in turn, and act patterns of one language need the same words
_LAST: tuple = (None, "", {}, True)
# every twin letter of the patterns prefiltered so far (U+1C82, "ı", the dotted capital I, ...): a text that holds none
# of them, in itself or lowered, is looked at for words alone
_TWINS: set[str] = set()
_ODD: re.Pattern = re.compile("[\u0130]")


def _know_twins(twins: str) -> None:
    """Add a pattern's twin letters to `_ODD`; the text read last is forgotten (its flag was of the letters before)."""
    global _ODD, _LAST
    if not _TWINS.issuperset(twins):
        _TWINS.update(twins)
        _ODD = re.compile("[" + "".join(re.escape(c) for c in sorted(_TWINS)) + "]")
        _LAST = (None, "", {}, True)


def prefiltered(regex: re.Pattern) -> re.Pattern | Prefiltered:
    """`regex` searched only where one of its required words stands, when it has some and does not open at the
    text's start (a pattern anchored there fails at once)."""
    parsed = _parser.parse(regex.pattern, regex.flags)
    if _anchored(parsed):
        return regex
    words = _required(parsed)
    return Prefiltered(regex, frozenset(words)) if words else regex


def _anchored(seq) -> bool:
    """Does every match of the parsed `seq` open at the text's start ("^…", "^…|^…")?"""
    if not len(seq):
        return False
    op, av = seq[0]
    if op is C.AT:
        return av is C.AT_BEGINNING or av is C.AT_BEGINNING_STRING
    if op is C.SUBPATTERN:
        return _anchored(av[3])
    if op is C.BRANCH:
        return all(_anchored(b) for b in av[1])
    return False

