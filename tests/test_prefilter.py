"""A pattern searched only where its required words stand (kg/prefilter.py) answers as the pattern itself, on every
text: the lexicon's examples, their capitals, letters that case folding reads as others, and generated texts."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from kg.lexicon import FLAGS, marker, phrases
from kg.prefilter import Prefiltered, prefiltered, required_words

_NAMES = sorted(phrases()["markers"])


def _same(pattern: re.Pattern, fast, text: str) -> None:
    spans = lambda it: [(m.span(), m.groups()) for m in it]  # noqa: E731
    assert spans(fast.finditer(text)) == spans(pattern.finditer(text)), text
    s, f = pattern.search(text), fast.search(text)
    assert (s and (s.span(), s.groups())) == (f and (f.span(), f.groups())), text
    assert fast.sub("#", text) == pattern.sub("#", text), text
    assert fast.split(text) == pattern.split(text), text
    assert fast.findall(text) == pattern.findall(text), text
    assert fast.subn("#", text, count=1) == pattern.subn("#", text, count=1), text
    half = len(text) // 2
    s, f = pattern.search(text, pos=half), fast.search(text, pos=half)  # (from a place, as `re` takes it)
    assert (s and s.span()) == (f and f.span()), text


def _entries():
    for name in _NAMES:
        yield pytest.param(phrases()["markers"][name], marker(name), id=name)
    for i, entry in enumerate(phrases()["effects"]):  # (read by kg/patterns.py `_effects`)
        yield pytest.param(entry, prefiltered(re.compile(entry["pattern"], FLAGS)), id=f"effect{i}:{entry['effect']}")


@pytest.mark.parametrize("entry, fast", list(_entries()))
def test_a_marker_finds_what_its_pattern_finds(entry, fast):
    pattern = re.compile(entry["pattern"], FLAGS)
    for text in entry.get("examples", []) + entry.get("counter", []):
        for variant in (text, text.upper(), text.lower(), "Бұл " + text + " және т.б.",
                        text.replace("о", "\u1c82").replace("с", "\u1c83").replace("i", "ı")):
            _same(pattern, fast, variant)


def test_most_markers_are_searched_behind_their_words():
    fast = [n for n in _NAMES if isinstance(marker(n), Prefiltered)]
    assert len(fast) > len(_NAMES) / 3
    assert set(marker("attached_title").words) >= {"правила", "ереже", "қағидалар"}


def test_a_letter_read_as_another_by_case_folding_is_searched_by_the_pattern():
    fast = prefiltered(re.compile("қосымша|сот", FLAGS))
    assert isinstance(fast, Prefiltered)
    for text in ("ᲃот", "ҚОСЫМША", "қоᲃымша", "İстанбул"):
        assert bool(fast.search(text)) == bool(re.search("қосымша|сот", text, FLAGS)), text
    assert fast.search("ᲃот")  # (U+1C83 is "с" to re's case folding, and to no str.lower())
    long = "Бұл мәтінде ешбір іздейтін сөз жоқ, тек ᲃот деген бір сөз бар."  # (longer than a text looked at whole)
    assert fast.search(long) and fast.search(long.replace("ᲃот", "сот")) and not fast.search(long.replace("ᲃот", "тот"))


def test_a_pattern_made_after_a_text_was_read_sees_its_twin_letters():
    # the flag "no twin letter here" belongs to the letters known when the text was read: a pattern made later, whose
    # twin stands in that text, still finds it ("ſ" is "s" to re's case folding)
    text = "Nothing the first pattern needs stands in this line: only ſtatute."
    first = prefiltered(re.compile("приказ", FLAGS))
    assert isinstance(first, Prefiltered) and not first.search(text)
    later = prefiltered(re.compile("statute", FLAGS))
    assert isinstance(later, Prefiltered) and later.search(text)


def test_the_words_a_match_needs():
    assert required_words(r"(?<![\w-])(?:министр\w*|Үкімет\w*)\s+(?:бұйрығ|қаулы)") in (
        frozenset({"министр", "үкімет"}), frozenset({"бұйрығ", "қаулы"}))
    assert required_words(r"[Ии]зменени[йя]") == frozenset({"изменени"})
    assert required_words(r"(?:приказ)?\d+") is None  # (an optional word is needed by no match)
    assert required_words(r"(?=.*закон)\d+") == frozenset({"закон"})  # (a lookahead's words are)
    assert required_words(r"(?!закон)\w+") is None
    assert not isinstance(prefiltered(re.compile(r"^Приложение\s+\d", FLAGS)), Prefiltered)  # (anchored: fails at once)


_PIECES = st.sampled_from(["қосымша", "Приложение", "правила", "ЕРЕЖЕ", "№ 12", "2020 жылғы", "от 1 мая", "\u1c82",
                           "ı", "İ", "ς", "Σ", " ", ", ", ". ", "(", ")", '"', "-", "1", "а", "ң", "\n", "заң"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from(_NAMES))
def test_generated_texts_read_alike(text, name):
    _same(re.compile(phrases()["markers"][name]["pattern"], FLAGS), marker(name), text)
