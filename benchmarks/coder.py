"""Coder speed on one core: articles/s, words/s and peak memory.

    python benchmarks/coder.py [ARTICLES.jsonl] [--repeat N] [--ner]

Defaults to ../shared/eval/articles.jsonl when present, else the bundled
samples. Each repetition changes every text a little (a trailing marker) so no
cache can serve a repeated article. Prints one table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from datetime import date
from pathlib import Path

from warta.pipeline import code_article
from warta.types import Article

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE.parent.parent / "shared" / "eval" / "articles.jsonl", HERE.parent / "src" / "warta" / "data" /
            "samples.jsonl"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--ner", action="store_true", help="also run the named-entity recogniser (warta code --ner)")
    args = ap.parse_args()
    path = args.articles or next(p for p in DEFAULTS if p.exists())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    code_article(Article("warm-up", "Polisi menangkap Budi Santoso di Jakarta.", date(2024, 1, 1)), ner=args.ner)
    load = time.perf_counter() - t0
    n = words = events = 0
    t1 = time.perf_counter()
    for r in range(args.repeat):
        for d in rows:
            text = f"{d['text']}\nRed. {r}."
            art = Article(f"{d['id']}-{r}", text, date.fromisoformat(d["published"]))
            events += len(code_article(art, ner=args.ner))
            n += 1
            words += len(text.split())
    elapsed = time.perf_counter() - t1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus            {path} ({len(rows)} articles x {args.repeat}){' with --ner' if args.ner else ''}")
    print(f"load (tables)     {load:.2f} s")
    print(f"articles/s        {n / elapsed:.1f}")
    print(f"words/s           {words / elapsed:.0f}")
    print(f"events/article    {events / n:.2f}")
    print(f"peak RSS          {peak:.0f} MB")


if __name__ == "__main__":
    main()
