"""The Dask scale-out gives the events a single-machine ingest gives."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.sources import read_articles
from warta.store import Store

distributed = pytest.importorskip("distributed")

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "samples.jsonl"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def corpus(tmp_path: Path) -> Path:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for r in range(3):
            for d in rows:
                fh.write(json.dumps({"id": f"{d['id']}-{r}", "text": f"{d['text']}\nRed. {r}.",
                                     "published": "2024-08-21"}) + "\n")
        fh.write(json.dumps({"id": "again", "text": f"{rows[0]['text']}\nRed. 0.", "published": "2024-08-21"}) + "\n")
    return src


EQUAL = {
    "events": "SELECT id, article_id, position, json FROM {t}",
    "event_actors": "SELECT event_id, role, position, text, name, country, sector, kb_id FROM {t}",
    "evidence": "SELECT event_id, position, text, start, \"end\" FROM {t}",
    "articles": "SELECT id, content_hash, published, text FROM {t}",
}
"""What the Parquet of a Dask run and the database of `warta ingest` hold alike."""
SAME_DB = [
    "SELECT id, content_hash, dup_cluster, source, minhash FROM articles ORDER BY id",
    "SELECT id, article_id, position, json FROM events ORDER BY id",
    "SELECT * FROM event_actors ORDER BY event_id, role, position",
    "SELECT * FROM article_links ORDER BY a, b",
    "SELECT * EXCLUDE (json), json FROM aggregates ORDER BY id",
    "SELECT * FROM aggregate_members ORDER BY aggregate_id, event_id",
]


def test_dask_equals_single_machine(tmp_path: Path, client) -> None:
    from warta.distributed import ingest_dask

    src = corpus(tmp_path)
    out = tmp_path / "pq"
    tally = ingest_dask(read_articles(str(src)), out, client, partition_size=4)
    assert tally.new == 15 and tally.known == 1 and tally.partitions == 4
    with Store(tmp_path / "w.duckdb") as store:
        from warta.cli.ingest import ingest_articles

        ingest_articles(store, read_articles(str(src)), lambda m: None)
        want = sorted((e.id, e.type, tuple(a.name for a in e.actor), tuple(a.name for a in e.recipient))
                      for e in store.query_events())
        db = {t: sorted(store.con.execute(sql.format(t=t)).fetchall()) for t, sql in EQUAL.items()}
    con = duckdb.connect()
    # every event equal, field by field (the full event line), with its actors and evidence rows
    for t, sql in EQUAL.items():
        got = sorted(con.execute(sql.format(t=f"'{out}/{t}/*.parquet'")).fetchall())
        assert got == db[t] and got, t
    got_types = sorted(con.execute(f"SELECT id, type FROM '{out}/events/*.parquet'").fetchall())
    assert got_types == [(i, t) for i, t, _, _ in want] and want
    actors = con.execute(f"SELECT event_id, role, name FROM '{out}/event_actors/*.parquet' ORDER BY position"
                         ).fetchall()
    for eid, _, actor, recipient in want:
        assert tuple(n for e, r, n in actors if e == eid and r == "actor") == actor
        assert tuple(n for e, r, n in actors if e == eid and r == "recipient") == recipient
    assert con.execute(f"SELECT count(*) FROM '{out}/evidence/*.parquet'").fetchone()[0] >= len(want)
    # ``warta events --parquet`` answers the same filtered query as ``--db``
    for args in (["--type", "CONSULT"], ["--country", "PHL"], ["--actor", "Sugiono"]):
        from_db = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "w.duckdb"), "--format", "jsonl", *args])
        from_pq = CliRunner().invoke(main, ["events", "--parquet", str(out), "--format", "jsonl", *args])
        assert from_pq.exit_code == 0, from_pq.output
        assert sorted(json.loads(x)["id"] for x in from_pq.stdout.splitlines()) == \
            sorted(json.loads(x)["id"] for x in from_db.stdout.splitlines())
        assert from_db.stdout.strip()
    # stored from the Parquet, it is the very database a single-machine ingest gives
    r = CliRunner().invoke(main, ["ingest", "--from-parquet", str(out), "--db", str(tmp_path / "pq.duckdb")])
    assert r.exit_code == 0, r.output
    assert "stored 15 new articles (0 already stored)" in r.output
    with Store(tmp_path / "w.duckdb") as a, Store(tmp_path / "pq.duckdb") as b:
        for sql in SAME_DB:
            assert a.con.execute(sql).fetchall() == b.con.execute(sql).fetchall(), sql
    again = ingest_dask(read_articles(str(src)), out, client, partition_size=4)
    assert again.skipped_partitions == 4 and again.partitions == 0


def test_cli_dask_needs_out(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["ingest", str(corpus(tmp_path)), "--dask", "local"])
    assert r.exit_code == 2 and "--dask and --out go together" in r.output


def test_events_parquet_names_a_folder_without_output(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["events", "--parquet", str(tmp_path)])
    assert r.exit_code == 1 and "no Parquet output" in r.output
