"""Indonesian morphology: the root of a word and the prefix that was removed.

The event lexicon is keyed on roots (``tuduh`` covers menuduh, dituduh, tuduhan,
penuduhan), so the coder needs each word's root. PySastrawi's dictionary stemmer
does the heavy lifting offline; ``roots.tsv`` beside this module corrects the few
words it over-strips (``desakan`` is not ``desa``). The prefix tells the coder the
word's voice: ``di``/``ter`` mark the passive, ``pe``/``per``/``ke`` with ``-an``
a nominalisation, ``me`` the active, ``ber`` an intransitive verb.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from warta.lang import read_table

_HERE = Path(__file__).parent
_STEMMER = StemmerFactory().create_stemmer()
_OVERRIDES: dict[str, str] = {r["word"].lower(): r["root"].lower() for r in read_table(_HERE / "roots.tsv")}

CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


def _prefix(word: str, root: str) -> str:
    """Classify the derivation of ``word`` from ``root`` by its prefix (and -an suffix)."""
    if word == root or not root:
        return ""
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= len(root):
            word = word[: -len(clitic)]
            break
    if word == root:
        return ""
    noun = word.endswith("an") and not root.endswith("an")
    if word.startswith(root):
        return "an" if noun else ""
    if word.startswith("di"):
        return "di"
    if word.startswith("ter"):
        return "ter"
    if word.startswith(("me", "mem", "men", "meng", "meny")):
        return "me"
    if word.startswith(("ber", "be")) and not noun:
        return "ber"
    if word.startswith(("pe", "per")):
        return "pe" if noun else "pe-"
    if word.startswith("ke") and noun:
        return "ke"
    if word.startswith("se"):
        return "se"
    if noun:
        return "an"
    return ""


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[str, str]:
    """(root, prefix) of an Indonesian word; non-alphabetic tokens are their own root."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) <= 3:
        return lower, ""
    root = _OVERRIDES.get(lower)
    if root is None:
        root = _STEMMER.stem(lower) or lower
    return root, _prefix(lower, root)
