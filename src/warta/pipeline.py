"""The main job as plain functions: article in, events out.

source -> :class:`Article` -> :func:`warta.structure.analyse` (sentences, tokens)
-> :class:`warta.coder.Coder` (mentions, events). Reading sources and storing
events live in :mod:`warta.sources` and :mod:`warta.store`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from warta.coder import Coder, NameFinder, Rejection, SyntaxFinder
from warta.lang import get_language
from warta.structure import Analysed, analyse
from warta.types import Article, Event, WartaError


@dataclass
class Explanation:
    """An article as the coder saw it: sentences, events with their reasons, triggers that gave none."""

    analysed: Analysed
    events: list[Event]
    rejected: list[Rejection]


def _ner() -> NameFinder:
    """The shipped named-entity recogniser as the coder's name finder (loaded once, offline)."""
    from warta import nlp

    nlp.load()
    return nlp.entities


def _parser() -> SyntaxFinder:
    """The shipped dependency parser as the coder's syntax finder (loaded once, offline)."""
    from warta import nlp

    nlp.load()
    return nlp.syntax


def explain_article(article: Article, *, ner: bool = False, parse: bool = False) -> Explanation:
    """Code one article and keep everything needed to say why each event is there (or is not).

    With ``ner``, the shipped NER reads the sentences where a capitalised name no table
    knows stands near a trigger, so an unknown person or body is not passed over for an
    actor further away (about 4x slower: benchmarks/coder.py --ner). With ``parse``, the
    shipped parser is asked for a verb's subject where the word-order rules find none
    (only those sentences are parsed).
    """
    try:
        lang = get_language(article.lang)
    except LookupError as exc:
        raise WartaError(f"{article.id}: language {article.lang!r} is not supported") from exc
    analysed = analyse(article, lang)
    coder = Coder(lang, names=_ner() if ner else None, syntax=_parser() if parse else None)
    events = coder.code(analysed)
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    return Explanation(analysed, events, coder.rejected)


def code_article(article: Article, *, ner: bool = False, parse: bool = False) -> list[Event]:
    """Code one article into events (ordered by their first sentence)."""
    return explain_article(article, ner=ner, parse=parse).events


def code_text(text: str, published: date | str | None = None, *, lang: str = "id",
              article_id: str = "text", title: str | None = None, outlet: str | None = None,
              url: str | None = None, ner: bool = False, parse: bool = False) -> list[Event]:
    """Code a text given as a string: the ``warta.code`` of the Python API."""
    if published is None:
        published = date.today()
    elif isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError as exc:
            raise WartaError(f"published: {published!r} is not a date (YYYY-MM-DD)") from exc
    if not text or not text.strip():
        raise WartaError(f"{article_id}: the text is empty")
    article = Article(id=article_id, text=text, published=published, lang=lang, title=title, outlet=outlet, url=url)
    return code_article(article, ner=ner, parse=parse)
