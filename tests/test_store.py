"""The DuckDB store: idempotent ingest, atomic writes, parameterised filters, exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from warta.store import SCHEMA_VERSION, Store
from warta.types import Actor, Article, Event, Evidence, Location, WartaError

BLINKEN = Actor("Menlu AS Antony Blinken", "Antony Blinken", "USA", "GOV")
QATAR = Actor("Qatar", "Qatar", "QAT", "GOV")
HAMAS = Actor("Hamas", "Hamas", "PSE", "REB")
ISRAEL = Actor("Israel", "Israel", "ISR", "GOV")


def art(aid: str, text: str, published: date = date(2024, 8, 21)) -> Article:
    return Article(id=aid, text=text, published=published, outlet="Contoh")


def ev(article: str, n: int, type_: str, actor: list[Actor], recipient: list[Actor], when: str | None,
       modality: str = "asserted", symmetric: bool = False) -> Event:
    return Event(article=article, id=f"{article}-e{n}", type=type_, mode=None, cameo="040", actor=actor,
                 recipient=recipient, date=when, date_end=None, location=Location("Doha", "Doha", "QAT", 25.3, 51.5),
                 modality=modality, attribution=None, evidence=[Evidence(f"Kalimat {n} dari {article}.", 0, 20)],
                 confidence=0.9, trigger="bertemu", symmetric=symmetric)


@pytest.fixture
def store() -> Store:
    s = Store(":memory:")
    a1 = art("a1", "Blinken bertemu dengan Qatar di Doha.")
    a2 = art("a2", "Hamas menuduh Israel menghambat perundingan.", date(2024, 8, 25))
    assert s.add(a1, [ev("a1", 1, "CONSULT", [BLINKEN], [QATAR], "2024-08-20", symmetric=True),
                      ev("a1", 2, "AID", [QATAR], [HAMAS], None, modality="future")])
    assert s.add(a2, [ev("a2", 1, "ACCUSE", [HAMAS], [ISRAEL], "2024-08-24")])
    yield s
    s.close()


def rows(s: Store, table: str) -> int:
    return s.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_schema_and_counts(store: Store) -> None:
    assert store.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == SCHEMA_VERSION
    assert (store.count_articles(), store.count_events()) == (2, 3)
    assert rows(store, "event_actors") == 6 and rows(store, "evidence") == 3


def test_readding_same_text_changes_nothing(store: Store) -> None:
    again = art("other-id", "Blinken   bertemu dengan Qatar\ndi Doha.")  # same text up to whitespace
    assert store.has_article(again.content_hash)
    assert store.add(again, [ev("other-id", 1, "CONSULT", [BLINKEN], [QATAR], None)]) is False
    assert (store.count_articles(), store.count_events(), rows(store, "event_actors")) == (2, 3, 6)


def test_id_collision_gets_hash_suffix(store: Store) -> None:
    new = art("a1", "Teks yang berbeda sama sekali tentang Qatar.")
    assert store.add(new, [ev("a1", 1, "SUPPORT", [QATAR], [HAMAS], None)])
    new_id = f"a1#{new.content_hash[:8]}"
    (got,) = store.query_events(article=new_id)
    assert got.article == new_id and got.id == f"{new_id}-e1" and got.type == "SUPPORT"
    assert len(store.query_events(article="a1")) == 2  # the original is untouched


def test_failed_insert_rolls_back_the_whole_article(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Store._insert_event

    def flaky(self: Store, e: Event, article_id: str, position: int) -> None:
        if position == 1:
            raise RuntimeError("disk on fire")
        original(self, e, article_id, position)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    a3 = art("a3", "Artikel ketiga dengan dua peristiwa.")
    with pytest.raises(RuntimeError):
        store.add(a3, [ev("a3", 1, "CONSULT", [BLINKEN], [QATAR], None), ev("a3", 2, "AID", [QATAR], [HAMAS], None)])
    assert not store.has_article(a3.content_hash)
    assert (store.count_articles(), store.count_events()) == (2, 3)
    assert (rows(store, "event_actors"), rows(store, "evidence")) == (6, 3)
    monkeypatch.setattr(Store, "_insert_event", original)
    assert store.add(a3, [ev("a3", 1, "CONSULT", [BLINKEN], [QATAR], None)])  # and the store still works
    assert store.count_events() == 4


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_query_filters(store: Store) -> None:
    assert ids(store.query_events()) == ["a1-e1", "a1-e2", "a2-e1"]  # by date; undated -> publication date
    assert ids(store.query_events(actor="blinken")) == ["a1-e1"]
    assert ids(store.query_events(actor="menlu as")) == ["a1-e1"]  # matches the text too
    assert ids(store.query_events(actor="qatar")) == ["a1-e1", "a1-e2"]  # symmetric recipient counts
    assert ids(store.query_events(actor="israel")) == []  # a recipient is not an actor
    assert ids(store.query_events(country="isr")) == ["a2-e1"]  # recipient country counts
    assert ids(store.query_events(type="accuse")) == ["a2-e1"]
    assert ids(store.query_events(since=date(2024, 8, 21))) == ["a1-e2", "a2-e1"]
    assert ids(store.query_events(until=date(2024, 8, 20))) == ["a1-e1"]
    assert ids(store.query_events(article="a2")) == ["a2-e1"]
    assert ids(store.query_events(limit=1)) == ["a1-e1"]
    assert ids(store.query_events(actor="qatar", type="AID")) == ["a1-e2"]
    assert store.query_events(actor="'; DROP TABLE events; --") == []
    assert store.count_events() == 3


def test_unknown_type_is_an_error(store: Store) -> None:
    with pytest.raises(WartaError, match="unknown event type"):
        store.query_events(type="HUG")


def test_events_round_trip(store: Store) -> None:
    (e,) = store.query_events(article="a2")
    assert e == ev("a2", 1, "ACCUSE", [HAMAS], [ISRAEL], "2024-08-24")


def test_file_database_persists(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with Store(path) as s:
        s.add(art("a1", "Satu dua tiga."), [ev("a1", 1, "CONSULT", [BLINKEN], [QATAR], None)])
    with Store(path, create=False) as s:
        assert (s.count_articles(), s.count_events()) == (1, 1)


def test_missing_database_is_refused_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(WartaError, match="no such database"):
        Store(tmp_path / "nope.duckdb", create=False)
    assert not (tmp_path / "nope.duckdb").exists()


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_text("hello")
    with pytest.raises(WartaError, match="bad.duckdb"):
        Store(bad, create=False)


def test_export_jsonl(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    assert store.export("jsonl", out) == 3
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["id"] for d in lines] == ["a1-e1", "a1-e2", "a2-e1"]
    assert lines[0]["actor"][0]["name"] == "Antony Blinken"


def test_export_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    store.export("csv", out)
    with out.open() as fh:
        got = list(csv.DictReader(fh))
    assert [r["id"] for r in got] == ["a1-e1", "a1-e2", "a2-e1"]
    assert got[0]["actor"] == "USA/GOV Antony Blinken" and got[0]["recipient"] == "QAT/GOV Qatar"
    assert got[2]["type"] == "ACCUSE" and got[2]["evidence"] == "Kalimat 1 dari a2."


def test_export_parquet(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "it's.parquet"  # a quote in the path must not break COPY
    store.export("parquet", out)
    got = duckdb.sql(f"SELECT id, type, actor FROM read_parquet('{str(out).replace(chr(39), chr(39) * 2)}')").fetchall()
    assert got == [("a1-e1", "CONSULT", "USA/GOV Antony Blinken"), ("a1-e2", "AID", "QAT/GOV Qatar"),
                   ("a2-e1", "ACCUSE", "PSE/REB Hamas")]


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(WartaError, match="unknown export format"):
        store.export("xlsx", tmp_path / "e.xlsx")
    with pytest.raises(WartaError, match="does not exist"):
        store.export("csv", tmp_path / "no" / "e.csv")


def test_new_tables_and_last_added(store: Store) -> None:
    for table in ("aggregates", "aggregate_members", "article_bands", "article_links"):
        assert rows(store, table) >= 0
    assert rows(store, "aggregate_members") == 3  # every event belongs to one aggregate
    assert store.count_aggregates() == 3
    a3 = art("a3", "Blinken bertemu dengan Qatar di Doha, kata pejabat.", date(2024, 8, 21))
    assert store.add(a3, [ev("a3", 1, "CONSULT", [QATAR], [BLINKEN], "2024-08-20", symmetric=True)])
    assert store.last_added is not None and store.last_added.article_id == "a3"
    assert store.count_aggregates() == 3  # the symmetric meeting joined the a1 one
    (meeting,) = store.query_aggregates(type="consult")
    assert (meeting.num_articles, meeting.num_sources) == (2, 1)  # one outlet, "Contoh"
    assert store.query_aggregates(actor="qatar", type="AID")[0].event.type == "AID"
    assert store.query_aggregates(actor="hamas", type="AID") == []  # a recipient is not an actor
    assert store.query_aggregates(article="a2")[0].event.type == "ACCUSE"


def test_version_1_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as s:
        s.add(art("a1", "Blinken bertemu dengan Qatar di Doha."),
              [ev("a1", 1, "CONSULT", [BLINKEN], [QATAR], "2024-08-20", symmetric=True)])
    con = duckdb.connect(str(path))  # make it look like a version 1 database
    con.execute("DROP TABLE aggregates; DROP TABLE aggregate_members; DROP TABLE article_bands;"
                " DROP TABLE article_links; DROP VIEW events_flat")
    for column in ("minhash", "source", "source_key", "attributed_source", "dup_cluster"):
        con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.execute("DELETE FROM meta WHERE key = 'minhash_scheme'")
    con.close()
    with Store(path, create=False) as s:
        assert s.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == SCHEMA_VERSION
        assert s.count_aggregates() == 1 and s.con.execute("SELECT count(minhash) FROM articles").fetchone()[0] == 1


def test_ingest_settings_reach_duckdb(tmp_path) -> None:
    # an ingest caps DuckDB's buffers and threads (the cores are busy coding)
    from warta.cli.ingest import DUCKDB_THREADS, MEMORY_LIMIT, fewer_malloc_arenas

    fewer_malloc_arenas()  # a no-op where glibc is not there; never an error
    with Store(tmp_path / "w.duckdb", memory_limit=MEMORY_LIMIT, threads=DUCKDB_THREADS) as store:
        threads, limit = store.con.execute(
            "SELECT current_setting('threads'), current_setting('memory_limit')").fetchone()
    assert int(threads) == DUCKDB_THREADS
    mib = float(limit.split()[0])  # DuckDB writes MiB: '366.2 MiB' for 384MB
    assert abs(mib * 2**20 - int(MEMORY_LIMIT.removesuffix("MB")) * 10**6) < 2**20


def test_ingest_collects_garbage_less_often_and_restores_the_setting() -> None:
    import gc

    from warta.cli.ingest import GC_THRESHOLD, ingest_articles

    before = gc.get_threshold()
    seen: list[int] = []

    def articles():
        seen.append(gc.get_threshold()[0])
        yield Article("gc-1", "Presiden Prabowo bertemu Perdana Menteri Anwar Ibrahim di Jakarta.", date(2025, 2, 3))
        raise RuntimeError("the feed broke")

    with Store() as store, pytest.raises(RuntimeError):
        ingest_articles(store, articles(), lambda m: None)
    assert seen == [GC_THRESHOLD]
    assert gc.get_threshold() == before
