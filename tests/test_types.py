"""The event line format: what ``warta code`` prints and the store keeps."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from warta.types import Actor, Event, Evidence, Location


def test_parts_serialise_every_field() -> None:
    # the parts write their dicts out by hand (speed): a new field must not be left out silently
    parts = [Actor("Menlu Qatar", "Mohammed bin Abdulrahman Al Thani", "QAT", "GOV", "p-qat-1"),
             Location("di Doha", "Doha", "QAT", 25.29, 51.53, 290030, "city"),
             Evidence("bertemu dengan Menlu AS", 120, 143)]
    for part in parts:
        assert part.to_json() == asdict(part)
        assert list(part.to_json()) == list(asdict(part))  # and in the same order


def test_event_line_round_trip() -> None:
    ev = Event(article="a1", id="e1", type="CONSULT", mode="visit", cameo="042",
               actor=[Actor("Menlu Qatar", "Menlu Qatar", "QAT", "GOV")],
               recipient=[Actor("AS", "Amerika Serikat", "USA", None)], date="2024-08-20", date_end=None,
               location=Location("Doha", "Doha", "QAT"), modality="asserted", attribution=None,
               evidence=[Evidence("bertemu", 10, 17)], confidence=0.91234, trigger="bertemu")
    d = ev.to_dict()
    assert d["quad_class"] == "verbal-cooperation"
    assert d["confidence"] == 0.912
    assert d["actor"][0]["country"] == "QAT" and d["location"]["name"] == "Doha"
    assert d["evidence"] == [{"text": "bertemu", "start": 10, "end": 17}]


def test_unknown_type_or_modality_is_refused() -> None:
    with pytest.raises(ValueError, match="PLOVER type"):
        Event("a", "e", "MEET", None, "040", [], [], None, None, None, "asserted", None, [], 0.5)
    with pytest.raises(ValueError, match="modality"):
        Event("a", "e", "CONSULT", None, "040", [], [], None, None, None, "perhaps", None, [], 0.5)


@pytest.mark.parametrize("confidence", [0.87654321, 1, 0.1 + 0.2])
def test_as_stored_is_what_the_line_reads_back(confidence) -> None:
    # the store builds the new events' mentions from the objects, not by re-reading their lines:
    # both must be the same, or an aggregate would change when it is rebuilt
    ev = Event("kb-7", "kb-7-e2", "PROTEST", "demonstrate", "141",
               [Actor("ribuan buruh KSPI", "KSPI", "IDN", "LAB", "kspi")], [], "2025-05-01", None,
               Location("di depan Gedung DPR", "Jakarta", "IDN", -6.21, 106.8, 1642911, "city"), "asserted",
               "kata polisi", [Evidence("Ribuan buruh berunjuk rasa.", 10, 37)], confidence, "berunjuk rasa",
               "day", False, ["type: a protest verb"])
    stored = ev.as_stored()
    assert stored == Event.from_dict(json.loads(ev.to_json()))
    assert stored.explanation == [] and ev.explanation == ["type: a protest verb"]


def test_with_values_copies_changes_and_still_checks() -> None:
    ev = Event("kb-9", "kb-9-e1", "ACCUSE", "disapprove", "111",
               [Actor("Menlu Iran", "Menlu Iran", "IRN", "GOV")], [Actor("Israel", "Israel", "ISR", None)],
               "2025-06-14", None, None, "asserted", None, [Evidence("menuduh", 5, 12)], 0.8, "menuduh")
    moved = ev.with_values(id="kb-10-e1", article="kb-10")
    assert (moved.id, moved.article) == ("kb-10-e1", "kb-10")
    assert (ev.id, ev.article) == ("kb-9-e1", "kb-9")  # the original is left as it was
    assert moved == Event.from_dict({**ev.to_dict(), "id": "kb-10-e1", "article": "kb-10"})
    assert moved.actor is ev.actor  # shallow, like dataclasses.replace
    with pytest.raises(TypeError, match="no field"):
        ev.with_values(kind="event")
    with pytest.raises(ValueError, match="PLOVER type"):
        ev.with_values(type="MEET")
    assert ev.with_values(modality="future").modality == "future"
