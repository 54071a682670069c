"""Batched writes: ``Store.add_many`` equals adding one article at a time, and an interrupted
ingest leaves the database consistent and is completed, exactly, by a re-run."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from test_aggregate import JKT, KN, KN2, KN_AGAIN, PH, ST, ev, fake_code
from test_dedup import COPY, ORIGINAL, REWRITE, TRANSLATION
from warta.cli.ingest import ingest_articles
from warta.sources import read_articles
from warta.store import Store
from warta.types import Article, Event

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "samples.jsonl"


def code(article: Article) -> list[Event]:
    if article.id.split("#")[0] in {"kn-0412", "kn-0412-ulang", "ph-7781", "st-3321", "kn-0520"}:
        return fake_code(article)
    return [dataclasses.replace(ev(f"{article.id}-e1", "2025-02-10", loc=JKT), article=article.id)]


def corpus() -> list[Article]:
    late = Article("earlier", ORIGINAL.text + "\nFoto: Antara", date(2025, 3, 5), outlet="Lain")
    clash = Article("kn-0412", "Teks lain sama sekali dengan id yang sama.", date(2025, 2, 10))  # id taken
    clash2 = Article("kn-0412", "Teks ketiga, lagi-lagi dengan id yang sama.", date(2025, 2, 10))
    return [KN, KN_AGAIN, PH, COPY, ORIGINAL, clash, ST, REWRITE, TRANSLATION, late, KN2, clash2, PH]


def state(s: Store) -> dict[str, list]:
    q = s.con.execute
    return {
        "articles": q("SELECT id, content_hash, dup_cluster, source_key, minhash FROM articles ORDER BY id").fetchall(),
        "events": q("SELECT id, article_id, position, json FROM events ORDER BY id").fetchall(),
        "actors": q("SELECT * FROM event_actors ORDER BY event_id, role, position").fetchall(),
        "evidence": q("SELECT * FROM evidence ORDER BY event_id, position").fetchall(),
        "bands": q("SELECT * FROM article_bands ORDER BY article_id, band").fetchall(),
        "links": q("SELECT * FROM article_links ORDER BY a, b").fetchall(),
        "aggregates": q("SELECT * EXCLUDE (json), json FROM aggregates ORDER BY id").fetchall(),
        "members": q("SELECT * FROM aggregate_members ORDER BY aggregate_id, event_id").fetchall(),
    }


def one_by_one(articles: list[Article]) -> tuple[dict, list]:
    with Store() as s:
        results = []
        for a in articles:
            results.append(s.last_added if s.add(a, code(a)) else None)
        return state(s), results


@pytest.mark.parametrize("size", [1, 3, 5, 100])
def test_add_many_equals_add_one_by_one(size: int) -> None:
    articles = corpus()
    want, want_results = one_by_one(articles)
    with Store() as s:
        results = []
        for i in range(0, len(articles), size):
            part = articles[i:i + size]
            results += s.add_many([(a, code(a)) for a in part])
        assert state(s) == want
        assert [r and (r.article_id, r.duplicates) for r in results] == \
            [r and (r.article_id, r.duplicates) for r in want_results]
        assert results[1] is None and results[-1] is None  # the same text again, in or across batches
        assert {r.article_id for r in results if r} >= {"kn-0412", f"kn-0412#{articles[5].content_hash[:8]}"}
        s.rebuild(resign=True)
        assert state(s) == want


@pytest.mark.parametrize("index_ids", [0, 200])
def test_stored_mentions_read_back_by_scan_or_index_give_the_same(index_ids: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # no mention kept between batches: every stored one is read back, in one scan or by the index
    import warta.store

    monkeypatch.setattr(warta.store, "MENTION_CACHE", 0)
    monkeypatch.setattr(warta.store, "_INDEX_IDS", index_ids)
    articles = corpus()
    want, _ = one_by_one(articles)
    with Store() as s:
        for i in range(0, len(articles), 2):
            s.add_many([(a, code(a)) for a in articles[i:i + 2]])
        assert state(s) == want


def write_corpus(path: Path, n: int) -> None:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = rows[i % len(rows)]
            text = d["text"] if i % 7 else f"{d['text']}\nBaca juga: kabar lain {i}"  # some near-duplicates
            fh.write(json.dumps({"id": f"{d['id']}-{i}", "text": f"{text}\nRed. {i}.",
                                 "published": f"2024-08-{1 + i % 28:02d}"}) + "\n")


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, duckdb.InterruptException])
def test_interrupted_ingest_resumes_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interrupt) -> None:
    src = tmp_path / "in.jsonl"
    write_corpus(src, 23)
    with Store(tmp_path / "clean.duckdb") as s:
        clean = ingest_articles(s, read_articles(str(src)), lambda m: None, batch=4)
        want = state(s)
    assert clean.new == 23 and want["links"] and want["aggregates"]

    calls = {"n": 0}
    original = Store._aggregate_batch

    def interrupted(self, new, reclustered=()):
        calls["n"] += 1
        if calls["n"] == 3:  # in the middle of the third batch: rows written, aggregates not yet
            raise interrupt  # Ctrl-C in Python, or inside a DuckDB query (not a failed write)
        return original(self, new, reclustered)

    monkeypatch.setattr(Store, "_aggregate_batch", interrupted)
    db = tmp_path / "w.duckdb"
    with Store(db) as s, pytest.raises(KeyboardInterrupt):
        ingest_articles(s, read_articles(str(src)), lambda m: None, batch=4)
    monkeypatch.setattr(Store, "_aggregate_batch", original)
    with Store(db) as s:
        assert s.count_articles() == 8  # two whole batches, nothing of the third
        assert s.con.execute("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
                             ).fetchone()[0] == 0
        assert s.con.execute("SELECT count(DISTINCT article_id) FROM article_bands").fetchone()[0] == 8
        again = ingest_articles(s, read_articles(str(src)), lambda m: None, batch=5)
        assert (again.new, again.known, again.failed) == (15, 8, 0)
        got = state(s)
    for table in want:
        if table == "articles":
            continue
        assert got[table] == want[table], table
    assert [r[:4] for r in got["articles"]] == [r[:4] for r in want["articles"]]


def test_failing_article_in_a_batch_costs_only_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.jsonl"
    write_corpus(src, 10)
    original = Store._insert_event

    def flaky(self, e, article_id, position):
        if article_id.endswith("-6"):
            raise RuntimeError("disk on fire")
        original(self, e, article_id, position)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    messages: list[str] = []
    with Store(tmp_path / "w.duckdb") as s:
        tally = ingest_articles(s, read_articles(str(src)), messages.append, batch=4)
        assert (tally.new, tally.failed) == (9, 1)
        assert s.count_articles() == 9
    assert any("could not store (RuntimeError: disk on fire)" in m for m in messages)


def test_a_growing_aggregate_keeps_its_member_rows_and_a_new_earliest_report_renames_it() -> None:
    """A batch that only adds reports to a stored aggregate writes just the new member rows; a report
    published earlier than all the others becomes the canonical one, and the aggregate is rewritten
    under its new id with no row left under the old one. Either way the tables equal a rebuild."""
    def report(art_id: str, day: int, outlet: str) -> tuple[Article, list[Event]]:
        art = Article(art_id, f"Menlu {outlet} melaporkan pertemuan di Jakarta, berita nomor {day}.",
                      date(2025, 2, day), outlet=outlet)
        return art, [dataclasses.replace(ev(f"{art_id}-e1", "2025-02-10", loc=JKT), article=art_id)]

    def members(s: Store) -> dict[str, tuple[str, int]]:
        rows = s.con.execute("SELECT event_id, aggregate_id, rowid FROM aggregate_members").fetchall()
        return {e: (a, r) for e, a, r in rows}

    with Store() as s:
        s.add_many([report("rb", 11, "Kompas")])
        before = members(s)
        s.add_many([report("rc", 12, "Tempo")])
        grown = members(s)
        assert len({a for a, _ in grown.values()}) == 1 and len(grown) == 2
        assert grown["rb-e1"] == before["rb-e1"]  # the same row: not deleted and written again
        s.add_many([report("ra", 10, "Antara")])
        renamed = members(s)
        (new_id,) = {a for a, _ in renamed.values()}
        (old_id,) = {a for a, _ in grown.values()}
        assert new_id != old_id and len(renamed) == 3
        assert s.con.execute("SELECT count(*) FROM aggregates WHERE id = ?", [old_id]).fetchone()[0] == 0
        (num_mentions, num_sources) = s.con.execute(
            "SELECT num_mentions, num_sources FROM aggregates WHERE id = ?", [new_id]).fetchone()
        assert (num_mentions, num_sources) == (3, 3)
        want = state(s)
        s.rebuild()
        assert state(s) == want


@pytest.mark.parametrize("chunk", [2, 1000])
def test_re_signing_in_chunks_restores_every_signature_and_source(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``rebuild(resign=True)`` reads and rewrites the articles a chunk at a time: lost signatures and
    sources come back exactly, whether the articles fit one chunk or many."""
    monkeypatch.setattr("warta.store.RESIGN_CHUNK", chunk)
    with Store() as s:
        s.add_many([(a, code(a)) for a in corpus()])
        want = state(s)
        s.con.execute("UPDATE articles SET minhash = NULL, source = 'lost', source_key = 'lost',"
                      " attributed_source = NULL, dup_cluster = id")
        s.rebuild(resign=True)
        assert state(s) == want


def test_a_database_signed_with_the_older_shingle_hash_is_re_signed_on_open(tmp_path) -> None:
    """Signatures from SHA-1 shingle hashes (before CRC-32) never compare with new ones: opening such a
    database recomputes them all, and the near-duplicates, clusters and aggregates come out the same."""
    import datasketch

    from warta import dedup

    path = tmp_path / "sha1.duckdb"
    with Store(path) as s:
        s.add_many([(a, code(a)) for a in corpus()])
        want = state(s)
        old = datasketch.MinHash(num_perm=dedup.NUM_PERM)  # datasketch's default hash: SHA-1
        for aid, text in s.con.execute("SELECT id, text FROM articles").fetchall():
            grams = dedup.shingles(dedup.normalise_text(Article(aid, text, date(2025, 1, 1))))
            mh = old.copy()
            mh.update_batch([g.encode("utf-8") for g in grams])
            s.con.execute("UPDATE articles SET minhash = ? WHERE id = ?", [dedup.to_bytes(mh.hashvalues), aid])
        s._set_meta("minhash_scheme", dedup.scheme_family().replace(f"-{dedup.HASH}", ""))
        assert state(s)["articles"] != want["articles"]
    with Store(path, create=False) as s:
        assert s._get_meta("minhash_scheme") == dedup.scheme_family()
        assert state(s) == want
