"""Coding on several processes gives what one process gives, in the same order."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from warta.cli import main
from warta.parallel import code_stream, peek
from warta.store import Store
from warta.types import Article, InputError

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "samples.jsonl"


def corpus(n: int) -> list[Article]:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(f"{rows[i % len(rows)]['id']}-{i}", f"{rows[i % len(rows)]['text']}\nRed. {i}.",
                    date(2024, 8, 21)) for i in range(n)]


def fingerprint(events) -> list[tuple]:
    return [(e.id, e.type, tuple(a.name for a in e.actor), tuple(a.name for a in e.recipient)) for e in events]


def test_code_stream_in_order_with_pass_through() -> None:
    arts = corpus(9)
    items: list = [arts[0], InputError("bad", "no text"), *arts[1:]]
    one = list(code_stream(items, 1))
    two = list(code_stream(items, 2, chunk=2, window=2))
    assert [i for i, _ in two] == items
    assert two[1][1] is None
    assert [fingerprint(r) for _, r in two if isinstance(r, list)] == [fingerprint(r) for _, r in one
                                                                       if isinstance(r, list)]
    assert any(r for _, r in one if isinstance(r, list))


def test_peek() -> None:
    head, again, more = peek(range(5), 3)
    assert head == [0, 1, 2, 3] and more and list(again) == [0, 1, 2, 3, 4]
    head, again, more = peek(range(2), 3)
    assert not more and list(again) == [0, 1]


def test_ingest_workers_equal_single_and_resume(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": a.text, "published": "2024-08-21"}) + "\n"
                           for a in corpus(12)), encoding="utf-8")
    runner = CliRunner()
    dbs = {}
    for j in ("1", "2"):
        dbs[j] = str(tmp_path / f"w{j}.duckdb")
        r = runner.invoke(main, ["ingest", str(src), "--db", dbs[j], "--workers", j])
        assert r.exit_code == 0, r.output
    with Store(dbs["1"]) as a, Store(dbs["2"]) as b:
        assert fingerprint(a.query_events()) == fingerprint(b.query_events())
        assert a.count_aggregates() == b.count_aggregates() and a.count_articles() == 12
    r = runner.invoke(main, ["ingest", str(src), "--db", dbs["2"], "--workers", "2"])
    assert r.exit_code == 0
    assert "ingested 0 new articles (12 already stored)" in r.output
