"""Normalisation: markup, letter spacing, quotes, PDF wraps, with source lines kept."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kg.errors import InputError
from kg.normalise import clean_line, decode, despace, logical_lines


@pytest.mark.parametrize("raw,clean", [
    ("**БҰЙЫРАМЫН:**", "БҰЙЫРАМЫН:"),
    ("## **116-параграф. Нутрициолог**", "116-параграф. Нутрициолог"),
    ("«Б» корпусы", '"Б" корпусы'),
    ("“on-line” режимінде", '"on-line" режимінде'),
    ("талаптары с ә й к е с .", "талаптары сәйкес ."),
    ("**К Е Л І С І Л Г Е Н**", "КЕЛІСІЛГЕН"),
    ("Қазақстан Республикасының ;Конституциясы", "Қазақстан Республикасының Конституциясы;"),
    ("- 4) кәсіптік біліктілік", "4) кәсіптік біліктілік"),
    ("\t<p>органдардың тапсырмалары</p>", "\tоргандардың тапсырмалары"),
])
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


def test_short_words_are_not_joined():
    assert despace("и в с") == "и в с"  # Russian one-letter words stay apart


def test_pdf_wraps_join_and_keep_their_lines():
    text = ("      1. Осы бұйрыққа\nқол қойылған күннен бастап\n\n      2. Екінші тармақ.\n"
            "      3. Үшінші тармақ жоғары (\nнемесе жоғары оқу орнынан кейінгі) білім.")
    lines = logical_lines(text)
    assert [(l.first, l.last) for l in lines] == [(1, 2), (4, 4), (5, 6)]
    assert lines[0].text == "1. Осы бұйрыққа қол қойылған күннен бастап"
    assert lines[2].text.endswith("жоғары (немесе жоғары оқу орнынан кейінгі) білім.")


def test_markdown_items_ending_with_semicolons_stay_apart():
    lines = logical_lines("бірінші міндет;\nекінші міндет;\n\nүшінші,\nжалғасы.")
    assert [l.text for l in lines] == ["бірінші міндет;", "екінші міндет;", "үшінші, жалғасы."]


def test_decode_variants():
    text = "Бұйрық № 1"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode("Приказ Министра № 5 от 5 мая".encode("cp1251")) == "Приказ Министра № 5 от 5 мая"


def test_binary_is_refused_with_file_and_line():
    with pytest.raises(InputError, match=r"scan\.bin:1: binary"):
        decode(b"\x00\x01\x02PK\x03\x04", "scan.bin")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_clean_line_is_idempotent(s):
    once = clean_line(s)
    assert clean_line(once) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="абвгқәі ;:.,()\"-123", max_size=40), max_size=20))
def test_logical_lines_cover_every_nonblank_line(rows):
    text = "\n".join(rows)
    lines = logical_lines(text)
    covered = sum(l.raw for l in lines)
    assert covered == sum(1 for r in rows if clean_line(r))
