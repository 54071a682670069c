"""Near-duplicate articles: MinHash signatures, LSH bands, and who a report is *from*.

Syndicated wire copy is republished with a new headline, a different dateline outlet
and different trailers (``Baca juga: ...``, ``Editor: ...``). Such copies are one report,
not independent confirmation, so they must count once when aggregate events count
their sources.

* The text is normalised (dateline and trailers removed, lower case, words only) and
  cut into word 5-shingles, each hashed with CRC-32; a datasketch ``MinHash`` (128 permutations) summarises them.
* The signature is stored as bytes (128 unsigned 64-bit integers, little endian) in the
  ``articles`` table, with the MinHash scheme recorded in ``meta`` so that a database
  written by another datasketch version is re-signed rather than compared wrongly.
* Candidates come from LSH banding (``bands`` x ``rows`` from datasketch's
  ``MinHashLSH`` for the threshold) persisted as rows of ``article_bands``, so the index
  lives in the database and is rolled back with the article when a write fails.
* A candidate is a near-duplicate when the estimated Jaccard similarity of the
  signatures is at least ``THRESHOLD``. Clusters are the connected components of the
  near-duplicate links; the canonical member is the earliest published (ties by id).

Translations share no shingles, so they are never near-duplicates: they meet again at
event aggregation (``warta.aggregate``).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

import numpy as np
from datasketch import MinHash, MinHashLSH

from warta.types import Article
from warta.words import find_words

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.6
"""Estimated Jaccard similarity of word 5-shingles at or above which two texts are one report.

A copy with a new headline, dateline and trailer scores 0.8-1.0; the same story
rewritten by another newsroom scores well under 0.3 (few five-word runs survive).
"""

HASH = "crc32"
"""How a shingle becomes the 32-bit number the permutations act on. CRC-32 is one C call a shingle
(SHA-1, datasketch's default, costs several times more through hashlib), and a 32-bit input is all the
scheme uses: datasketch mixes it (MurmurHash3's finaliser) before permuting, and two different
shingles collide with a chance of about 2**-32 either way."""

_WORD_RE = re.compile(r"\w+", re.UNICODE)


# ----------------------------------------------------------------- text


@lru_cache(maxsize=4)
def _structure(lang_code: str):  # -> Language | None
    try:
        from warta.lang import get_language

        return get_language(lang_code)
    except Exception:  # an unknown language or a broken table: fall back to plain text
        return None


def _paragraphs(article: Article) -> tuple[list[str], str | None, str | None]:
    """Body paragraphs without dateline and trailers, plus the dateline outlet and ``Sumber`` source."""
    from warta.structure import _strip_dateline, _trailer

    lang = _structure(article.lang or "id")
    out: list[str] = []
    outlet = source = None
    first = True
    for para in article.text.split("\n"):
        if not para.strip():
            continue
        if lang is not None:
            is_trailer, src = _trailer(lang, para)
            if is_trailer:
                source = source or src
                continue
            if first:
                skip, _place, outlet = _strip_dateline(lang, para)
                para = para[skip:]
        first = False
        out.append(para)
    return out, (outlet.strip() if outlet else None), (source.strip() if source else None)


def normalise_text(article: Article) -> str:
    """The words of the body, lower case, without dateline and trailers: what is compared."""
    paras, _, _ = _paragraphs(article)
    return " ".join(find_words(" ".join(paras).lower(), _WORD_RE, str.isalnum))


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of a normalised text (the whole text when it is shorter than k words)."""
    words = text.split()
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


# ----------------------------------------------------------------- signatures


def scheme() -> str:
    """How signatures are made, recorded in the database: signatures of different schemes never compare."""
    import datasketch

    probe = MinHash(num_perm=NUM_PERM)
    return (f"datasketch-{getattr(probe, 'scheme', 'legacy')}-{HASH}-seed1-p{NUM_PERM}-k{SHINGLE}"
            f":{datasketch.__version__}")


def scheme_family() -> str:
    """The scheme without the datasketch version: equal families give equal signatures."""
    return scheme().split(":", 1)[0]


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """A fresh MinHash: its permutations are seeded (always equal), so they are drawn once, not per article."""
    return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a normalised text, as NUM_PERM unsigned 64-bit integers."""
    mh = _template().copy()
    grams = shingles(text)
    if grams:
        mh.update_batch([g.encode("utf-8") for g in grams])  # a minimum: the order does not matter
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def article_signature(article: Article) -> np.ndarray:
    return signature(normalise_text(article))


def to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values (what ``MinHash.jaccard`` computes)."""
    if len(a) != len(b) or len(a) == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


@lru_cache(maxsize=4)
def lsh_params(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) datasketch's MinHashLSH chooses for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def band_keys(sig: np.ndarray) -> list[tuple[int, bytes]]:
    """The LSH bucket keys of a signature: two texts sharing any key are candidates."""
    b, r = lsh_params()
    return [(i, to_bytes(sig[i * r:(i + 1) * r])) for i in range(b)]


# ----------------------------------------------------------------- sources


@dataclass(frozen=True)
class Provenance:
    """Who a report comes from, as far as the text and its metadata tell."""

    source: str
    """The name counted as the report's source: ``Sumber`` original, else dateline outlet, else outlet."""
    attributed: str | None = None
    dateline_outlet: str | None = None


def source_key(name: str | None) -> str:
    """``KOMPAS.com``, ``Kompas`` and ``kompas.id`` are one source: lower case, no domain suffix, no spaces."""
    if not name:
        return ""
    s = name.strip().lower()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    s = re.sub(r"(?:\.(?:com|co|id|net|org|news|tv))+(?:/.*)?$", "", s)
    return re.sub(r"[\W_]+", "", s)


def provenance(article: Article) -> Provenance:
    """The article's source: an attributed original (``Sumber: Anadolu``) first, then the
    wire in the dateline (``Jakarta (ANTARA) -``), then the outlet, the URL's host, the id."""
    _, dateline_outlet, attributed = _paragraphs(article)
    host = urlparse(article.url).hostname if article.url and "://" in article.url else None
    for name in (attributed, dateline_outlet, article.outlet, host):
        if name and source_key(name):
            return Provenance(name.strip(), attributed, dateline_outlet)
    return Provenance(f"article:{article.id}", attributed, dateline_outlet)
