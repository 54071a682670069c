"""One construction per sentence: our own Indonesian sentences with the event they must give.

``tests/fixtures/sentences.tsv`` holds the sentences; ``known_gaps.txt`` lists the
ids the coder does not handle yet. Those are expected to fail (strictly: one that
starts passing must be taken off the list), so the file is an honest record of
what is still missing.
"""

import csv
from pathlib import Path

import pytest

import warta

HERE = Path(__file__).parent / "fixtures"


def _rows():
    with (HERE / "sentences.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _gaps():
    path = HERE / "known_gaps.txt"
    return {ln.split("#")[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()} - {""}


ROWS = _rows()
GAPS = _gaps()


def _codes(cell):
    return {tuple(c.split("/")) for c in cell.split(",") if c}


def _matches(event, row):
    got_a = {(a.country, a.sector) for a in event.actor}
    got_r = {(a.country, a.sector) for a in event.recipient}
    want_a, want_r = _codes(row["actor"]), _codes(row["recipient"])
    ok = (not want_a or want_a & got_a) and (not want_r or want_r & got_r)
    return bool(ok or (want_a and want_r and want_a & got_r and want_r & got_a))


@pytest.mark.parametrize("row", [
    pytest.param(r, id=r["id"], marks=pytest.mark.xfail(strict=True, reason="known gap")) if r["id"] in GAPS
    else pytest.param(r, id=r["id"]) for r in ROWS])
def test_sentence(row):
    events = warta.code(row["sentence"], published=row["published"])
    if row["type"] == "NONE":
        assert events == [], [e.type for e in events]
        return
    cands = [e for e in events if e.type == row["type"] and _matches(e, row)]
    assert cands, f"wanted {row['type']} {row['actor']} -> {row['recipient']}; got " + "; ".join(
        f"{e.type} {[(a.country, a.sector) for a in e.actor]} -> {[(a.country, a.sector) for a in e.recipient]}"
        for e in events)
    event = cands[0]
    assert event.modality == (row["modality"] or "asserted")
    if row["date"]:
        assert event.date == row["date"]


def test_every_plover_type_is_covered():
    types = {r["type"] for r in ROWS}
    assert types >= set(warta.types.PLOVER_TYPES) | {"NONE"}
