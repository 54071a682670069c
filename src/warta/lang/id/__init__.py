"""Indonesian (Bahasa Indonesia): the first language warta codes.

The tables beside this module hold the lexicons (triggers, actors, titles, places)
and cue words; ``morphology.py`` strips affixes so the lexicons can be keyed on
roots; ``dates.py`` resolves Indonesian date expressions.
"""

from __future__ import annotations

from pathlib import Path

from warta.lang import Language, load_actors, load_json, load_places, load_titles, load_triggers, load_words

HERE = Path(__file__).parent


def create_language() -> Language:
    from warta.lang.id.dates import find_dates
    from warta.lang.id.morphology import analyse_word

    return Language(
        code="id",
        name="Indonesian",
        path=HERE,
        analyse_word=analyse_word,
        find_dates=find_dates,
        triggers=load_triggers(HERE / "triggers.tsv"),
        actors=load_actors(HERE / "actors.tsv"),
        titles=load_titles(HERE / "titles.tsv"),
        places=load_places(HERE / "places.tsv"),
        cues=load_json(HERE / "cues.json"),
        structure=load_json(HERE / "structure.json"),
        place_stopwords=frozenset(load_words(HERE / "place_stopwords.txt")),
        place_prefixes=load_words(HERE / "place_prefixes.txt"),
    )
