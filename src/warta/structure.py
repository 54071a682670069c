"""Article structure: datelines and trailers out, sentences and tokens in.

Wire copy opens with a dateline (``Istanbul (ANTARA) -``, ``GAZA, KOMPAS.com -``)
and closes with trailers (``Sumber : Anadolu``, ``Baca juga: ...``). Both are
metadata about the report, not sentences about the world, so they are recorded in
:class:`ArticleMeta` and kept out of the sentences. Every offset stays an offset
into the original article text so evidence can always be traced back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.lang import Language
from warta.types import Article, ArticleMeta, Sentence, Token

TOKEN_RE = re.compile(r"\w+(?:[-'\u2019]\w+)*(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
_LAST_WORD_RE = re.compile(r"[\w.]+$")
_SENT_END_RE = re.compile(r"[.!?]+[\"\u201d')\]]*(?=\s+[\"\u201c'(\[]?[A-Z0-9\u00c0-\u024f])")


@dataclass
class Analysed:
    """An article after structure analysis: its metadata and its sentences."""

    article: Article
    meta: ArticleMeta
    sentences: list[Sentence]


@lru_cache(maxsize=8)
def _compiled(lang_code: str, patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _strip_dateline(lang: Language, para: str) -> tuple[int, str | None, str | None]:
    """Length of a dateline at the start of ``para`` (0 if none), its place and outlet."""
    for pattern in _compiled(lang.code, tuple(lang.structure.get("dateline_patterns", ()))):
        m = pattern.match(para)
        if m:
            groups = m.groupdict()
            if groups.get("first"):
                return (m.end(), *_place_and_outlet(lang, groups["first"], groups["second"]))
            return m.end(), groups.get("place"), groups.get("outlet")
    return 0, None, None


def _place_and_outlet(lang: Language, first: str, second: str) -> tuple[str, str]:
    """``Jakarta, Warta Uji -`` or ``Warta Uji, Sigli -``: which side of the comma is the place.

    A place the language knows is the place; failing that, the outlet is the side of more words (outlets
    are named in several: ``Warta Uji``, ``Kabar Nusantara``), and on a tie the place comes first.
    """
    known = lang.derived("structure.place_names", lambda: frozenset(k.lower() for k in lang.places))
    if first.lower() in known:
        return first, second
    if second.lower() in known or len(first.split()) > len(second.split()):
        return second, first
    return first, second


def _trailer(lang: Language, para: str) -> tuple[bool, str | None]:
    for pattern in _compiled(lang.code, tuple(lang.structure.get("trailer_patterns", ()))):
        m = pattern.match(para)
        if m:
            return True, m.groupdict().get("source")
    return False, None


def _abbreviations(lang: Language) -> frozenset[str]:
    """The language's abbreviations, lower-cased once (split_sentences runs for every paragraph)."""
    return lang.derived("structure.abbreviations",
                        lambda: frozenset(a.lower() for a in lang.structure.get("abbreviations", ())))


def split_sentences(lang: Language, text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (article offsets) in one paragraph, surviving abbreviations.

    A full stop ends a sentence only before white space and a capital, digit or
    opening quote, and not after a known abbreviation (``Prof.``, ``No.``) or a
    single-letter initial (``Joko S. Widodo``). ``(20/8)`` contains no full stop,
    so it never splits.
    """
    abbreviations = _abbreviations(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        last = _LAST_WORD_RE.search(text, start, m.start())
        word = last.group().lower() if last else ""
        if text[m.start()] == "." and (word in abbreviations or (len(word) == 1 and word.isalpha())):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(offset + a, offset + b) for a, b in spans if b > a]


def tokenize(lang: Language, text: str, offset: int = 0) -> list[Token]:
    """Tokens with article offsets and their morphological analysis."""
    tokens = []
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        root, prefix = lang.analyse_word(word)
        tokens.append(Token(word, offset + m.start(), offset + m.end(), word.lower(), root, prefix))
    return tokens


def _subheading(lang: Language, para: str) -> bool:
    """A short line without closing punctuation inside the body (``Obama membantah``) is a crosshead."""
    words = para.split()
    limit = int(lang.structure.get("subheading_max_words", 10))
    return 0 < len(words) <= limit and para.rstrip()[-1:] not in ".!?\"\u201d')"


def analyse(article: Article, lang: Language) -> Analysed:
    """Split an article into metadata and tokenised sentences."""
    text = article.text
    sentences: list[Sentence] = []
    place = outlet = source = None
    pos = 0
    first = True
    for p_index, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        is_trailer, src = _trailer(lang, para)
        if is_trailer:
            source = source or src
            continue
        if not first and _subheading(lang, para):
            continue
        skip = 0
        if first:
            skip, place, outlet = _strip_dateline(lang, para)
            first = False
        for a, b in split_sentences(lang, para[skip:], p_start + skip):
            s_text = text[a:b]
            sentences.append(Sentence(len(sentences), s_text, a, b, tokenize(lang, s_text, a), p_index))
    meta = ArticleMeta(dateline_place=place.strip() if place else None,
                       dateline_outlet=outlet.strip() if outlet else None, source=source)
    return Analysed(article, meta, sentences)
