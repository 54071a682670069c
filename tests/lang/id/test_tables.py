"""Sanity checks for the Indonesian lexicon tables (triggers, actors, titles, places)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from warta.lang import load_actors, load_places, load_titles, load_triggers, read_table
from warta.types import PLOVER_TYPES

HERE = Path(__file__).resolve().parents[3] / "src" / "warta" / "lang" / "id"

# Modes per type, from the PLOVER manual's tables (types without a table take no mode).
MODES: dict[str, set[str]] = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB", "CVL", "BUS", "MED", "EDU", "LAB",
           "REL", "NGO", "UNK"}
FRAMES = {"transitive", "joint", "intransitive", "patient"}


@pytest.fixture(scope="module")
def triggers():
    return load_triggers(HERE / "triggers.tsv")


@pytest.fixture(scope="module")
def actors():
    return load_actors(HERE / "actors.tsv")


@pytest.fixture(scope="module")
def titles():
    return load_titles(HERE / "titles.tsv")


@pytest.fixture(scope="module")
def places():
    return load_places(HERE / "places.tsv")


def test_manual_modes_cover_all_types():
    assert set(MODES) == set(PLOVER_TYPES)


def test_trigger_types_modes_codes(triggers):
    for t in triggers:
        assert t.type in PLOVER_TYPES, t
        assert t.mode is None or t.mode in MODES[t.type], t
        assert re.fullmatch(r"\d{2,4}", t.cameo), t
        assert t.match in {"root", "word", "phrase", "near"}, t
        assert t.frame in FRAMES, t
        assert (" " in t.key) == (t.match in ("phrase", "near")), t
        assert ("~" in t.key) == (t.match == "near"), t
        assert all(" " not in p for p in t.preps), t


def test_every_type_has_triggers(triggers):
    counts = Counter(t.type for t in triggers)
    for ptype in PLOVER_TYPES:
        assert counts[ptype] >= 5, ptype


def test_no_duplicate_trigger_keys(triggers):
    keys = Counter((t.key, t.match) for t in triggers)
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("name", ["actors", "titles", "places"])
def test_no_duplicate_surfaces(name):
    surfaces = Counter(row["surface"].lower() for row in read_table(HERE / f"{name}.tsv"))
    assert [s for s, n in surfaces.items() if n > 1] == []


def test_actor_codes(actors):
    assert len(actors) > 500
    for surface, e in actors.items():
        assert e.country and re.fullmatch(r"[A-Z]{3}", e.country), surface
        assert e.sector in SECTORS, surface
        assert e.kind in {"country", "capital", "demonym", "org", "group", "media", "person", "institution"}, surface
        assert e.kb_id and ":" in e.kb_id, surface


def test_title_sectors(titles):
    assert len(titles) > 100
    for surface, t in titles.items():
        assert t.sector in SECTORS, surface
        assert t.kind in {"title", "group"}, surface


def test_places(places):
    assert len(places) > 300
    for surface, p in places.items():
        assert p.country is None or re.fullmatch(r"[A-Z]{3}", p.country), surface
        assert p.lat is not None and -90 <= p.lat <= 90, surface
        assert p.lon is not None and -180 <= p.lon <= 180, surface


def _get(table, surface):
    return table.get(surface, table.get(surface.lower()))


def test_spot_checks(triggers, actors, titles, places):
    by_key = {(t.key, t.match): t for t in triggers}
    assert by_key[("tuduh", "root")].type == "ACCUSE"
    temu = by_key[("bertemu", "word")]
    assert (temu.type, temu.frame) == ("CONSULT", "joint")
    assert ("temu", "root") not in by_key, "menemukan (to find) is no meeting: word forms only"
    assert by_key[("gencat senjata", "phrase")].mode == "ceasefire"
    assert by_key[("menangkap", "word")].mode == "arrest"
    assert ("tangkap", "root") not in by_key  # ``hasil tangkapan`` is a catch of fish, not an arrest
    us = _get(actors, "AS")
    assert (us.country, us.sector) == ("USA", "GOV")
    assert _get(actors, "Hamas").sector == "REB"
    assert _get(actors, "PBB").country == "UNO"
    assert _get(titles, "menlu").sector == "GOV"
    assert _get(titles, "pasukan").sector == "MIL"
    assert _get(places, "Doha").country == "QAT"
    assert _get(places, "Laut Merah").country is None
