"""warta: political event data from news, Indonesian first.

    >>> import warta
    >>> events = warta.code("Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu dengan ...",
    ...                     published="2025-06-19")
    >>> events[0].to_json()

Every event is PLOVER-typed, carries CAMEO, coded actors, date, place, modality,
attribution, and the exact text it came from.
"""

from warta.pipeline import code_article
from warta.pipeline import code_text as code
from warta.types import Actor, Article, Event, Evidence, InputError, Location, WartaError

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "Event", "Evidence", "InputError", "Location", "WartaError", "code", "code_article",
           "__version__"]
