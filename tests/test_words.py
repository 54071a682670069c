"""find_words gives exactly what the Unicode pattern finds, only faster."""

from __future__ import annotations

import re

import pytest

from warta.words import find_words

LETTERS = re.compile(r"[^\W\d_]+")
WORDS = re.compile(r"\w+")

TEXTS = [
    "Jakarta (ANTARA) - Menlu Retno bertemu mitranya, Selasa (20/8), di Gedung Pancasila.",
    "Harga naik 12,5% pada 2024; kata_kunci x_y,z dan ²³ serta \u0663\u0664 (angka Arab).",
    "Ça va? naïve e\u0301tude \u00bd ДА-да 三千 \t\n  Jum’at, 'kutipan' \u201ckata\u201d",
    "",
    "   \n\t ",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("pattern", "plain"), [(LETTERS, str.isalpha), (WORDS, str.isalnum)])
def test_the_same_words_as_the_pattern(text: str, pattern: re.Pattern[str], plain) -> None:
    assert find_words(text, pattern, plain) == pattern.findall(text)


def test_stops_after_the_limit() -> None:
    text = "satu, dua (tiga) empat " * 1000
    assert find_words(text, LETTERS, str.isalpha, 7) == LETTERS.findall(text)[:7]
    assert find_words("dua kata", LETTERS, str.isalpha, 7) == ["dua", "kata"]
