"""warta's Indonesian NLP: names (NER), parts of speech and syntax, fully offline.

The pipeline in ``warta/models/id_core`` is trained by ``python -m training.build``
from public Indonesian treebanks and NER corpora and shipped inside the package, so
nothing is downloaded at run time (stanza, UDPipe and friends fetch weights online).
Offsets are character offsets into the text given, so results line up with the
article text the coder already holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.types import WartaError

if TYPE_CHECKING:
    import spacy

MODEL_DIR = Path(__file__).resolve().parent / "models" / "id_core"
BUILD_COMMAND = "python -m training.build"


@lru_cache(maxsize=1)
def load() -> spacy.Language:
    """Load the shipped pipeline once per process (loading takes ~1 s; reuse it)."""
    if not (MODEL_DIR / "config.cfg").is_file() or not (MODEL_DIR / "meta.json").is_file():
        raise WartaError(f"Indonesian model files missing in {MODEL_DIR}; build them with `{BUILD_COMMAND}`")
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a dependency
        raise WartaError("spaCy is not installed; run `pip install 'spacy>=3.7,<4'`") from exc
    return spacy.load(MODEL_DIR)


@dataclass(frozen=True)
class NamedSpan:
    """A named entity: ``text[start:end]`` with label PER, ORG or LOC."""

    text: str
    start: int
    end: int
    label: str


def names(text: str) -> list[NamedSpan]:
    """Named people, organisations and places in ``text`` (actor candidates for the coder)."""
    doc = load()(text)
    return [NamedSpan(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents]


def entities(texts: Iterable[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Entities of many texts at once, running only the tokenizer and the NER (fast path).

    Returns one list per text of ``(start_char, end_char, label)``, label PER, ORG or LOC.
    The tagger and parser are skipped for this call only (the shared pipeline is not changed),
    and texts are batched through ``nlp.pipe``; pass whole articles or paragraphs.
    """
    pipe = load()
    skip = [name for name in pipe.pipe_names if name != "ner"]
    return [
        [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for doc in pipe.pipe(texts, batch_size=batch_size, disable=skip)
    ]


def parse(text: str) -> list[dict[str, Any]]:
    """One dict per token: text, start/end (chars), upos, head (token index; a root points to itself), dep.

    Plain dicts keep the coder free of spaCy types; ``dep`` is the UD relation (``ROOT`` for roots).
    """
    doc = load()(text)
    return [
        {"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "upos": t.pos_, "head": t.head.i, "dep": t.dep_}
        for t in doc
    ]


def syntax(texts: Iterable[str], batch_size: int = 32) -> list[list[tuple[int, int, int, str]]]:
    """The dependency parse of many texts at once (tokenizer, tagger and parser; the NER is skipped).

    Returns one list per text with one ``(start_char, end_char, head, dep)`` per token: ``head`` is
    the index of the token's head in that list (a root points to itself), ``dep`` the UD relation
    (``ROOT`` for roots). Plain tuples keep the coder free of spaCy types.
    """
    pipe = load()
    return [
        [(t.idx, t.idx + len(t.text), t.head.i, t.dep_) for t in doc]
        for doc in pipe.pipe(texts, batch_size=batch_size, disable=["ner"] if "ner" in pipe.pipe_names else [])
    ]
