"""Speed of the shipped Indonesian pipeline on one core: words/s and peak memory.

    python benchmarks/nlp_speed.py [TEXTS.txt] [--repeat N]

Texts are one per line; by default the sentences of the bundled sample articles.
Runs single-threaded, twice: the full pipeline (tokenizer, morphologizer, parser, NER)
and the entity-only path ``warta.nlp.entities`` (tokenizer + NER). Prints one table
with words/s, ms per 400-word article and peak memory; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from warta import nlp as wnlp  # noqa: E402

SAMPLES = Path(wnlp.__file__).resolve().parent / "data" / "samples.jsonl"


def default_texts() -> list[str]:
    texts = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            texts += [p for p in str(rec.get("text", "")).split("\n") if p.strip()]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    texts = args.texts.read_text(encoding="utf-8").splitlines() if args.texts else default_texts()
    texts = [t for t in texts if t.strip()]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    t0 = time.perf_counter()
    pipe = wnlp.load()
    load_s = time.perf_counter() - t0
    batches = [[f"{t} ({r})" for t in texts] for r in range(args.repeat)]  # vary texts: nothing cached
    words = sum(len(d) for b in batches for d in pipe.tokenizer.pipe(b))
    rows = []
    for mode in ("full", "ner-only"):
        t0 = time.perf_counter()
        for batch in batches:
            if mode == "full":
                for _ in pipe.pipe(batch, batch_size=64):
                    pass
            else:
                wnlp.entities(batch)
        rows.append((mode, time.perf_counter() - t0))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model load {load_s:.2f} s; {len(texts) * args.repeat} texts, {words} words per run; peak {peak_mb:.0f} MB")
    print(f"{'pipeline':>9} {'seconds':>8} {'words/s':>9} {'ms/400w':>8} {'art/s':>6}")
    for mode, secs in rows:
        wps = words / secs
        print(f"{mode:>9} {secs:>8.2f} {wps:>9,.0f} {400_000 / wps:>8.1f} {wps / 400:>6.0f}")


if __name__ == "__main__":
    main()
