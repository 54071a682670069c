"""GDELT 2.0 and PLOVER exports of the aggregate events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from tests.test_aggregate import KN, KN2, PH, ST, ingest

from warta import exports
from warta.store import Store
from warta.types import Location


@pytest.fixture
def store() -> Store:
    s = Store()
    ingest(s, [KN, PH, ST, KN2])
    yield s
    s.close()


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_column_lists_match_the_codebook() -> None:
    assert len(exports.EVENT_COLUMNS) == 61 and len(exports.MENTION_COLUMNS) == 16
    cols = exports.EVENT_COLUMNS
    assert cols[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert cols[15] == "Actor2Code" and cols[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert cols[35] == "Actor1Geo_Type" and cols[51] == "ActionGeo_Type" and cols[-2:] == ("DATEADDED", "SOURCEURL")


def test_fips_table_covers_the_actor_table() -> None:
    from warta.lang import get_language

    lang = get_language("id")
    countries = {e.country for e in lang.actors.values() if e.country} | {p.country for p in lang.places.values()
                                                                          if p.country}
    missing = sorted(c for c in countries if c not in exports.ISO3_TO_FIPS and c not in exports.INTERNATIONAL)
    assert missing == []
    assert exports.fips("DEU") == "GM" and exports.fips("IDN") == "ID" and exports.fips("MYS") == "MY"
    assert exports.fips("PSE", 31.5, 34.45) == "GZ" and exports.fips("PSE", 31.9, 35.2) == "WE"


def test_gdelt_export(store: Store, tmp_path: Path) -> None:
    n_events, n_mentions = exports.export_gdelt(store, tmp_path / "out.csv")
    assert (n_events, n_mentions) == (2, 4)
    events = [dict(zip(exports.EVENT_COLUMNS, r, strict=True)) for r in read_tsv(tmp_path / "out.events.csv")]
    mentions = [dict(zip(exports.MENTION_COLUMNS, r, strict=True)) for r in read_tsv(tmp_path / "out.mentions.csv")]
    meeting = events[0]
    assert meeting["SQLDATE"] == "20250203" and meeting["MonthYear"] == "202502" and meeting["Year"] == "2025"
    assert meeting["FractionDate"].startswith("2025.0")
    assert {meeting["Actor1Code"], meeting["Actor2Code"]} == {"IDNGOV", "MYSGOV"}
    assert meeting["Actor1Type1Code"] == "GOV"
    assert (meeting["EventCode"], meeting["EventBaseCode"], meeting["EventRootCode"]) == ("040", "040", "04")
    assert meeting["QuadClass"] == "1" and meeting["GoldsteinScale"] == "1.0"
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("3", "2", "3")
    assert meeting["ActionGeo_Type"] == "4" and meeting["ActionGeo_CountryCode"] == "MY"
    assert meeting["ActionGeo_FullName"] == "Kuala Lumpur" and meeting["Actor1Geo_Type"] == "0"
    assert meeting["DATEADDED"] == "20250203000000" and meeting["AvgTone"] == ""
    ids = {e["GLOBALEVENTID"] for e in events}
    assert all(m["GLOBALEVENTID"] in ids for m in mentions)
    kn = next(m for m in mentions if m["MentionIdentifier"] == KN.url)
    assert kn["MentionType"] == "1" and kn["MentionSourceName"] == "kabarnusantara.example"
    assert kn["MentionTimeDate"] == "20250204000000" and kn["Confidence"] == "90"
    assert kn["MentionDocLen"] == str(len(KN.text)) and kn["MentionDocTranslationInfo"] == "srclc:ind"
    st = next(m for m in mentions if m["MentionIdentifier"] == "Suara Timur: st-3321")
    assert st["MentionType"] == "2"


def test_gdelt_leaves_out_events_that_did_not_happen(store: Store, tmp_path: Path) -> None:
    store.con.execute("UPDATE aggregates SET json = replace(json, '\"asserted\"', '\"negated\"')")
    assert exports.export_gdelt(store, tmp_path / "x") == (0, 0)


def test_plover_export(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    assert exports.export_plover(store, out) == 2
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    for key in ("id", "date", "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "cite_info"):
        assert key in first
    assert first["event"] == ["CONSULT"] and first["quad_code"] == 1 and first["mode"] == ["visit"]
    assert {a["code"] for a in first["actor"] + first["recipient"]} == {"IDN", "MYS"}
    assert first["actor"][0]["sector"] == "GOV" and "entity_text" in first["actor"][0]
    assert first["event_loc"]["resolved_place"] == "Kuala Lumpur" and first["event_loc"]["country_code"] == "MYS"
    assert first["num_sources"] == 2 and len(first["mentions"]) == 3


def test_geo_fields_country_level() -> None:
    loc = Location("Malaysia", "Malaysia", "MYS", 4.2, 102.0)
    assert exports.geo_fields(loc)[:4] == ["1", "Malaysia", "MY", "MY"]
    assert exports.geo_fields(None)[0] == "0"


def test_export_errors(store: Store, tmp_path: Path) -> None:
    from warta.types import WartaError

    with pytest.raises(WartaError, match="does not exist"):
        exports.export_gdelt(store, tmp_path / "no" / "x")
    with pytest.raises(WartaError, match="does not exist"):
        exports.export_plover(store, tmp_path / "no" / "x.jsonl")
