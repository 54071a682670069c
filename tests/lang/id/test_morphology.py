"""The event lexicon is keyed on roots: one entry must cover the whole affix family."""

import pytest

from warta.lang.id.morphology import analyse_word


@pytest.mark.parametrize("word,root,prefix", [
    ("menuduh", "tuduh", "me"),
    ("dituduh", "tuduh", "di"),
    ("tuduhan", "tuduh", "an"),
    ("penuduhan", "tuduh", "pe"),
    ("membahas", "bahas", "me"),
    ("dibahas", "bahas", "di"),
    ("pembahasan", "bahas", "pe"),
    ("menolak", "tolak", "me"),
    ("penolakan", "tolak", "pe"),
    ("bertemu", "temu", "ber"),
    ("pertemuan", "temu", "pe"),
    ("serangan", "serang", "an"),
    ("ditembak", "tembak", "di"),
    ("desakan", "desak", "an"),
    ("mengunjungi", "kunjung", "me"),
    ("kesepakatan", "sepakat", "ke"),
    ("menuduhnya", "tuduh", "me"),
])
def test_roots_and_prefixes(word, root, prefix):
    assert analyse_word(word) == (root, prefix)


def test_short_and_non_alphabetic_tokens_are_their_own_root():
    assert analyse_word("AS") == ("as", "")
    assert analyse_word("20") == ("20", "")
