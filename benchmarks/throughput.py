"""End-to-end ingest throughput: read, analyse, code, store; per stage, at 1 and all workers.

    python benchmarks/throughput.py [ARTICLES.jsonl] [-n N] [--workers W] [--profile]

Builds a corpus of N articles (a JSONL file in a temporary folder) from real
articles: ../shared/eval/articles.jsonl when present, else the bundled samples.
Each copy is varied (a trailing marker, a shifted publication date) so no cache can
serve a repeated article. Prints one table; nothing is asserted.

* stages (1 worker, in-process): read (``read_articles``), analyse (``structure.analyse``),
  mentions+coding (``Coder.code``), store (``Store.add``), each as seconds and share;
* end to end with ``ingest_articles`` at 1 worker and at all workers, as articles/s,
  articles/s per core and words/s;
* the tokenizer alone over the same texts (``structure.tokenize``), and the ratio;
* peak RSS of this process and of the largest worker.

``--profile`` prints the top functions (cProfile) of the slowest stage.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from warta.cli.ingest import ingest_articles
from warta.coder import Coder
from warta.lang import get_language
from warta.parallel import cpu_count
from warta.sources import read_articles
from warta.store import Store
from warta.structure import analyse, tokenize

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE.parent.parent / "shared" / "eval" / "articles.jsonl", HERE.parent / "src" / "warta" / "data" /
            "samples.jsonl"]


def build_corpus(src: Path, n: int, out: Path) -> int:
    """Write ``n`` varied copies of the articles in ``src`` to ``out``; returns the word count."""
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = rows[i % len(rows)]
            r = i // len(rows)
            text = f"{d['text']}\nRed. {r}."
            words += len(text.split())
            published = date.fromisoformat(d["published"]) + timedelta(days=r)
            fh.write(json.dumps({"id": f"{d['id']}-{r}", "text": text, "published": published.isoformat(),
                                 "outlet": d.get("outlet"), "url": d.get("url")}, ensure_ascii=False) + "\n")
    return words


def stages(path: Path, db: Path, profile: str | None) -> tuple[dict[str, float], int, str]:
    """Seconds per stage, one article at a time in this process; and the profile of one stage."""
    lang = get_language("id")
    t = {"read": 0.0, "analyse": 0.0, "mentions+coding": 0.0, "store": 0.0}
    prof = cProfile.Profile()
    n = 0
    with Store(db) as store:
        it = read_articles(str(path))
        while True:
            t0 = time.perf_counter()
            art = next(it, None)
            t1 = time.perf_counter()
            t["read"] += t1 - t0
            if art is None:
                break
            n += 1
            if profile == "analyse":
                prof.enable()
            analysed = analyse(art, lang)
            prof.disable()
            t2 = time.perf_counter()
            if profile == "mentions+coding":
                prof.enable()
            events = Coder(lang).code(analysed)
            prof.disable()
            t3 = time.perf_counter()
            if profile == "store":
                prof.enable()
            store.add(art, events)
            prof.disable()
            t4 = time.perf_counter()
            t["analyse"] += t2 - t1
            t["mentions+coding"] += t3 - t2
            t["store"] += t4 - t3
    out = io.StringIO()
    if profile:
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
    return t, n, out.getvalue()


def end_to_end(path: Path, db: Path, workers: int) -> tuple[float, int]:
    with Store(db) as store:
        t0 = time.perf_counter()
        tally = ingest_articles(store, read_articles(str(path)), lambda m: None, workers=workers)
        return time.perf_counter() - t0, tally.new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", type=Path)
    ap.add_argument("-n", type=int, default=200, help="articles in the corpus (default 200)")
    ap.add_argument("--workers", type=int, default=cpu_count(), help="workers for the parallel run (default: all)")
    ap.add_argument("--profile", choices=["auto", "analyse", "mentions+coding", "store", "none"], default="auto",
                    help="profile this stage (auto: the slowest, found by a first pass)")
    args = ap.parse_args()
    src = args.articles or next(p for p in DEFAULTS if p.exists())
    get_language("id")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = build_corpus(src, args.n, corpus)
        texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
        lang = get_language("id")
        t0 = time.perf_counter()
        for text in texts:
            tokenize(lang, text)
        tok = time.perf_counter() - t0

        st, n, _ = stages(corpus, Path(tmp) / "stages.duckdb", None)
        slowest = max(st, key=st.__getitem__)
        prof_text = ""
        if args.profile != "none":
            which = slowest if args.profile == "auto" else args.profile
            _, _, prof_text = stages(corpus, Path(tmp) / "profile.duckdb", which)
        one, n1 = end_to_end(corpus, Path(tmp) / "one.duckdb", 1)
        many, nm = end_to_end(corpus, Path(tmp) / "many.duckdb", args.workers)
        total = sum(st.values())

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"corpus                 {src.name}: {n} articles, {words} words ({words / n:.0f} words/article)")
    print(f"cores                  {cpu_count()}")
    print("stage (1 worker)       seconds   share   ms/article")
    for k, v in st.items():
        print(f"  {k:<20} {v:8.2f} {100 * v / total:6.1f}%  {1000 * v / n:8.2f}")
    code_rate = n / (st['analyse'] + st['mentions+coding'])
    print(f"code only (no store)   {code_rate:8.1f} articles/s")
    print(f"end to end, 1 worker   {n1 / one:8.1f} articles/s   {words / one:8.0f} words/s")
    print(f"end to end, {args.workers} workers  {nm / many:8.1f} articles/s   {words / many:8.0f} words/s"
          f"   {nm / many / args.workers:.1f} articles/s per core")
    print(f"tokenizer only         {n / tok:8.1f} articles/s   {words / tok:8.0f} words/s")
    print(f"ratio e2e/tokenizer    {one / tok:8.1f}x (1 worker)   target <= 10x")
    print(f"peak RSS               {peak:.0f} MB (main), {peak_child:.0f} MB (largest worker)")
    print(f"slowest stage          {slowest}")
    if prof_text:
        print(prof_text)


if __name__ == "__main__":
    main()
