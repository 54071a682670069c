"""Words of a text by a Unicode word pattern, found without running the pattern over every character.

Python's Unicode-aware patterns (``\\w+``, ``[^\\W\\d_]+``) cost much more a character than
splitting at white space and asking ``str.isalpha``/``str.isalnum`` of each chunk. Most chunks
of news text are plain words, and a plain chunk is exactly one match, so only the rest
(``(20/8)``, ``kata,``) goes through the pattern. Language detection and the text compared
for near-duplicates both read words this way.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def find_words(text: str, pattern: re.Pattern[str], plain: Callable[[str], bool],
               limit: int | None = None) -> list[str]:
    """``pattern.findall(text)`` (at most ``limit`` words), the same words in the same order.

    ``pattern`` must never match white space, and must match a chunk for which ``plain`` is
    true as one whole word: ``str.isalpha`` for ``[^\\W\\d_]+``, ``str.isalnum`` for ``\\w+``.
    """
    words: list[str] = []
    for chunk in text.split():
        if plain(chunk):
            words.append(chunk)
        else:
            words.extend(pattern.findall(chunk))
        if limit is not None and len(words) >= limit:
            del words[limit:]
            break
    return words
