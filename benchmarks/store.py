"""How the cost of storing a batch grows with the database: the store alone, as an ingest fills it.

    python benchmarks/store.py [ARTICLES.jsonl] [-n 30000] [--every 5000]

Builds the same corpus as ``throughput.py`` (distinct articles, 10% syndicated copies),
codes it batch by batch in this process, and times only ``Store.add_many`` for each batch
of ``BATCH`` articles, with the ingest's DuckDB and garbage-collector settings. Every
``--every`` articles it prints, per article over the batches since the last line: the
store's time and that of its steps (near-duplicate links; aggregation, which includes
reading stored mentions and writing aggregates; the rest is inserting rows and
committing). Then the aggregates so far, the largest, and the process's RSS.

A flat column means storing does not slow down as the database grows: the per-core
rate of a long ingest stays the rate of a short one. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import psutil

from warta.cli.ingest import BATCH, DUCKDB_THREADS, MEMORY_LIMIT, fewer_collections
from warta.parallel import code_prepared
from warta.sources import read_articles
from warta.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build_corpus  # noqa: E402
from throughput import DEFAULTS  # noqa: E402

STEPS = ("_link_batch", "_aggregate_batch", "_mentions_of", "_write_aggregates")


def timed_steps(totals: dict[str, float]) -> None:
    """Wrap the store's steps so that their time adds up in ``totals`` (outermost calls only)."""
    depth = defaultdict(int)
    for name in STEPS:
        fn = getattr(Store, name)

        def wrapper(self, *args, _fn=fn, _name=name, **kwargs):
            depth[_name] += 1
            t0 = time.perf_counter()
            try:
                return _fn(self, *args, **kwargs)
            finally:
                depth[_name] -= 1
                if not depth[_name]:
                    totals[_name] += time.perf_counter() - t0

        setattr(Store, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", type=Path)
    ap.add_argument("-n", type=int, default=30000, help="articles in the corpus (default 30000)")
    ap.add_argument("--every", type=int, default=5000, help="print a line every this many articles (default 5000)")
    args = ap.parse_args()
    src = args.articles or next(p for p in DEFAULTS if p.exists())
    steps: dict[str, float] = defaultdict(float)
    timed_steps(steps)
    me = psutil.Process()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = build_corpus(src, args.n, corpus)
        print(f"corpus {src.name}: {args.n} articles, {words} words; batches of {BATCH}")
        print(f"{'articles':>9} {'store ms/article':>17}  " + "  ".join(f"{s.strip('_'):>15}" for s in STEPS)
              + f"  {'aggregates':>10} {'largest':>8} {'RSS MB':>7}")
        with Store(Path(tmp) / "store.duckdb", memory_limit=MEMORY_LIMIT, threads=DUCKDB_THREADS) as store, \
                fewer_collections():
            batch: list = []
            preps: list = []
            spent, stored, total = 0.0, 0, 0.0

            def flush() -> None:
                nonlocal spent, stored, total
                t0 = time.perf_counter()
                store.add_many(batch, preps)
                spent += time.perf_counter() - t0
                stored += len(batch)
                batch.clear()
                preps.clear()

            n = 0
            for art in read_articles(corpus):
                result, prep = code_prepared(art)
                batch.append((art, result))
                preps.append(prep)
                n += 1
                if len(batch) >= BATCH:
                    flush()
                if n % args.every == 0 or n == args.n:
                    if batch:
                        flush()
                    count, largest = store.con.execute(
                        "SELECT count(*), coalesce(max(num_mentions), 0) FROM aggregates").fetchone()
                    print(f"{n:9d} {1000 * spent / stored:17.2f}  "
                          + "  ".join(f"{1000 * steps[s] / stored:15.2f}" for s in STEPS)
                          + f"  {count:10d} {largest:8d} {me.memory_info().rss / 2**20:7.0f}", flush=True)
                    total += spent
                    spent, stored = 0.0, 0
                    steps.clear()
            t0 = time.perf_counter()
            store.close()  # the last checkpoint is part of storing
            closing = time.perf_counter() - t0
            total += closing
    print(f"closing (last checkpoint) {closing:.1f} s")
    print(f"store total {total:.1f} s for {args.n} articles ({1000 * total / args.n:.2f} ms/article)")


if __name__ == "__main__":
    main()
