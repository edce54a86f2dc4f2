"""Comparison keys for names written in different grammatical forms.

An index row names a position in its own words ("...комплаенс-қызметтің басшысы-...")
and the § heading in others ("...комплаенс-қызметінің басшысы - ..."). The key keeps
the stem of each word (case endings, hyphens, spacing and letter spacing ignored),
so two names of one position get one key.

>>> name_key("Сыбайлас жемқорлыққа қарсы комплаенс-қызметтің басшысы") == name_key("сыбайлас жемқорлыққа қарсы комплаенс-қызметінің басшысы")
True
>>> name_key("Цифрлық заңгер") == name_key("Цифрлық техник-нормалаушы")
False
"""
from __future__ import annotations

import re

from .normalise import despace

__all__ = ["name_key", "stem"]


def stem(word: str) -> str:
    """A crude stem: enough letters to tell words apart, few enough to drop case endings."""
    return word[:5] if len(word) >= 6 else word[: max(3, len(word) - 1)]


def name_key(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", despace(name).lower())
    return " ".join(sorted({stem(w) for w in words}))
