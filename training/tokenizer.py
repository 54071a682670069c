"""Tokenizer rules for Indonesian clitics, matching UD Indonesian's word split.

UD splits enclitic pronouns and particles off their host (``menyetujuinya`` ->
``menyetujui`` + ``nya``; ``apakah`` -> ``apa`` + ``kah``). spaCy's ``id`` tokenizer
does not, so the tagger and parser would see one token where the treebank has two.
We add one suffix rule for ``-nya`` (frequent, productive) with exceptions for words
that end in ``nya`` but are not split in the treebanks, and exact special cases for
the rarer ``-kah``/``-lah``/``-pun``/``-ku``/``-mu`` forms seen split in the training
data. The rules are stored in the pipeline's tokenizer, so loading needs no code.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_suffix_regex

# Words ending in "nya" that are one word (not host + clitic) or that the treebanks keep whole.
NYA_WORDS = {
    "hanya", "punya", "tanya", "bertanya", "ditanya", "menanya", "nyanya", "sanya",
    "bunya", "manya", "anya", "nya", "kenya", "sonya", "ranya",
    "sebelumnya", "lainnya", "akhirnya", "biasanya", "sebenarnya", "umumnya", "berikutnya",
    "sepenuhnya", "selanjutnya", "khususnya", "seharusnya", "sebaliknya", "misalnya",
    "setidaknya", "semestinya", "sesungguhnya", "seyogyanya", "rupanya", "agaknya", "mestinya",
    "sedianya", "hendaknya", "kiranya", "sepertinya", "tampaknya", "nampaknya", "selebihnya",
    "sesudahnya", "sebetulnya", "pokoknya",
}
NYA_SUFFIX = r"(?<=[A-Za-z]{2})nya"


def _cased(word: str) -> set[str]:
    return {word, word.capitalize(), word.upper()}


def customize(nlp: Language, split_words: Iterable[tuple[str, list[str]]] = (), keep: Iterable[str] = ()) -> None:
    """Add the clitic rules to ``nlp.tokenizer`` in place.

    ``split_words`` are (word, parts) pairs seen as multiword tokens in training data;
    ``keep`` are words ending in ``nya`` seen unsplit more often than split.
    """
    suffixes = list(nlp.Defaults.suffixes or []) + [NYA_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for word in set(NYA_WORDS) | set(keep):
        if " " in word:
            continue
        for form in _cased(word):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word, parts in split_words:
        if word.lower().endswith("nya") or "".join(parts) != word:
            continue  # the suffix rule handles -nya; skip forms whose parts do not spell the word
        nlp.tokenizer.add_special_case(word, [{ORTH: p} for p in parts])


def clitic_lexicon(mwts: Iterable[tuple[str, list[str]]], whole_words: Iterable[str]) -> tuple[list, list]:
    """From treebank multiword tokens and unsplit words, choose special cases and ``nya`` exceptions."""
    split_count: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for word, parts in mwts:
        split_count[word.lower()] += 1
        examples.setdefault(word, parts)
    whole = Counter(w.lower() for w in whole_words if w.lower().endswith("nya"))
    keep = sorted(w for w, n in whole.items() if n > split_count[w])
    splits = sorted((w, p) for w, p in examples.items() if split_count[w.lower()] >= whole[w.lower()])
    return splits, keep


@spacy.registry.callbacks("warta.id_tokenizer.v1")
def make_tokenizer_callback(lexicon: str | None = None) -> Callable[[Language], Language]:
    """Training-time hook (``[nlp.after_creation]``): apply ``customize`` with a lexicon JSON file."""

    def apply(nlp: Language) -> Language:
        data = json.loads(Path(lexicon).read_text(encoding="utf-8")) if lexicon else {}
        customize(nlp, [tuple(x) for x in data.get("splits", [])], data.get("keep", []))
        return nlp

    return apply
